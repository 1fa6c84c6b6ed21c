import { describe, expect, it } from 'vitest';
import { PERF_MARKS } from '../../src/workers/perf-marks';
import type { PageTimeline, WorkerTimeline } from './browser-page';
import {
  analysisMilestones,
  highlightPhases,
  longTasksIn,
  relativeTo,
  seedMilestones,
} from './browser-timeline';

const at = (name: string, start: number, end = start) => ({ name, start, end });

const page: PageTimeline = {
  timeOrigin: 1_000_000,
  now: 2000,
  navigation: { responseEnd: 20, domContentLoaded: 150, load: 160 },
  paints: [at('first-paint', 90), at('first-contentful-paint', 95)],
  marks: [
    at(PERF_MARKS.storyRendered, 900),
    at(PERF_MARKS.storyHighlighted, 950),
    // A later analysis (the reader edited the story): not the first one's.
    at(PERF_MARKS.storyRendered, 1900),
    at(PERF_MARKS.storyHighlighted, 1950),
  ],
  resources: [
    at('http://h/assets/000_a-X.txt', 200, 260),
    at('http://h/assets/003_b-Y.txt', 205, 300),
    at('http://h/assets/index-Z.css', 30, 60),
  ],
  longTasks: [
    { start: 100, duration: 60 },
    { start: 880, duration: 120 },
    { start: 1000, duration: 200 },
  ],
};

const worker: WorkerTimeline = {
  created: 320,
  marks: [
    at(PERF_MARKS.workerReady, 360),
    at(PERF_MARKS.analysisRequested, 361),
    at(PERF_MARKS.modelLoaded, 700),
    at(PERF_MARKS.analysisDone, 850),
  ],
  resources: [at('http://h/assets/model-M.js', 365, 560)],
};

describe('seedMilestones', () => {
  it('orders the page’s and the worker’s moments of a cold load on the page clock', () => {
    expect(seedMilestones(page, [worker]).map((m) => m.ms)).toEqual([
      20, 150, 95, 300, 320, 360, 361, 560, 700, 850, 900, 950,
    ]);
  });

  it('leaves out what did not happen instead of inventing it', () => {
    const bare: PageTimeline = { ...page, navigation: null, paints: [], resources: [] };
    const milestones = seedMilestones(bare, []);
    expect(milestones.slice(0, 4).every((m) => m.ms === null)).toBe(true);
    expect(milestones.find((m) => m.name.startsWith('analysis done'))?.ms).toBeNull();
    expect(milestones.at(-1)?.ms).toBe(950);
  });
});

describe('analysisMilestones', () => {
  it('takes the first moments after `after`, and no worker start from before it', () => {
    const later: WorkerTimeline = {
      ...worker,
      marks: [
        ...worker.marks,
        at(PERF_MARKS.analysisRequested, 1700),
        at(PERF_MARKS.analysisDone, 1850),
      ],
    };
    const milestones = analysisMilestones(page, [later], 1500);
    const byName = new Map(milestones.map((m) => [m.name, m.ms]));
    expect(byName.get('worker created')).toBeNull();
    expect(byName.get('model loaded (worker)')).toBeNull();
    expect(byName.get('analysis requested (worker)')).toBe(1700);
    expect(byName.get('analysis done (worker)')).toBe(1850);
    expect(byName.get('highlighted, painted (page)')).toBe(1950);
    expect(relativeTo(milestones, 1500).at(-1)?.ms).toBe(450);
  });
});

describe('longTasksIn', () => {
  it('keeps the tasks that overlap the window, longest first, timed from the origin', () => {
    expect(longTasksIn(page, 900, 1000, 800)).toEqual([{ start: 80, duration: 120 }]);
    expect(longTasksIn(page, 0, 2000).map((t) => t.duration)).toEqual([200, 120, 60]);
  });
});

describe('highlightPhases', () => {
  it('splits the time to the highlighted paint into consecutive spans', () => {
    const phases = highlightPhases(seedMilestones(page, [worker]));
    expect(phases.map((p) => p.ms)).toEqual([361, 339, 150, 50, 50]);
    expect(phases.reduce((n, p) => n + (p.ms ?? 0), 0)).toBe(950);
  });

  it('times the analysis from the request when the worker had the model already', () => {
    const warm: WorkerTimeline = {
      ...worker,
      marks: worker.marks.filter((m) => m.name !== PERF_MARKS.modelLoaded),
    };
    const phases = highlightPhases(seedMilestones(page, [warm]));
    expect(phases[1]?.ms).toBeNull();
    expect(phases[2]?.ms).toBe(850 - 361);
  });
});
