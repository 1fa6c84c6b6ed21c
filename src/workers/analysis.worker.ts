// The Web Worker that runs the core off the main thread. The language model (a few MB) and the
// core with its lexical table (WordNet) are dynamic imports, so they live in chunks of their own
// that only the worker fetches, in parallel, as soon as it runs. The DOM that web pages are read
// in (linkedom) is fetched with the first request that has an HTML page, before that request is
// analyzed: plain text and Markdown never need it. Each article's own stages are kept between
// requests: re-analyzing a story with one more article prepares only that article.
import type { CreateDocument } from '../core/ingest/html-document';
import { detectFormat } from '../core/ingest/detect-format';
import type { AnalysisProgress } from '../core/progress';
import type { StoryAnalyzer } from '../core/story-cache';
import type { AnalysisRequest, AnalysisResponse } from './analysis-protocol';
import { PERF_MARKS } from './perf-marks';

/** The part of the worker global scope this file uses (the project compiles against DOM types). */
type WorkerScope = {
  onmessage: ((event: MessageEvent<AnalysisRequest>) => void) | null;
  postMessage(message: AnalysisResponse): void;
};

const scope = globalThis as unknown as WorkerScope;
let engine: Promise<StoryAnalyzer> | null = null;
/** Whether the engine has loaded (then a request does not wait for the model). */
let engineReady = false;
/** linkedom's document maker, once its chunk has loaded. */
let linkedomDocument: CreateDocument | null = null;
let dom: Promise<void> | null = null;

/** Loads the DOM that HTML pages are read in; a failed load is retried on the next request. */
function loadDom(): Promise<void> {
  dom ??= import('../dom/linkedom-document').then((module) => {
    linkedomDocument = module.createLinkedomDocument;
  });
  dom.catch(() => {
    dom = null;
  });
  return dom;
}

/** A new document to read a page in: only asked for HTML, whose request waited for `loadDom`. */
const createDocument: CreateDocument = () => {
  if (!linkedomDocument) throw new Error('the DOM for reading web pages has not loaded');
  return linkedomDocument();
};

function loadEngine(): Promise<StoryAnalyzer> {
  engine ??= Promise.all([
    import('wink-eng-lite-web-model'),
    import('../core/story-cache'),
    import('../core/nlp/wink-engine'),
  ]).then(([model, cache, wink]) => {
    const analyzer = cache.createStoryAnalyzer(wink.createWinkEngine(model.default), {
      createDocument,
    });
    performance.mark(PERF_MARKS.modelLoaded);
    engineReady = true;
    return analyzer;
  });
  // A failed load (e.g. the chunk could not be fetched) is retried on the next request.
  engine.catch(() => {
    engine = null;
  });
  return engine;
}

performance.mark(PERF_MARKS.workerReady);
// The model loads as soon as the worker starts, while the page renders and fetches the articles.
void loadEngine();

scope.onmessage = (event) => {
  performance.mark(PERF_MARKS.analysisRequested);
  const { id, inputs } = event.data;
  const started = performance.now();
  // Progress is posted as the core works: the page shows the stage while the worker is busy.
  const report = (progress: AnalysisProgress) => scope.postMessage({ id, progress });
  if (!engineReady) report({ stage: 'model', done: 0, total: inputs.length });
  const hasHtml = inputs.some((input) => detectFormat(input.text, input.file) === 'html');
  Promise.all([loadEngine(), hasHtml ? loadDom() : null])
    .then(([analyzer]) => {
      const analysis = analyzer.analyze(inputs, report);
      performance.mark(PERF_MARKS.analysisDone);
      // Each article (its text and sentences) a message of its own, the rest after them: the
      // page reads a long story's answer in several short tasks rather than one long one.
      for (const article of analysis.articles) scope.postMessage({ id, articles: [article] });
      scope.postMessage({
        id,
        ok: true,
        analysis: { ...analysis, articles: [] },
        elapsedMs: performance.now() - started,
      });
    })
    .catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      scope.postMessage({ id, ok: false, message: message });
    });
};
