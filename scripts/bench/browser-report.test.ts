import { describe, expect, it } from 'vitest';
import { browserSectionText, browserTargets, firstScreenMs } from './browser-report';
import { MOMENT } from './browser-timeline';
import type { BrowserSection, ImportRun, LargeStoryResult } from './types';

/** An import whose worker answered at `done` ms and whose comparison was painted at `painted`. */
function run(done: number | null, painted: number | null, extra: Partial<ImportRun> = {}) {
  const imported: ImportRun = {
    windowMs: painted ?? NaN,
    milestones: [
      { name: MOMENT.analysisDone, ms: done },
      { name: MOMENT.highlighted, ms: painted },
    ],
    longTasks: [],
    longTasksAfter: [],
    afterMs: 1500,
    columns: 12,
    domElements: 9000,
    peakRendererMb: 600,
    ...extra,
  };
  return imported;
}

function section(largeStories: LargeStoryResult[]): BrowserSection {
  return {
    environment: 'browser',
    runtime: 'Chromium (test)',
    loadAverage: null,
    bundle: null,
    seed: null,
    bigStory: null,
    largeStories,
    scroll: null,
    errors: [],
  };
}

const story = (importRun: ImportRun | null): LargeStoryResult => ({
  id: 'wire-12x150k',
  label: 'twelve copies',
  articles: 12,
  chars: 1_800_000,
  words: 300_000,
  run: importRun,
});

const largeTarget = (importRun: ImportRun | null) =>
  browserTargets(section([story(importRun)])).find((t) => t.target.startsWith('wire-12x150k'));

describe('the largest stories in the browser report', () => {
  it('times the first screen from the worker’s answer to the highlighted paint', () => {
    expect(firstScreenMs(run(17_000, 19_250))).toBe(2250);
    expect(firstScreenMs(run(null, 19_250))).toBeNull();
  });

  it('passes a story shown within 3 s, with no task over 100 ms and under 1 GB', () => {
    expect(largeTarget(run(17_000, 19_000))?.pass).toBe(true);
  });

  it('fails it on a slow first screen, a long task after the paint, too much memory or missing columns', () => {
    expect(largeTarget(run(17_000, 20_500))?.pass).toBe(false);
    const lateTask = { longTasksAfter: [{ start: 19_500, duration: 140 }] };
    expect(largeTarget(run(17_000, 19_000, lateTask))?.pass).toBe(false);
    expect(largeTarget(run(17_000, 19_000, { peakRendererMb: 1100 }))?.pass).toBe(false);
    expect(largeTarget(run(17_000, 19_000, { columns: 11 }))?.pass).toBe(false);
  });

  it('says a story that could not be imported was not measured', () => {
    const target = largeTarget(null);
    expect(target?.pass).toBeNull();
    expect(target?.measured).toMatch(/not measured/);
  });

  it('prints a column per story with its peak memory', () => {
    const text = browserSectionText(section([story(run(17_000, 19_000))]));
    expect(text).toMatch(/largest stories, one import each\s+wire-12x150k/);
    expect(text).toMatch(/peak memory, page with worker \(MB\)\s+600/);
    expect(text).toMatch(/first screen: analysis done → painted \(ms\)\s+2000/);
  });
});
