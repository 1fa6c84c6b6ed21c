import type { TracedTask } from './types';

/** The fields of a Chromium trace event this file reads (timestamps in µs). */
export type TraceEvent = {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { type?: string; functionName?: string; url?: string } };
};

/** Which kind of work an event's self time is, by its name (checked in order). */
const KINDS: [RegExp, string][] = [
  [/^(MinorGC|MajorGC|BlinkGC|V8\.GC|V8\.GCScavenger|CppGC)/, 'GC'],
  [/^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet)$/, 'style'],
  [/^Layout$/, 'layout'],
  [/^(PrePaint|Paint|Layerize|Commit|UpdateLayer|UpdateLayerTree|CompositeLayers)$/, 'paint'],
  [/deseriali[sz]e/i, 'message decoding'],
  [
    /^(FunctionCall|TimerFire|EventDispatch|FireAnimationFrame|EvaluateScript|RunMicrotasks|v8\.|V8\.)/,
    'script',
  ],
];

const kindOf = (name: string): string => KINDS.find(([re]) => re.test(name))?.[1] ?? 'other';

const fileOf = (url: string | undefined): string => (url ? ` in ${url.split('/').pop()}` : '');

/**
 * What started a task: "rendering" when most of it was style, layout and paint (the frame's
 * own animation-frame callbacks run in that task too), else its first script entry point.
 */
function triggerOf(children: readonly TraceEvent[], parts: readonly { kind: string }[]): string {
  if (['style', 'layout', 'paint'].includes(parts[0]?.kind ?? '')) return 'rendering';
  for (const e of children) {
    const data = e.args?.data;
    if (e.name === 'TimerFire') return 'timer (setTimeout)';
    if (e.name === 'EventDispatch') return `${data?.type ?? '?'} event`;
    if (e.name === 'FireAnimationFrame') return 'animation frame';
    if (e.name === 'FunctionCall')
      return `callback ${data?.functionName || '(anonymous)'}${fileOf(data?.url)}`;
  }
  return 'other';
}

/** The renderer main thread of the process that set the mark `name`. */
function mainThreadWith(events: readonly TraceEvent[], name: string) {
  const mark = events.find((e) => e.name === name && (e.cat ?? '').includes('user_timing'));
  if (!mark) return null;
  const thread = events.find(
    (e) => e.name === 'thread_name' && e.pid === mark.pid && e.args?.name === 'CrRendererMain',
  );
  return thread ? { pid: thread.pid, tid: thread.tid, markTs: mark.ts } : null;
}

/** Self time (duration minus nested events) of each complete event, by kind, in ms. */
function selfTimeByKind(events: readonly TraceEvent[]): Map<string, number> {
  const sorted = [...events].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const self = new Map<TraceEvent, number>(sorted.map((e) => [e, e.dur ?? 0]));
  const stack: TraceEvent[] = [];
  for (const e of sorted) {
    while (
      stack.length &&
      (stack.at(-1) as TraceEvent).ts + ((stack.at(-1) as TraceEvent).dur ?? 0) <= e.ts
    )
      stack.pop();
    const parent = stack.at(-1);
    if (parent) self.set(parent, (self.get(parent) ?? 0) - (e.dur ?? 0));
    stack.push(e);
  }
  const byKind = new Map<string, number>();
  for (const [e, us] of self)
    byKind.set(kindOf(e.name), (byKind.get(kindOf(e.name)) ?? 0) + us / 1000);
  return byKind;
}

/**
 * The renderer main thread's tasks of more than `minMs` between the page marks `fromMark` and
 * `untilMark` (plus `afterMs` after it), each with what started it and its self time by kind.
 * `start` is in ms since `fromMark`. Empty when the marks are not in the trace.
 */
export function tracedLongTasks(
  events: readonly TraceEvent[],
  fromMark: string,
  untilMark: string,
  options: { minMs?: number; afterMs?: number } = {},
): TracedTask[] {
  const { minMs = 50, afterMs = 0 } = options;
  const main = mainThreadWith(events, fromMark);
  const until = events.find(
    (e) => e.name === untilMark && e.pid === main?.pid && e.ts > (main?.markTs ?? 0),
  );
  if (!main || !until) return [];
  const onMain = events.filter(
    (e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined,
  );
  const end = until.ts + afterMs * 1000;
  return onMain
    .filter((t) => t.name === 'RunTask' && (t.dur ?? 0) > minMs * 1000)
    .filter((t) => t.ts < end && t.ts + (t.dur ?? 0) > main.markTs)
    .map((task) => {
      const taskEnd = task.ts + (task.dur ?? 0);
      const inside = onMain.filter(
        (e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= taskEnd,
      );
      const parts = [...selfTimeByKind([task, ...inside])]
        .map(([kind, ms]) => ({ kind, ms }))
        .filter((p) => p.ms >= 1)
        .sort((a, b) => b.ms - a.ms);
      return {
        start: (task.ts - main.markTs) / 1000,
        duration: (task.dur ?? 0) / 1000,
        afterHighlight: task.ts > until.ts,
        trigger: triggerOf(
          [...inside].sort((a, b) => a.ts - b.ts),
          parts,
        ),
        parts,
      };
    });
}
