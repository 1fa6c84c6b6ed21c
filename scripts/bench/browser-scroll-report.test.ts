import { describe, expect, it } from 'vitest';
import { browserSectionText, browserTargets } from './browser-report';
import type { BrowserSection, ScrollRun } from './types';

function scrollRun(longTasks: number[], filled = 8): ScrollRun {
  return {
    scrollMs: 3600,
    distancePx: 18_000,
    turns: 45,
    columns: 3,
    domElements: 1700,
    firstScreenCells: 8,
    firstScreenFilled: filled,
    longTasks: longTasks.map((duration, i) => ({ start: i * 100, duration })),
    afterMs: 1500,
  };
}

function section(runs: ScrollRun[] | null): BrowserSection {
  return {
    environment: 'browser',
    runtime: 'Chromium',
    loadAverage: null,
    bundle: null,
    seed: null,
    bigStory: null,
    scroll: runs ? { runs } : null,
    largeStories: [],
    errors: [],
  };
}

const scrollCheck = (s: BrowserSection) =>
  browserTargets(s).find((t) => /scrolling/.test(t.target));

describe('the scroll row of the browser bench', () => {
  it('passes when no task while scrolling is over 100 ms and the first screen is filled', () => {
    const check = scrollCheck(section([scrollRun([]), scrollRun([60, 52])]));
    expect(check?.pass).toBe(true);
    expect(check?.measured).toBe('longest 60 ms; tasks > 100 ms per run: 0, 0');
  });

  it('fails on a task over 100 ms, or on empty cells in sight', () => {
    expect(scrollCheck(section([scrollRun([147, 60])]))?.pass).toBe(false);
    const unfilled = scrollCheck(section([scrollRun([], 5)]));
    expect(unfilled?.pass).toBe(false);
    expect(unfilled?.measured).toContain('1 run(s) opened with empty cells in sight');
  });

  it('is not measured without runs, and prints its table when it has them', () => {
    expect(scrollCheck(section(null))?.pass).toBeNull();
    const text = browserSectionText(section([scrollRun([60])]));
    expect(text).toContain('scroll of the aligned view');
    expect(text).toMatch(/longest main-thread task \(ms\)\s+60/);
  });
});
