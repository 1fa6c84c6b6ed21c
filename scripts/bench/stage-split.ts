import { alignStory } from '../../src/core/align/align-story';
import {
  alignmentInput,
  analyzeStory,
  disagreementInput,
  prepareArticle,
  type PreparedArticle,
} from '../../src/core/analyze';
import { extractArticle } from '../../src/core/extract/extract-article';
import { findDisagreements } from '../../src/core/disagree/find-disagreements';
import { ingestArticle } from '../../src/core/ingest/ingest-article';
import { tokenizeSpans, type NlpEngine } from '../../src/core/nlp/tokenize';
import { splitSentences } from '../../src/core/sentences/split-sentences';
import type { ArticleInput } from '../../src/core/types';
import { summarize } from './measure';
import type { StageTiming } from './types';

/** An engine that adds up the time spent inside the NLP library. */
function timedEngine(inner: NlpEngine): { engine: NlpEngine; spent: () => number } {
  let spent = 0;
  const engine: NlpEngine = {
    tokenize(text) {
      const started = performance.now();
      const tokens = inner.tokenize(text);
      spent += performance.now() - started;
      return tokens;
    },
  };
  return { engine, spent: () => spent };
}

type StageSample = Record<string, number>;

/**
 * One pass over the story: a whole analysis, then each stage timed by calling the stage
 * functions directly: the per-article ones as `prepareArticle` calls them, the story-wide ones
 * on `prepared` (made once, untimed, by `prepareArticle`). The whole analysis runs as warm as
 * the stages, so what it takes beyond them is the work outside the stages.
 */
function sampleStages(
  inputs: readonly ArticleInput[],
  prepared: readonly PreparedArticle[],
  nlp: NlpEngine,
): StageSample {
  const s: StageSample = {};
  const started = performance.now();
  analyzeStory([...inputs], { nlp });
  s.whole = performance.now() - started;
  let at = performance.now();
  const lap = (key: string) => {
    const now = performance.now();
    s[key] = (s[key] ?? 0) + now - at;
    at = now;
  };
  const { engine, spent } = timedEngine(nlp);
  for (const input of inputs) {
    at = performance.now();
    const ingested = ingestArticle(input);
    lap('ingest');
    const spans = splitSentences(ingested.text, ingested.paragraphs, {
      headlines: ingested.headlines,
    });
    lap('sentences');
    const tokens = tokenizeSpans(engine, ingested.text, spans);
    lap('tokenize');
    const { published } = ingested.metadata;
    extractArticle({ text: ingested.text, sentences: spans, tokens, published });
    lap('extract');
  }
  s.wink = spent();
  at = performance.now();
  const alignment = alignStory(alignmentInput(prepared));
  lap('align');
  findDisagreements(disagreementInput(prepared), alignment.pairScore);
  lap('disagree');
  return s;
}

/**
 * Where the time of one analysis goes: the median over `passes` of each stage, timed by calling
 * the stage functions from outside the core, and of a whole analysis timed in the same passes
 * (a pass costs about two analyses): what it takes beyond the stages (ids, Article objects,
 * facts sorting and merging with disagreements) is the caller's to derive. Run it warm: it does
 * no warm-up of its own.
 */
export function measureStages(
  inputs: readonly ArticleInput[],
  nlp: NlpEngine,
  passes: number,
): { stages: StageTiming[]; whole: number } {
  const prepared = inputs.map((input, index) => prepareArticle(input, index, nlp));
  const samples = Array.from({ length: passes }, () => sampleStages(inputs, prepared, nlp));
  const median = (key: string) => summarize(samples.map((x) => x[key] ?? 0)).median;
  const timed = (stage: string, key: string): StageTiming => ({
    stage,
    ms: median(key),
    how: 'timed',
  });
  const stages: StageTiming[] = [
    timed('ingest (ingestArticle)', 'ingest'),
    timed('sentences (splitSentences)', 'sentences'),
    timed('tokens: wink-nlp (engine.tokenize)', 'wink'),
    {
      stage: 'tokens: offsets (tokenizeSpans − wink)',
      ms: Math.max(0, median('tokenize') - median('wink')),
      how: 'derived',
    },
    timed('extraction (extractArticle)', 'extract'),
    timed('alignment (alignStory)', 'align'),
    timed('disagreements (findDisagreements)', 'disagree'),
  ];
  return { stages, whole: median('whole') };
}
