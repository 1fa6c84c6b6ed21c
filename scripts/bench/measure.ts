import type { ArticleInput } from '../../src/core/types';
import type { Timing } from './types';

/** How long to warm up and how many runs to time. */
export type RunPlan = {
  /** Warm-up: at least this many runs… */
  warmupRuns: number;
  /** …and until this much time was spent (capped by maxRuns). */
  warmupMs: number;
  /** Timed: at least this many runs… */
  minRuns: number;
  /** …and until the analysis took this long in total (capped by maxRuns). */
  minTotalMs: number;
  maxRuns: number;
};

/** The plan every row uses: at least 5 timed runs after a warm-up. */
export const DEFAULT_PLAN: RunPlan = {
  // One run warms a large story (seconds of work); small ones get more from warmupMs.
  warmupRuns: 1,
  warmupMs: 1000,
  minRuns: 5,
  minTotalMs: 1500,
  maxRuns: 30,
};

/** Median, min and max of samples in milliseconds. */
export function summarize(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median =
    sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return { median, min: sorted[0] ?? 0, max: sorted.at(-1) ?? 0, runs: sorted.length };
}

/** Wall time and process CPU time (all threads: the main thread and V8's helpers) of one call, ms. */
function timeOnce(task: () => unknown): { wall: number; cpu: number; start: number } {
  const cpuStarted = process.cpuUsage();
  const start = performance.now();
  task();
  const wall = performance.now() - start;
  const cpu = process.cpuUsage(cpuStarted);
  return { wall, cpu: (cpu.user + cpu.system) / 1000, start };
}

/** A stretch of time on the `performance.now()` clock. */
export type Window = { start: number; end: number };

/** What `measurePair` measured. */
export type PairTimings = {
  analysis: Timing;
  analysisCpu: Timing;
  floor: Timing;
  floorCpu: Timing;
  warmupRuns: number;
  /** When each timed analysis ran, to attribute garbage collections to it afterwards. */
  analysisWindows: Window[];
};

/**
 * Times `analysis` and `floor` alternately (so both see the same machine load): a warm-up, then
 * timed runs. No collection is forced: garbage a run leaves is collected whenever V8 decides,
 * as in the app. `setup` runs untimed before each analysis.
 */
export function measurePair(
  analysis: () => unknown,
  floor: () => unknown,
  plan: RunPlan = DEFAULT_PLAN,
  setup: () => void = () => {},
): PairTimings {
  let warmupRuns = 0;
  const warmupStarted = performance.now();
  while (
    warmupRuns < plan.warmupRuns ||
    (performance.now() - warmupStarted < plan.warmupMs && warmupRuns < plan.maxRuns)
  ) {
    setup();
    analysis();
    floor();
    warmupRuns += 1;
  }
  const analysisMs: number[] = [];
  const analysisCpuMs: number[] = [];
  const floorMs: number[] = [];
  const floorCpuMs: number[] = [];
  const analysisWindows: Window[] = [];
  let total = 0;
  while (
    analysisMs.length < plan.minRuns ||
    (total < plan.minTotalMs && analysisMs.length < plan.maxRuns)
  ) {
    setup();
    const run = timeOnce(analysis);
    analysisMs.push(run.wall);
    analysisCpuMs.push(run.cpu);
    analysisWindows.push({ start: run.start, end: run.start + run.wall });
    total += run.wall;
    const floorRun = timeOnce(floor);
    floorMs.push(floorRun.wall);
    floorCpuMs.push(floorRun.cpu);
  }
  return {
    analysis: summarize(analysisMs),
    analysisCpu: summarize(analysisCpuMs),
    floor: summarize(floorMs),
    floorCpu: summarize(floorCpuMs),
    warmupRuns,
    analysisWindows,
  };
}

/**
 * Records V8's garbage-collection pauses from now on. `pausesIn` waits for the queued entries
 * (they arrive after synchronous work ends) and gives the median over `windows` of the pause
 * time that fell inside each window, in ms.
 */
export function recordGcPauses(): { pausesIn(windows: readonly Window[]): Promise<number> } {
  const pauses: Window[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      pauses.push({ start: e.startTime, end: e.startTime + e.duration });
  });
  observer.observe({ entryTypes: ['gc'] });
  return {
    async pausesIn(windows) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      observer.disconnect();
      const inside = windows.map((w) =>
        pauses
          .filter((p) => p.start >= w.start && p.start < w.end)
          .reduce((n, p) => n + Math.min(p.end, w.end) - p.start, 0),
      );
      return summarize(inside).median;
    },
  };
}

/** What the floor counted: sentences and word-like segments. */
export type SegmentCounts = { sentences: number; words: number };

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' });

/**
 * The floor: plain sentence and word segmentation of every article's text, paragraph by
 * paragraph (a paragraph is a non-blank line, as in ingest), with `Intl.Segmenter`. Any
 * analysis must at least read the text this way.
 *
 * @example segmentationFloor([{ file: 'a.txt', text: 'One two. Three.' }]) // { sentences: 2, words: 3 }
 */
export function segmentationFloor(inputs: readonly ArticleInput[]): SegmentCounts {
  const counts = { sentences: 0, words: 0 };
  for (const { text } of inputs) {
    for (const paragraph of text.split(/\r?\n/)) {
      if (paragraph.trim() === '') continue;
      for (const sentence of sentenceSegmenter.segment(paragraph))
        if (sentence.segment) counts.sentences += 1;
      for (const word of wordSegmenter.segment(paragraph)) if (word.isWordLike) counts.words += 1;
    }
  }
  return counts;
}

/** The process's peak resident set size so far (kernel high-water mark), in MB. */
export const peakRssMb = (): number => process.resourceUsage().maxRSS / 1024;
