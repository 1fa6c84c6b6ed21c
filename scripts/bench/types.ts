/** What one benchmark row measured; the same shape for Node now and for the browser later. */

/** Where a section of rows was measured. */
export type Environment = 'node' | 'browser';

/** Summary of repeated timings, in milliseconds. */
export type Timing = { median: number; min: number; max: number; runs: number };

/** Median time of each pipeline stage over one story, in milliseconds. */
export type StageTiming = {
  stage: string;
  ms: number;
  /** How it was measured: timed directly, or what is left of an enclosing call. */
  how: 'timed' | 'derived';
};

/** One measured row: a story, its size, and its timings and memory. */
export type RowResult = {
  id: string;
  label: string;
  articles: number;
  /** Word-like segments (Intl.Segmenter) of all articles' text. */
  words: number;
  sentences: number;
  /** Different sentence texts in the story (synthetic stories repeat sentences across articles). */
  distinctSentences: number;
  facts: number;
  disagreements: number;
  warmupRuns: number;
  /** Wall time of the analysis. */
  analysis: Timing;
  /** Process CPU time of the same runs: less sensitive than wall time to other work on the machine. */
  analysisCpu: Timing;
  /** Median time V8's garbage-collection pauses took inside one analysis run. */
  gcMs: number;
  /** Plain sentence and word segmentation of the same text (Intl.Segmenter, per paragraph). */
  floor: Timing;
  /** Process CPU time of the same floor runs. */
  floorCpu: Timing;
  /** analysis.median / floor.median: the headline figure. */
  ratio: number;
  /** The same ratio of CPU times: steadier when other work competes for the cores. */
  ratioCpu: number;
  /** Peak resident set size of the row's own process (kernel high-water mark), MB. */
  peakRssMb: number;
  /** The same mark after loading the model and building the story, before any analysis, MB. */
  baselineRssMb: number;
  /** Articles run through prepareArticle in the timed call (only for the cached row). */
  preparedInTimedCall?: number;
  stages?: StageTiming[];
  /** How many passes the stage medians are over. */
  stagePasses?: number;
  note?: string;
};

/** A row that was not measured, and why (no corpus, or the row's process failed). */
export type SkippedRow = { id: string; label: string; skipped: string };

/** A row of a section's table. */
export type Row = RowResult | SkippedRow;

/** The rows measured in one environment; the browser's section is appended later. */
export type Section = {
  environment: Environment;
  /** e.g. "Node v20.20.2, linux x64, 2 CPUs". */
  runtime: string;
  /** Load average when the section started: other work on the machine skews timings. */
  loadAverage: number[] | null;
  rows: Row[];
};

/** One of the targets and how this run did; `pass` is null when not measured. */
export type TargetCheck = {
  target: string;
  measured: string;
  pass: boolean | null;
};

/** What `npm run bench -- --json` prints. */
export type BenchReport = {
  version: 1;
  date: string;
  sections: Section[];
  targets: TargetCheck[];
  notes: string[];
};

/** True for a row that was measured (not skipped). */
export function isMeasured(row: Row | undefined): row is RowResult {
  return row !== undefined && !('skipped' in row);
}
