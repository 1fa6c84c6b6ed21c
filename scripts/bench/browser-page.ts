// What the browser bench reads inside the page and its worker. The in-page code is kept as
// strings: a function handed to Playwright is sent as its source text, and the TypeScript
// loader may add helpers (e.g. for function names) to that text which do not exist in the page.
// Strings are evaluated through the DevTools protocol, which the page's CSP does not govern.
import type { Page } from '@playwright/test';
import { PERF_MARKS } from '../../src/workers/perf-marks';

/** A named moment on a performance timeline. */
export type TimedEntry = { name: string; start: number; end: number };

/** The page's performance timeline, in ms since its navigation start. */
export type PageTimeline = {
  timeOrigin: number;
  now: number;
  navigation: { responseEnd: number; domContentLoaded: number; load: number } | null;
  paints: TimedEntry[];
  marks: TimedEntry[];
  resources: TimedEntry[];
  longTasks: { start: number; duration: number }[];
};

/** A worker's marks and fetches, moved onto the page's clock. */
export type WorkerTimeline = { created: number; marks: TimedEntry[]; resources: TimedEntry[] };

/**
 * Installed before any page script (`addInitScript`): buffers every long task of the page
 * from its very start.
 */
export const OBSERVER_SCRIPT = `(() => {
  const longTasks = [];
  Object.defineProperty(window, '__parallaxLongTasks', { value: longTasks });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
})();`;

const ENTRIES = `(list) => list.map((e) => ({ name: e.name, start: e.startTime, end: e.responseEnd ?? e.startTime + e.duration }))`;

const PAGE_TIMELINE = `(() => {
  const entries = ${ENTRIES};
  const nav = performance.getEntriesByType('navigation')[0];
  return {
    timeOrigin: performance.timeOrigin,
    now: performance.now(),
    navigation: nav ? { responseEnd: nav.responseEnd, domContentLoaded: nav.domContentLoadedEventEnd, load: nav.loadEventEnd } : null,
    paints: entries(performance.getEntriesByType('paint')),
    marks: entries(performance.getEntriesByType('mark')),
    resources: entries(performance.getEntriesByType('resource')),
    longTasks: [...(window.__parallaxLongTasks ?? [])],
  };
})()`;

const WORKER_TIMELINE = `(() => {
  const entries = ${ENTRIES};
  return {
    timeOrigin: performance.timeOrigin,
    marks: entries(performance.getEntriesByType('mark')),
    resources: entries(performance.getEntriesByType('resource')),
  };
})()`;

/** The page's timeline now. */
export function readPageTimeline(page: Page): Promise<PageTimeline> {
  return page.evaluate<PageTimeline>(PAGE_TIMELINE);
}

/** Sets a mark in the page (visible in a trace too) and gives its time, ms on the page clock. */
export function markInPage(page: Page, name: string): Promise<number> {
  return page.evaluate<number>(`performance.mark(${JSON.stringify(name)}).startTime`);
}

/**
 * The timeline of each worker the page started, on the page's clock (a worker's clock starts
 * when it is created).
 */
export async function readWorkerTimelines(
  page: Page,
  pageOrigin: number,
): Promise<WorkerTimeline[]> {
  const out: WorkerTimeline[] = [];
  for (const worker of page.workers()) {
    const raw = await worker.evaluate<{
      timeOrigin: number;
      marks: TimedEntry[];
      resources: TimedEntry[];
    }>(WORKER_TIMELINE);
    const shift = raw.timeOrigin - pageOrigin;
    const move = (e: TimedEntry): TimedEntry => ({
      name: e.name,
      start: e.start + shift,
      end: e.end + shift,
    });
    out.push({ created: shift, marks: raw.marks.map(move), resources: raw.resources.map(move) });
  }
  return out;
}

/** Waits until the page has set the highlighted mark after `after` (page clock, ms). */
export async function waitForHighlighted(page: Page, after: number, timeout: number) {
  // A function, not a string: the page's Content-Security-Policy forbids evaluating strings
  // there, and an inline arrow is sent as written (no helper from the loader in it).
  await page.waitForFunction(
    ({ name, after }) => performance.getEntriesByName(name).some((e) => e.startTime > after),
    { name: PERF_MARKS.storyHighlighted, after },
    { timeout, polling: 50 },
  );
}

/** Lets the observers deliver the entries of the tasks that just ended. */
export function settle(page: Page, ms = 300): Promise<void> {
  return page.waitForTimeout(ms);
}
