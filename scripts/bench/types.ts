/** What `npm run bench` measures: Node rows, and the browser's section. */

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
  /**
   * Median of a whole analysis timed in the stage passes, as warm as the stages (the timed runs
   * of `analysis` come earlier, right after the warm-up).
   */
  stagesWhole?: number;
  /** How many passes the stage medians are over. */
  stagePasses?: number;
  note?: string;
};

/** A row that was not measured, and why (no corpus, or the row's process failed). */
export type SkippedRow = { id: string; label: string; skipped: string };

/** A row of a section's table. */
export type Row = RowResult | SkippedRow;

/**
 * One way of starting the command line on the seed story, timed as whole runs (wall time of a
 * process: start-up, model, analysis, output), or why it failed.
 */
export type StartupRow = { id: 'node' | 'bundle' | 'launcher' | 'npm' | 'tsx'; label: string } & (
  { wall: Timing } | { failed: string }
);

/** The rows measured in Node. */
export type NodeSection = {
  environment: 'node';
  /** e.g. "Node v20.20.2, linux x64, 2 CPUs". */
  runtime: string;
  /** Load average when the section started: other work on the machine skews timings. */
  loadAverage: number[] | null;
  rows: Row[];
  /** The command line's start-up (absent when not measured). */
  startup?: StartupRow[];
};

/** A built file's size as served and gzipped, in bytes. */
export type AssetSize = { file: string; bytes: number; gzipBytes: number };

/** Sizes of the production build (paths relative to its output directory). */
export type BundleReport = {
  /** What index.html loads before the app runs: entry script, its static imports, stylesheets. */
  firstBundle: AssetSize[];
  firstBundleGzipBytes: number;
  /** The analysis worker's own chunks. */
  worker: AssetSize[];
  /** What the worker loads on demand: the NLP model. */
  workerLazy: AssetSize[];
  /** Other chunks loaded on demand by the page (the library's screens, …). */
  otherLazy: AssetSize[];
  /** Worker or model chunks found in the first bundle (should be none). */
  workerInFirstBundle: string[];
};

/** One moment of opening a page, in ms since navigation start; null when it did not happen. */
export type Milestone = { name: string; ms: number | null };

/** One cold load of the seed story in a fresh browser context. */
export type SeedRun = {
  /** Navigation start to the mark after the highlighted comparison's first paint. */
  highlightedMs: number;
  /** Conflict marks (`mark[data-kind=conflict]`) on the page at that moment. */
  conflictMarks: number;
  milestones: Milestone[];
  /** Longest main-thread task (long-task observer) before the story was highlighted. */
  longestTaskMs: number;
};

/** A main-thread task of 50 ms or more (long-task observer). */
export type LongTask = {
  /** ms since the start of the window it was found in. */
  start: number;
  duration: number;
};

/** A main-thread task from a Chromium trace, and what it spent its time on. */
export type TracedTask = LongTask & {
  /** Whether it started after the highlighted mark. */
  afterHighlight: boolean;
  /** What started it, e.g. "timer (setTimeout)", "message event", "rendering". */
  trigger: string;
  /** Self time by kind (script, GC, style, layout, paint, other), ms, largest first. */
  parts: { kind: string; ms: number }[];
};

/** One import of the 12-article story in a fresh browser context. */
export type ImportRun = {
  /** From handing the file to the import button to the highlighted comparison's paint. */
  windowMs: number;
  /** Milestones in ms since the file was handed over. */
  milestones: Milestone[];
  /** Every long task in that window, longest first. */
  longTasks: LongTask[];
  /** Long tasks that started in the settle time after the highlighted mark (not in the window). */
  longTasksAfter: LongTask[];
  /** How long after the highlighted mark `longTasksAfter` were collected, ms. */
  afterMs: number;
  /** The sources the comparison shows (its heading: "Comparing 12 sources"). */
  columns: number;
  /** Elements in the document once the story is shown: what style and layout work through. */
  domElements: number;
  /** Peak resident memory of the page's renderer process (page and worker), MB, when measured. */
  peakRendererMb?: number | null;
};

/** One import of one of the largest stories (one run: each takes minutes). */
export type LargeStoryResult = {
  id: string;
  label: string;
  articles: number;
  /** Characters of article text, all articles. */
  chars: number;
  words: number;
  /** null when the import failed or timed out (the reason is in the section's errors). */
  run: ImportRun | null;
};

/** One scroll from top to bottom of the 12-article story's aligned view, by mouse wheel. */
export type ScrollRun = {
  /** From the first wheel turn to the last, ms. */
  scrollMs: number;
  distancePx: number;
  turns: number;
  /** The source columns drawn (from four sources on, those that fit the window). */
  columns: number;
  /** Elements in the document at the end of the scroll. */
  domElements: number;
  /** Cells of the first screen, before scrolling, and how many of them held text. */
  firstScreenCells: number;
  firstScreenFilled: number;
  /** Long tasks from the first turn until `afterMs` after the last, longest first. */
  longTasks: LongTask[];
  afterMs: number;
};

/** The browser section: the build's sizes and the scenarios timed in Chromium. */
export type BrowserSection = {
  environment: 'browser';
  /** e.g. "Chromium 156.0.8078.79 (headless), viewport 1440×900". */
  runtime: string;
  loadAverage: number[] | null;
  bundle: BundleReport | null;
  seed: { runs: SeedRun[]; highlighted: Timing } | null;
  /** The story imported (label, articles, words) and each run. */
  bigStory: {
    label: string;
    articles: number;
    words: number;
    runs: ImportRun[];
    /** One more import, traced (not counted in the target): what its long tasks spent time on. */
    traced: TracedTask[] | null;
  } | null;
  /** The largest stories, imported once each (empty when not run). */
  largeStories: LargeStoryResult[];
  /** The same story, scrolled in its aligned view once it is shown. */
  scroll: { runs: ScrollRun[] } | null;
  /** Measurements that could not be taken, and why. */
  errors: string[];
};

/** The measurements of one environment. */
export type Section = NodeSection | BrowserSection;

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
