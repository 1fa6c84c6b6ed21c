// The two browser scenarios of `npm run bench`, each in a fresh context (its own cache and
// storage): a cold load of the seed story, and a 12-article story imported through the story
// picker. See scripts/bench/browser.ts for how they are run and reported.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { PERF_MARKS } from '../../src/workers/perf-marks';
import {
  markInPage,
  OBSERVER_SCRIPT,
  readPageTimeline,
  readWorkerTimelines,
  settle,
  waitForHighlighted,
} from './browser-page';
import { analysisMilestones, longTasksIn, relativeTo, seedMilestones } from './browser-timeline';
import { tracedLongTasks, type TraceEvent } from './trace-tasks';
import type { ImportRun, ScrollRun, SeedRun, TracedTask } from './types';

/** The window the bench's pages have: the wide layout, as the e2e tests use. */
export const VIEWPORT = { width: 1440, height: 900 };
/** How long the import runs keep watching after the highlighted mark, ms. */
const AFTER_MS = 1500;
/** The mark the bench sets in the page as it starts scrolling the aligned view. */
const SCROLL_START_MARK = 'parallax-bench:scroll-start';
/** Each wheel turn of the scroll run, px, and the pause after it (about a frame), ms. */
const WHEEL_STEP = 400;
const WHEEL_PAUSE = 16;
/** The scroll run stops after this many wheel turns, or at the bottom. */
const WHEEL_TURNS = 150;
/** The mark the bench sets in the page as it hands the story file over. */
const IMPORT_START_MARK = 'parallax-bench:import-start';
/**
 * Enough for tasks (RunTask is in the disabled-by-default category), scripts, style, layout,
 * paint, GC and the user timing marks.
 */
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8',
];

/** The events of a trace as `browser.stopTracing()` gives it (JSON, an object or a list). */
function traceEventsOf(buffer: Buffer): TraceEvent[] {
  const parsed = JSON.parse(buffer.toString('utf8')) as
    { traceEvents?: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
}

/** The story file as a reader has it: a file on disk, in a temporary folder of its own. */
type StoryOnDisk = { path: string; remove(): void };

/**
 * Writes the story file to a temporary folder, so that it is handed to the page's file chooser
 * by its path, as a reader's file arrives: Chromium reads it from disk (given as bytes,
 * Playwright would build the `File` in the page with script, a long task of its own that is not
 * the app's). The page reads the file after it is chosen: remove it once the run is over.
 */
function storyOnDisk(file: { name: string; text: string }): StoryOnDisk {
  const folder = mkdtempSync(join(tmpdir(), 'parallax-bench-file-'));
  const path = join(folder, file.name);
  writeFileSync(path, file.text);
  return { path, remove: () => rmSync(folder, { recursive: true, force: true }) };
}

/** A fresh context (its own cache and storage) with the observers installed, and its page. */
async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript({ content: OBSERVER_SCRIPT });
  return context.newPage();
}

/** One cold load of the seed story: navigation to the highlighted comparison's paint. */
export async function seedRun(browser: Browser, url: string, timeout: number): Promise<SeedRun> {
  const page = await freshPage(browser);
  try {
    await page.goto(url);
    await waitForHighlighted(page, 0, timeout);
    const conflictMarks = await page.locator('mark[data-kind="conflict"]').count();
    await settle(page);
    const timeline = await readPageTimeline(page);
    const workers = await readWorkerTimelines(page, timeline.timeOrigin);
    const milestones = seedMilestones(timeline, workers);
    const highlightedMs = milestones.at(-1)?.ms ?? NaN;
    const tasks = longTasksIn(timeline, 0, highlightedMs);
    return { highlightedMs, conflictMarks, milestones, longestTaskMs: tasks[0]?.duration ?? 0 };
  } finally {
    await page.context().close();
  }
}

/** What an import run gives: the timings, and the traced tasks when it was traced. */
export type ImportResult = { run: ImportRun; traced: TracedTask[] | null };

/**
 * One import of the story file through the story picker's import button, as a reader would,
 * in a fresh context: the window runs from handing the file over to the highlighted paint.
 * With `trace`, a Chromium trace of the page is recorded over the window and the settle time
 * after it (tracing slows the page: such a run explains, it is not one of the timed runs).
 * With `peakMemoryMb`, it is asked for the page's peak memory before the context closes.
 */
export async function importRun(
  browser: Browser,
  url: string,
  file: { name: string; text: string },
  timeout: number,
  trace = false,
  peakMemoryMb?: () => number | null,
): Promise<ImportResult> {
  const page = await freshPage(browser);
  const onDisk = storyOnDisk(file);
  try {
    await page.goto(new URL('./?stories', url).href);
    const button = page.getByRole('button', { name: 'Import a story file…' });
    await button.waitFor({ timeout });
    await settle(page, 500);
    const chooser = page.waitForEvent('filechooser');
    await button.click();
    const picker = await chooser;
    if (trace) await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    const start = await markInPage(page, IMPORT_START_MARK);
    await picker.setFiles(onDisk.path);
    await waitForHighlighted(page, start, timeout);
    // Nothing of the bench's own runs in the page until the timeline is read: the long tasks
    // after the mark are the app's.
    await settle(page, AFTER_MS);
    const events = trace ? traceEventsOf(await browser.stopTracing()) : null;
    const timeline = await readPageTimeline(page);
    const workers = await readWorkerTimelines(page, timeline.timeOrigin);
    const milestones = relativeTo(analysisMilestones(timeline, workers, start), start);
    const windowMs = milestones.at(-1)?.ms ?? NaN;
    const end = start + windowMs;
    // The story opens on its summary: the heading says how many sources it compares.
    const heading = await page
      .getByRole('heading', { name: /^Comparing / })
      .first()
      .textContent();
    const columns = Number(/^Comparing (\d+) sources/.exec(heading ?? '')?.[1] ?? 0);
    const domElements = await page.evaluate<number>('document.getElementsByTagName("*").length');
    const run: ImportRun = {
      windowMs,
      milestones,
      columns,
      domElements,
      longTasks: longTasksIn(timeline, start, end, start),
      // Tasks that start after the mark; one that straddles it is already in the window.
      longTasksAfter: longTasksIn(timeline, end, end + AFTER_MS, start).filter(
        (t) => t.start >= windowMs,
      ),
      afterMs: AFTER_MS,
      ...(peakMemoryMb ? { peakRendererMb: peakMemoryMb() } : {}),
    };
    const traced = events
      ? tracedLongTasks(events, IMPORT_START_MARK, PERF_MARKS.storyHighlighted, {
          afterMs: AFTER_MS,
        })
      : null;
    return { run, traced };
  } finally {
    await page.context().close();
    onDisk.remove();
  }
}

/** Hands the story file to the story picker's import button, in a page at the story picker. */
async function importFile(page: Page, url: string, file: StoryOnDisk) {
  await page.goto(new URL('./?stories', url).href);
  const button = page.getByRole('button', { name: 'Import a story file…' });
  await button.waitFor();
  const chooser = page.waitForEvent('filechooser');
  await button.click();
  await (await chooser).setFiles(file.path);
}

/**
 * One scroll through the imported story's aligned view, as a reader with a mouse wheel would:
 * the story is imported, highlighted and left to settle (its rows drawn), then shown side by
 * side and scrolled from top to bottom by wheel turns of 400 px, about one a frame. Counts the
 * main-thread tasks from the first turn until 1.5 s after the last.
 */
export async function scrollRun(
  browser: Browser,
  url: string,
  file: { name: string; text: string },
  timeout: number,
): Promise<ScrollRun> {
  const page = await freshPage(browser);
  page.setDefaultTimeout(timeout);
  const onDisk = storyOnDisk(file);
  try {
    await importFile(page, url, onDisk);
    await waitForHighlighted(page, 0, timeout);
    await page
      .getByRole('group', { name: 'View' })
      .getByRole('button', { name: 'Aligned' })
      .click();
    const scroller = page.locator('[data-view="aligned"]');
    await scroller.waitFor();
    await settle(page, AFTER_MS);
    // The first screen: cells in sight that hold text, of all cells in sight.
    const firstScreen = await scroller.evaluate((view) => {
      const cells = [...view.querySelectorAll('[data-fact-cell], [data-gap-cell]')].filter((c) => {
        const box = c.getBoundingClientRect();
        return box.bottom > 0 && box.top < innerHeight && box.width > 0;
      });
      return {
        cells: cells.length,
        filled: cells.filter((c) => (c.textContent ?? '').trim().length > 0).length,
      };
    });
    const box = await scroller.boundingBox();
    if (!box) throw new Error('the aligned view is not on screen');
    await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 400));
    const start = await markInPage(page, SCROLL_START_MARK);
    let turns = 0;
    for (; turns < WHEEL_TURNS; turns++) {
      await page.mouse.wheel(0, WHEEL_STEP);
      await page.waitForTimeout(WHEEL_PAUSE);
      const atBottom = await scroller.evaluate(
        (v) => v.scrollTop + v.clientHeight >= v.scrollHeight - 2,
      );
      if (atBottom) break;
    }
    const end = await markInPage(page, 'parallax-bench:scroll-end');
    await settle(page, AFTER_MS);
    const timeline = await readPageTimeline(page);
    const distance = await scroller.evaluate((v) => v.scrollTop);
    const domElements = await page.evaluate<number>('document.getElementsByTagName("*").length');
    const columns = await page
      .getByRole('region')
      .filter({ has: page.locator('[data-sentence-id]') })
      .count();
    return {
      scrollMs: end - start,
      distancePx: distance,
      turns: turns + 1,
      columns,
      domElements,
      firstScreenCells: firstScreen.cells,
      firstScreenFilled: firstScreen.filled,
      longTasks: longTasksIn(timeline, start, end + AFTER_MS, start),
      afterMs: AFTER_MS,
    };
  } finally {
    await page.context().close();
    onDisk.remove();
  }
}
