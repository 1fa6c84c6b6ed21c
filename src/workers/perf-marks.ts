/**
 * Names of the `performance.mark`s the app and its analysis worker set, so that `npm run bench`
 * (scripts/bench/browser.ts) can tell where the time to a highlighted story goes. The worker's
 * marks are on the worker's own timeline (its `performance.timeOrigin` is when it was created).
 */
export const PERF_MARKS = {
  /** Worker: its script (the core) has been fetched and evaluated. */
  workerReady: 'parallax:worker-ready',
  /** Worker: an analysis request arrived. */
  analysisRequested: 'parallax:analysis-requested',
  /** Worker: the language model is loaded (first request only). */
  modelLoaded: 'parallax:model-loaded',
  /** Worker: the analysis is computed, just before it is posted back. */
  analysisDone: 'parallax:analysis-done',
  /** Page: the comparison view committed a new analysis to the DOM. */
  storyRendered: 'parallax:story-rendered',
  /** Page: that comparison, with its highlights, has been painted (the frame after the commit). */
  storyHighlighted: 'parallax:story-highlighted',
} as const;
