import { alignStory, type AlignableSentence } from './align/align-story';
import type { FeatureKind, SentenceFeatures } from './align/sentence-features';
import type { Analysis, Article, DateMention, Fact, Quantity, Quote } from './contract';
import { applyDisagreements } from './disagree/conflict-facts';
import { findDisagreements, type DisagreementInput } from './disagree/find-disagreements';
import { extractArticle } from './extract/extract-article';
import type { ArticleExtraction } from './extract/types';
import { ingestArticle, type IngestOptions } from './ingest/ingest-article';
import type { NlpEngine } from './nlp/tokenize';
import { tokenizeSpans } from './nlp/tokenize';
import type { ProgressListener } from './progress';
import { splitSentences } from './sentences/split-sentences';
import type { ArticleInput, SentenceSpan, Token } from './types';
import { fnv1a, slug } from './util/hash';

export type AnalyzeOptions = IngestOptions & {
  /** The NLP engine (tokens, parts of speech); loaded by the caller. */
  nlp: NlpEngine;
};

/** An article read, split, tokenized and extracted: what the story-wide stages work from. */
export type PreparedArticle = {
  article: Article;
  spans: SentenceSpan[];
  tokens: Token[][];
  extraction: ArticleExtraction;
};

/**
 * Everything about one article that does not depend on the others. Pure and deterministic, so
 * a caller may cache it by the article's text.
 */
export function prepareArticle(
  input: ArticleInput,
  index: number,
  nlp: NlpEngine,
  reading: IngestOptions = {},
): PreparedArticle {
  const ingested = ingestArticle(input, reading);
  const { metadata } = ingested;
  const id = `${slug(metadata.outlet ?? ingested.file)}-${fnv1a(ingested.text)}-${index}`;
  const spans = splitSentences(ingested.text, ingested.paragraphs, {
    headlines: ingested.headlines,
  });
  const tokens = tokenizeSpans(nlp, ingested.text, spans);
  const article: Article = {
    id,
    file: ingested.file,
    title: metadata.title,
    outlet: metadata.outlet,
    published: metadata.published,
    credits: metadata.credits,
    ...(metadata.author ? { author: metadata.author } : {}),
    text: ingested.text,
    sentences: spans.map((s, i) => ({
      id: `${id}:${i}`,
      start: s.start,
      end: s.end,
      ...(s.boilerplate ? { boilerplate: true } : {}),
      ...(s.headline ? { headline: true } : {}),
    })),
  };
  const extraction = extractArticle({
    text: ingested.text,
    sentences: spans,
    tokens,
    published: metadata.published,
  });
  return { article, spans, tokens, extraction };
}

/** Resolved dates as alignment features: two reports of one day meet in the index. */
function dateFeatures(prepared: PreparedArticle): Map<number, SentenceFeatures> {
  const features = new Map<number, SentenceFeatures>();
  for (const d of prepared.extraction.dates) {
    if (!d.date || d.granularity !== 'day') continue;
    const map: SentenceFeatures = features.get(d.sentence) ?? new Map<string, FeatureKind>();
    map.set(`d:${d.date}`, 'date');
    features.set(d.sentence, map);
  }
  return features;
}

/**
 * The tokens the aligner should see: a headline line counts only up to its clean title, so the
 * "| News | Outlet | date" tail of a page title does not dilute it.
 */
function headlineTokens(p: PreparedArticle, i: number): Token[] {
  const tokens = p.tokens[i] ?? [];
  const span = p.spans[i];
  const title = p.article.title;
  if (!span?.headline || !title || !p.article.text.startsWith(title, span.start)) return tokens;
  return tokens.filter((t) => t.end <= span.start + title.length);
}

/**
 * Compares N articles about one event: the core's single entry point, used by the command line,
 * the Web Worker and the tests. Deterministic: the same inputs give the same Analysis.
 */
export function analyzeStory(inputs: ArticleInput[], options: AnalyzeOptions): Analysis {
  const prepared = inputs.map((input, index) => prepareArticle(input, index, options.nlp, options));
  return analyzePrepared(prepared);
}

/** What the aligner is given: every article's sentences with their tokens and extra features. */
export function alignmentInput(prepared: readonly PreparedArticle[]): AlignableSentence[][] {
  return prepared.map((p) => {
    const dates = dateFeatures(p);
    return p.article.sentences.map((sentence, i) => ({
      id: sentence.id,
      boilerplate: p.spans[i]?.boilerplate ?? false,
      headline: p.spans[i]?.headline ?? false,
      tokens: headlineTokens(p, i),
      extraFeatures: dates.get(i),
    }));
  });
}

/** What disagreement detection is given: every article's sentences, tokens and extraction. */
export function disagreementInput(prepared: readonly PreparedArticle[]): DisagreementInput[] {
  return prepared.map((p) => ({
    text: p.article.text,
    sentenceIds: p.article.sentences.map((s) => s.id),
    boilerplate: p.spans.map((s) => s.boilerplate),
    headline: p.spans.map((s) => s.headline),
    tokens: p.tokens,
    extraction: p.extraction,
    published: p.article.published,
  }));
}

/**
 * The story-wide stages over prepared articles: alignment, disagreements, the Analysis.
 * `onProgress` hears of each stage as it starts.
 */
export function analyzePrepared(
  prepared: readonly PreparedArticle[],
  onProgress?: ProgressListener,
): Analysis {
  const total = prepared.length;
  onProgress?.({ stage: 'alignment', done: total, total });
  const alignment = alignStory(alignmentInput(prepared));
  onProgress?.({ stage: 'disagreements', done: total, total });
  const disagreements = findDisagreements(disagreementInput(prepared), alignment.pairScore);
  const articleOf = new Map<string, string>();
  const position = new Map<string, [number, number]>();
  prepared.forEach((p, a) =>
    p.article.sentences.forEach((s, i) => {
      articleOf.set(s.id, p.article.id);
      position.set(s.id, [a, i]);
    }),
  );
  const facts = applyDisagreements(alignment.facts, disagreements, (id) => articleOf.get(id));
  return {
    version: 1,
    articles: prepared.map((p) => p.article),
    facts: sortByFirstAppearance(facts, position),
    disagreements,
    quotes: prepared.flatMap(quotesOf),
    quantities: prepared.flatMap(quantitiesOf),
    dates: prepared.flatMap(datesOf),
  };
}

function sortByFirstAppearance(facts: Fact[], position: Map<string, [number, number]>): Fact[] {
  const first = (f: Fact): [number, number] =>
    f.sentences
      .map((id): [number, number] => position.get(id) ?? [0, 0])
      .sort((x, y) => x[0] - y[0] || x[1] - y[1])[0] ?? [0, 0];
  return facts
    .map((f) => ({ f, at: first(f) }))
    .sort((x, y) => x.at[0] - y.at[0] || x.at[1] - y.at[1] || x.f.id.localeCompare(y.f.id))
    .map(({ f }) => f);
}

function quotesOf(p: PreparedArticle): Quote[] {
  return p.extraction.quotes
    .filter((q) => q.kind === 'direct')
    .map((q) => ({
      sentence: p.article.sentences[q.sentence]?.id ?? '',
      start: q.start,
      end: q.end,
      speaker: q.speaker,
    }));
}

function quantitiesOf(p: PreparedArticle): Quantity[] {
  return p.extraction.quantities.map((q) => ({
    sentence: p.article.sentences[q.sentence]?.id ?? '',
    start: q.start,
    end: q.end,
    value: q.value,
    unit: q.unit,
    attribution: q.attribution,
    ...(q.approximate ? { approximate: true } : {}),
    ...(q.uncertain ? { uncertain: true } : {}),
  }));
}

function datesOf(p: PreparedArticle): DateMention[] {
  return p.extraction.dates.flatMap((d) =>
    d.date
      ? [
          {
            sentence: p.article.sentences[d.sentence]?.id ?? '',
            start: d.start,
            end: d.end,
            date: d.date,
          },
        ]
      : [],
  );
}
