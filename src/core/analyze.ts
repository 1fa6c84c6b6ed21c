import type { Analysis, Article } from './contract';
import { ingestArticle } from './ingest/ingest-article';
import type { NlpEngine } from './nlp/tokenize';
import { splitSentences } from './sentences/split-sentences';
import type { ArticleInput } from './types';
import { fnv1a, slug } from './util/hash';

export type AnalyzeOptions = {
  /** The NLP engine (tokens, parts of speech); loaded by the caller. */
  nlp: NlpEngine;
};

/**
 * Compares N articles about one event: the core's single entry point, used by the command line,
 * the Web Worker and the tests. Deterministic: the same inputs give the same Analysis.
 */
export function analyzeStory(inputs: ArticleInput[], _options: AnalyzeOptions): Analysis {
  const articles: Article[] = inputs.map((input, index) => {
    const ingested = ingestArticle(input);
    const id = `${slug(ingested.metadata.outlet ?? ingested.file)}-${fnv1a(ingested.text)}-${index}`;
    const sentences = splitSentences(ingested.text, ingested.paragraphs).map((s, i) => ({
      id: `${id}:${i}`,
      start: s.start,
      end: s.end,
      ...(s.boilerplate ? { boilerplate: true } : {}),
      ...(s.headline ? { headline: true } : {}),
    }));
    return {
      id,
      file: ingested.file,
      title: ingested.metadata.title,
      outlet: ingested.metadata.outlet,
      published: ingested.metadata.published,
      credits: ingested.metadata.credits,
      text: ingested.text,
      sentences,
    };
  });
  return { version: 1, articles, facts: [], disagreements: [], quotes: [], quantities: [] };
}
