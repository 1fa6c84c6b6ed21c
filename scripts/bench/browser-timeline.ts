import { PERF_MARKS } from '../../src/workers/perf-marks';
import type { PageTimeline, TimedEntry, WorkerTimeline } from './browser-page';
import type { LongTask, Milestone } from './types';

/** The names of the moments of an analysis, as the report shows them. */
export const MOMENT = {
  workerCreated: 'worker created',
  workerReady: 'worker script evaluated',
  requested: 'analysis requested (worker)',
  modelFetched: 'model chunk fetched (worker)',
  modelLoaded: 'model loaded (worker)',
  analysisDone: 'analysis done (worker)',
  committed: 'comparison committed (page)',
  highlighted: 'highlighted, painted (page)',
} as const;

/** The first entry named `name` at or after `after`, or undefined. */
function firstNamed(entries: readonly TimedEntry[], name: string, after = -Infinity) {
  return entries.find((e) => e.name === name && e.start >= after);
}

/** The first worker that finished an analysis at or after `after` (a page has one, usually). */
function answeringWorker(workers: readonly WorkerTimeline[], after: number) {
  return workers.find((w) =>
    w.marks.some((m) => m.name === PERF_MARKS.analysisDone && m.start >= after),
  );
}

/**
 * The moments of an analysis, on the page's clock, from `after` on: the worker's (created,
 * ready, request, model chunk fetched, model loaded, analysis done) and the page's (committed,
 * highlighted). A worker created before `after` shows as created at null.
 */
export function analysisMilestones(
  page: PageTimeline,
  workers: readonly WorkerTimeline[],
  after: number,
): Milestone[] {
  const worker = answeringWorker(workers, after);
  const workerMark = (name: string) => (worker ? firstNamed(worker.marks, name, after) : undefined);
  // What the worker fetches itself is the NLP model (its own script is the page's fetch).
  const chunks = worker?.resources.filter((r) => /\.js(\?|$)/.test(r.name) && r.start >= after);
  const at = (e: TimedEntry | undefined) => (e ? e.start : null);
  return [
    { name: MOMENT.workerCreated, ms: worker && worker.created >= after ? worker.created : null },
    { name: MOMENT.workerReady, ms: at(workerMark(PERF_MARKS.workerReady)) },
    { name: MOMENT.requested, ms: at(workerMark(PERF_MARKS.analysisRequested)) },
    {
      name: MOMENT.modelFetched,
      ms: chunks?.length ? Math.max(...chunks.map((r) => r.end)) : null,
    },
    { name: MOMENT.modelLoaded, ms: at(workerMark(PERF_MARKS.modelLoaded)) },
    { name: MOMENT.analysisDone, ms: at(workerMark(PERF_MARKS.analysisDone)) },
    { name: MOMENT.committed, ms: at(firstNamed(page.marks, PERF_MARKS.storyRendered, after)) },
    {
      name: MOMENT.highlighted,
      ms: at(firstNamed(page.marks, PERF_MARKS.storyHighlighted, after)),
    },
  ];
}

/**
 * The moments of a cold load of the seed story, in ms since navigation start: the HTML, the
 * entry script (DOMContentLoaded: module scripts have run), first paints, the articles' fetch,
 * then the analysis's milestones.
 */
export function seedMilestones(
  page: PageTimeline,
  workers: readonly WorkerTimeline[],
): Milestone[] {
  const paint = (name: string) => page.paints.find((p) => p.name === name)?.start ?? null;
  const articles = page.resources.filter((r) => /\.txt(\?|$)/.test(r.name));
  return [
    { name: 'HTML received', ms: page.navigation?.responseEnd ?? null },
    { name: 'entry script run (DOMContentLoaded)', ms: page.navigation?.domContentLoaded ?? null },
    { name: 'first contentful paint', ms: paint('first-contentful-paint') },
    {
      name: 'seed articles fetched',
      ms: articles.length ? Math.max(...articles.map((r) => r.end)) : null,
    },
    ...analysisMilestones(page, workers, 0),
  ];
}

/** Shifts milestones to be relative to `origin`. */
export function relativeTo(milestones: readonly Milestone[], origin: number): Milestone[] {
  return milestones.map((m) => ({ name: m.name, ms: m.ms === null ? null : m.ms - origin }));
}

/** The long tasks that overlap [from, to], longest first; `start` is in ms since `origin`. */
export function longTasksIn(
  page: Pick<PageTimeline, 'longTasks'>,
  from: number,
  to: number,
  origin = 0,
): LongTask[] {
  return page.longTasks
    .filter((t) => t.start < to && t.start + t.duration > from)
    .sort((a, b) => b.duration - a.duration)
    .map((t) => ({ start: t.start - origin, duration: t.duration }));
}

/**
 * Where the time to a highlighted story goes: consecutive spans between its moments (ms since
 * the scenario's start, 0). A span whose moments are missing is null (e.g. no model load when
 * the worker had it already).
 */
export function highlightPhases(milestones: readonly Milestone[]): Milestone[] {
  const at = (name: string) => milestones.find((m) => m.name === name)?.ms ?? null;
  const span = (from: number | null, to: number | null) =>
    from === null || to === null ? null : to - from;
  const requested = at(MOMENT.requested);
  const loaded = at(MOMENT.modelLoaded);
  const done = at(MOMENT.analysisDone);
  const committed = at(MOMENT.committed);
  return [
    { name: 'until the worker has the request', ms: requested },
    { name: 'model: fetch, compile, set up (worker)', ms: span(requested, loaded) },
    {
      name: 'analysis (worker)',
      ms: span(loaded === null ? requested : Math.max(loaded, requested ?? 0), done),
    },
    { name: 'answer to commit: message, React render', ms: span(done, committed) },
    { name: 'commit to paint: style, layout, paint', ms: span(committed, at(MOMENT.highlighted)) },
  ];
}
