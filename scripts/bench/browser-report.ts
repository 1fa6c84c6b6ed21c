import { highlightPhases, MOMENT } from './browser-timeline';
import { summarize } from './measure';
import { ms, table } from './text-table';
import type {
  AssetSize,
  BrowserSection,
  ImportRun,
  LargeStoryResult,
  Milestone,
  ScrollRun,
  TargetCheck,
} from './types';

/** The product's browser targets. */
export const BROWSER_TARGETS = {
  firstBundleGzipBytes: 150_000,
  seedHighlightedMs: 1000,
  longestTaskMs: 100,
  /** The largest stories: from the worker's answer to the highlighted comparison. */
  firstScreenMs: 3000,
  /** The largest stories: the page's renderer process (page and worker), MB. */
  peakMemoryMb: 1024,
  scrollTaskMs: 100,
} as const;

const kb = (bytes: number): string => (bytes / 1000).toFixed(1);
const longest = (run: ImportRun): number => run.longTasks[0]?.duration ?? 0;
const over = (run: ImportRun | ScrollRun, limit: number): number =>
  run.longTasks.filter((t) => t.duration > limit).length;
const longestOf = (run: ScrollRun): number => run.longTasks[0]?.duration ?? 0;

/** What followed the highlighted mark: outside the target's window, but the reader feels it. */
function afterNote(runs: readonly ImportRun[], limit: number): string {
  const after = runs.flatMap((r) => r.longTasksAfter).filter((t) => t.duration > limit);
  if (after.length === 0) return '';
  const worst = Math.max(...after.map((t) => t.duration));
  return ` (and ${after.length} more in the ${(runs[0]?.afterMs ?? 0) / 1000} s after it, up to ${ms(worst)} ms)`;
}

const at = (run: ImportRun, name: string): number | null =>
  run.milestones.find((m) => m.name === name)?.ms ?? null;

/** From the worker's answer to the highlighted comparison's paint, ms; null when either is missing. */
export function firstScreenMs(run: ImportRun): number | null {
  const done = at(run, MOMENT.analysisDone);
  const highlighted = at(run, MOMENT.highlighted);
  return done === null || highlighted === null ? null : highlighted - done;
}

/** The largest stories' target: first screen, long tasks (window and after) and memory. */
function largeStoryTarget(story: LargeStoryResult): TargetCheck {
  const { firstScreenMs: screenLimit, longestTaskMs: limit, peakMemoryMb } = BROWSER_TARGETS;
  const target = `${story.id}: first screen ≤ ${screenLimit / 1000} s after the analysis, no main-thread task > ${limit} ms (import to ${(story.run?.afterMs ?? 1500) / 1000} s after the paint), page with worker ≤ ${peakMemoryMb} MB`;
  const { run } = story;
  if (!run) return { target, measured: 'not measured (see the errors)', pass: null };
  const screen = firstScreenMs(run);
  const tasks = [...run.longTasks, ...run.longTasksAfter];
  const worst = Math.max(0, ...tasks.map((t) => t.duration));
  const memory = run.peakRendererMb ?? null;
  return {
    target,
    measured:
      `first screen ${screen === null ? '?' : ms(screen)} ms; ${tasks.filter((t) => t.duration > limit).length} tasks > ${limit} ms, longest ${ms(worst)} ms; ` +
      `peak ${memory === null ? 'not measured' : `${ms(memory)} MB`}; columns ${run.columns}`,
    pass:
      screen !== null &&
      screen <= screenLimit &&
      worst <= limit &&
      (memory === null || memory <= peakMemoryMb) &&
      run.columns === story.articles,
  };
}

/** The scroll target: no main-thread task over the limit while the 12-article story scrolls. */
function scrollTarget(scroll: BrowserSection['scroll']): TargetCheck {
  const limit = BROWSER_TARGETS.scrollTaskMs;
  const runs = scroll?.runs ?? [];
  const worst = Math.max(0, ...runs.map(longestOf));
  const unfilled = runs.filter((r) => r.firstScreenFilled < r.firstScreenCells).length;
  return {
    target: `no main-thread task > ${limit} ms while scrolling the 12-article story's aligned view`,
    measured:
      runs.length > 0
        ? `longest ${ms(worst)} ms; tasks > ${limit} ms per run: ${runs.map((r) => over(r, limit)).join(', ')}` +
          (unfilled ? `; ${unfilled} run(s) opened with empty cells in sight` : '')
        : 'not measured',
    pass: runs.length > 0 ? runs.every((r) => over(r, limit) === 0) && unfilled === 0 : null,
  };
}

/** The browser targets checked against the section; `pass: null` when not measured. */
export function browserTargets(section: BrowserSection): TargetCheck[] {
  const { bundle, seed, bigStory } = section;
  const checks: TargetCheck[] = [];
  checks.push({
    target: `first bundle ≤ ${BROWSER_TARGETS.firstBundleGzipBytes / 1000} kB gzipped, without the worker and the NLP model`,
    measured: bundle
      ? `${kb(bundle.firstBundleGzipBytes)} kB gz in ${bundle.firstBundle.length} files` +
        (bundle.workerInFirstBundle.length
          ? `; holds ${bundle.workerInFirstBundle.join(', ')}`
          : '; worker and model load later')
      : 'not measured',
    pass: bundle
      ? bundle.firstBundleGzipBytes <= BROWSER_TARGETS.firstBundleGzipBytes &&
        bundle.workerInFirstBundle.length === 0
      : null,
  });
  const unmarked = seed?.runs.filter((r) => r.conflictMarks === 0).length ?? 0;
  checks.push({
    target: `seed story highlighted ≤ ${BROWSER_TARGETS.seedHighlightedMs} ms after navigation (preview server, cold)`,
    measured: seed
      ? `median ${ms(seed.highlighted.median)} ms (${ms(seed.highlighted.min)}–${ms(seed.highlighted.max)}, ${seed.highlighted.runs} runs)` +
        (unmarked ? `; ${unmarked} run(s) without conflict marks` : '')
      : 'not measured',
    pass: seed ? seed.highlighted.median <= BROWSER_TARGETS.seedHighlightedMs && !unmarked : null,
  });
  const runs = bigStory?.runs ?? [];
  const worst = [...runs].sort((a, b) => longest(b) - longest(a))[0];
  const limit = BROWSER_TARGETS.longestTaskMs;
  checks.push({
    target: `no main-thread task > ${limit} ms from importing the 12-article story to its highlighted paint`,
    measured: worst
      ? `longest ${ms(longest(worst))} ms; tasks > ${limit} ms per run: ${runs.map((r) => over(r, limit)).join(', ')}` +
        (runs.some((r) => r.columns !== 12)
          ? `; sources compared: ${runs.map((r) => r.columns).join(', ')}`
          : '') +
        afterNote(runs, limit)
      : 'not measured',
    pass: worst ? runs.every((r) => over(r, limit) === 0 && r.columns === 12) : null,
  });
  for (const story of section.largeStories ?? []) checks.push(largeStoryTarget(story));
  checks.push(scrollTarget(section.scroll));
  return checks;
}

function sizeRow(label: string, assets: readonly AssetSize[]): string[] {
  const sum = (key: 'bytes' | 'gzipBytes') => assets.reduce((n, a) => n + a[key], 0);
  return [label, kb(sum('bytes')), kb(sum('gzipBytes'))];
}

function bundleText(bundle: NonNullable<BrowserSection['bundle']>): string {
  const body = bundle.firstBundle.map((a) => [a.file, kb(a.bytes), kb(a.gzipBytes)]);
  body.push(sizeRow('= first bundle', bundle.firstBundle));
  body.push(
    sizeRow(
      `later: analysis worker (${bundle.worker.map((a) => a.file).join(', ')})`,
      bundle.worker,
    ),
  );
  body.push(
    sizeRow(
      `later, in the worker: NLP model (${bundle.workerLazy.map((a) => a.file).join(', ')})`,
      bundle.workerLazy,
    ),
  );
  body.push(
    sizeRow(`later: other chunks on demand (${bundle.otherLazy.length})`, bundle.otherLazy),
  );
  return table(['file', 'kB', 'gzip kB'], body, [false, true, true]);
}

/** A table row per moment or count, a column per run, with the median first. */
type RunRow = { name: string; values: (number | null)[]; count?: boolean };

function runsTable(rows: readonly RunRow[], runs: number, first: string): string {
  const body = rows.map(({ name, values, count }) => {
    const show = (v: number | null) => (v === null ? '—' : count ? String(Math.round(v)) : ms(v));
    const known = values.filter((v): v is number => v !== null);
    return [name, known.length ? show(summarize(known).median) : '—', ...values.map(show)];
  });
  const header = [first, 'median', ...Array.from({ length: runs }, (_, i) => `run ${i + 1}`)];
  return table(header, body, [false, true, ...Array.from({ length: runs }, () => true)]);
}

/** One row per milestone (the runs list the same milestones in the same order). */
function milestoneRows(runs: readonly Milestone[][]): RunRow[] {
  return (runs[0] ?? []).map((m, i) => ({
    name: m.name,
    values: runs.map((r) => r[i]?.ms ?? null),
  }));
}

/** The spans between the moments of each run, as a table of its own. */
function phasesTable(runs: readonly Milestone[][], first: string): string {
  return runsTable(milestoneRows(runs.map(highlightPhases)), runs.length, first);
}

function seedText(seed: NonNullable<BrowserSection['seed']>): string {
  const rows = milestoneRows(seed.runs.map((r) => r.milestones));
  rows.push({
    name: 'conflict marks on screen',
    values: seed.runs.map((r) => r.conflictMarks),
    count: true,
  });
  rows.push({
    name: 'longest main-thread task before it (ms)',
    values: seed.runs.map((r) => r.longestTaskMs),
  });
  return [
    runsTable(rows, seed.runs.length, 'seed story: moment (ms since navigation)'),
    '',
    phasesTable(
      seed.runs.map((r) => r.milestones),
      'seed story: where the time goes (ms)',
    ),
  ].join('\n');
}

function importText(story: NonNullable<BrowserSection['bigStory']>): string {
  const limit = BROWSER_TARGETS.longestTaskMs;
  const { runs } = story;
  const rows = milestoneRows(runs.map((r) => r.milestones));
  rows.push(
    { name: 'sources compared', values: runs.map((r) => r.columns), count: true },
    { name: 'elements in the document', values: runs.map((r) => r.domElements), count: true },
    { name: 'longest main-thread task (ms)', values: runs.map(longest) },
    { name: `tasks > ${limit} ms`, values: runs.map((r) => over(r, limit)), count: true },
    { name: 'long tasks (≥ 50 ms)', values: runs.map((r) => r.longTasks.length), count: true },
    {
      name: `after it: long tasks in the next ${(runs[0]?.afterMs ?? 0) / 1000} s`,
      values: runs.map((r) => r.longTasksAfter.length),
      count: true,
    },
    {
      name: 'after it: longest of those (ms)',
      values: runs.map((r) => r.longTasksAfter[0]?.duration ?? 0),
    },
  );
  const parts = [
    runsTable(rows, runs.length, 'import: moment (ms since the file was handed over)'),
  ];
  const slow = runs.map((r) =>
    [...r.longTasks, ...r.longTasksAfter]
      .filter((t) => t.duration > limit)
      .sort((a, b) => a.start - b.start)
      .map((t) => `${ms(t.duration)} ms at ${ms(t.start)}`)
      .join(', '),
  );
  parts.push(
    '',
    `Tasks over ${limit} ms (until ${(runs[0]?.afterMs ?? 0) / 1000} s after the highlighted mark; ms since the file was handed over):`,
  );
  slow.forEach((list, i) => parts.push(`  run ${i + 1}: ${list || 'none'}`));
  if (story.traced?.length) {
    parts.push(
      '',
      'What the long tasks spent their time on, from a Chromium trace of one more import (traced, so slower; not one of the runs above). Self time by kind:',
      '',
      table(
        ['starts at ms', 'ms', 'highlight', 'started by', 'self time by kind (ms)'],
        [...story.traced]
          .sort((a, b) => a.start - b.start)
          .map((t) => [
            ms(t.start),
            ms(t.duration),
            t.afterHighlight ? 'after' : 'before',
            t.trigger,
            t.parts.map((p) => `${p.kind} ${ms(p.ms)}`).join(', '),
          ]),
        [true, true, false, false, false],
      ),
    );
  }
  return parts.join('\n');
}

/** The largest stories side by side: a column per story, one import each. */
function largeText(stories: readonly LargeStoryResult[]): string {
  const limit = BROWSER_TARGETS.longestTaskMs;
  const runs = stories.map((s) => s.run);
  const value = (f: (run: ImportRun) => number | null | undefined) =>
    runs.map((run) => (run ? (f(run) ?? null) : null));
  const allTasks = (run: ImportRun) => [...run.longTasks, ...run.longTasksAfter];
  const rows: RunRow[] = [
    {
      name: 'analysis done (worker), ms since the file',
      values: value((r) => at(r, MOMENT.analysisDone)),
    },
    {
      name: 'highlighted, painted (page), ms since the file',
      values: value((r) => at(r, MOMENT.highlighted)),
    },
    { name: 'first screen: analysis done → painted (ms)', values: value(firstScreenMs) },
    { name: 'columns shown', values: value((r) => r.columns), count: true },
    { name: 'elements in the document', values: value((r) => r.domElements), count: true },
    {
      name: 'long tasks (≥ 50 ms), until 1.5 s after the paint',
      values: value((r) => allTasks(r).length),
      count: true,
    },
    {
      name: `of which > ${limit} ms`,
      values: value((r) => allTasks(r).filter((t) => t.duration > limit).length),
      count: true,
    },
    {
      name: 'longest task (ms)',
      values: value((r) => Math.max(0, ...allTasks(r).map((t) => t.duration))),
    },
    {
      name: 'long tasks in all (ms)',
      values: value((r) => allTasks(r).reduce((n, t) => n + t.duration, 0)),
    },
    { name: 'peak memory, page with worker (MB)', values: value((r) => r.peakRendererMb) },
  ];
  const header = ['largest stories, one import each', ...stories.map((s) => s.id)];
  const body = rows.map(({ name, values, count }) => [
    name,
    ...values.map((v) => (v === null ? '—' : count ? String(Math.round(v)) : ms(v))),
  ]);
  return table(header, body, [false, ...stories.map(() => true)]);
}

/** The scroll runs of the 12-article story, one column a run. */
function scrollText(scroll: NonNullable<BrowserSection['scroll']>): string {
  const limit = BROWSER_TARGETS.scrollTaskMs;
  const { runs } = scroll;
  const rows: RunRow[] = [
    { name: 'columns drawn', values: runs.map((r) => r.columns), count: true },
    {
      name: 'first screen: cells in sight',
      values: runs.map((r) => r.firstScreenCells),
      count: true,
    },
    {
      name: 'first screen: cells with text',
      values: runs.map((r) => r.firstScreenFilled),
      count: true,
    },
    { name: 'scrolled (px)', values: runs.map((r) => r.distancePx), count: true },
    { name: 'wheel turns', values: runs.map((r) => r.turns), count: true },
    { name: 'scroll time (ms)', values: runs.map((r) => r.scrollMs) },
    { name: 'elements in the document', values: runs.map((r) => r.domElements), count: true },
    { name: 'longest main-thread task (ms)', values: runs.map(longestOf) },
    { name: `tasks > ${limit} ms`, values: runs.map((r) => over(r, limit)), count: true },
    { name: 'long tasks (≥ 50 ms)', values: runs.map((r) => r.longTasks.length), count: true },
  ];
  return runsTable(rows, runs.length, 'scroll of the aligned view');
}

/** The browser section as text: sizes, the seed story's timeline, the import's long tasks. */
export function browserSectionText(section: BrowserSection): string {
  const load = section.loadAverage
    ? ` — load average at start ${section.loadAverage.map((l) => l.toFixed(2)).join(' ')}`
    : '';
  const parts = [`## browser: ${section.runtime}${load}`, ''];
  if (section.bundle) {
    parts.push(
      'First bundle: what index.html loads before the app runs (gzip -9; kB = 1,000 bytes):',
      '',
    );
    parts.push(bundleText(section.bundle), '');
  }
  if (section.seed) {
    parts.push(`Seed story, cold load in a fresh context (${section.seed.runs.length} runs):`, '');
    parts.push(seedText(section.seed), '');
  }
  if (section.bigStory) {
    const s = section.bigStory;
    parts.push(
      `12-article story imported as a .parallax.json through the story picker (${s.label}, ${s.articles} articles, ${s.words.toLocaleString('en-US')} words; fresh context each run):`,
      '',
    );
    parts.push(importText(s), '');
  }
  if (section.largeStories?.length) {
    parts.push(
      'The largest stories, imported as .parallax.json files (fresh context, one run each):',
      '',
    );
    for (const story of section.largeStories) {
      parts.push(
        `  ${story.id}: ${story.label}; ${story.articles} articles, ${(story.chars / 1000).toFixed(0)} k characters, ${story.words.toLocaleString('en-US')} words`,
      );
    }
    parts.push('', largeText(section.largeStories), '');
  }
  if (section.scroll) {
    parts.push(
      `The same story shown side by side (its aligned view) once imported and settled, scrolled from top to bottom by mouse-wheel turns of 400 px, about one a frame (fresh context each run):`,
      '',
    );
    parts.push(scrollText(section.scroll), '');
  }
  for (const error of section.errors) parts.push(`not measured: ${error}`);
  return parts.join('\n').trimEnd();
}

/** How the browser section measures, for the report's notes. */
export const BROWSER_NOTES: readonly string[] = [
  'Browser: the app is built into a temporary directory and served by vite preview on ' +
    '127.0.0.1; every run opens a fresh context (empty cache and storage) in one headless ' +
    'Chromium. Moments come from performance marks in the page and the worker ' +
    '(src/workers/perf-marks.ts) and from navigation, paint and resource timing; worker marks are ' +
    'moved onto the page clock by the two time origins. “Highlighted” is the mark set in the ' +
    'first task after the frame that painted the committed comparison.',
  'Long tasks: PerformanceObserver longtask entries (≥ 50 ms) overlapping the window from ' +
    'handing the story file to the import button to the highlighted mark (the target), and those ' +
    'starting in the 1.5 s after it (shown, not in the target). What they spent their time on ' +
    'comes from a Chromium trace of one more import (self time of the renderer main thread’s ' +
    'events, by kind).',
  'Largest stories: twelve articles of about 150 KB, generated with a seed (scripts/bench/large-stories.ts): ' +
    'copies of one wire story built from the corpus sentences, each replacing about 15% of its ' +
    'paragraphs, and articles written from templates with a WordNet vocabulary of their own. ' +
    'First screen: from the worker’s analysis-done mark to the highlighted mark. Peak memory: the ' +
    'high-water mark of resident memory (VmHWM in /proc, Linux only) of the renderer process the ' +
    'run started, which holds the page and its worker.',
  'Scroll: long tasks from the first wheel turn until 1.5 s after the last one.',
];
