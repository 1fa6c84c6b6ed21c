import type {
  AttributionMention,
  ArticleExtraction,
  EntityType,
  QuoteMention,
} from '../extract/types';
import type { Token } from '../types';
import { clausesOf, type Clause } from './frames/clauses';

/** One article as disagreement detection needs it. */
export type DisagreementInput = {
  text: string;
  sentenceIds: string[];
  boilerplate: boolean[];
  /** Which sentences are the article's headline (absent: none). */
  headline?: boolean[];
  tokens: Token[][];
  extraction: ArticleExtraction;
  /** YYYY-MM-DD, the reference for "last week" and "three weeks ago". */
  published?: string | null;
};

/**
 * How the story's sentences are aligned: the score of two sentences, 0 when unrelated; and,
 * when the aligner can list them, the sentences aligned with one at all (a score above 0).
 */
export type AlignmentLookup = ((sentenceA: string, sentenceB: string) => number) & {
  partners?: (sentence: string) => readonly string[];
};

/** A name in a sentence, with the tokens it covers. */
export type SentenceEntity = {
  key: string;
  name: string;
  type: EntityType;
  start: number;
  end: number;
  first: number;
  last: number;
};

/** One sentence of the story with what every detector reads of it. */
export type StorySentence = {
  id: string;
  article: number;
  /** Its index in the article. */
  index: number;
  /** The article's text: offsets index it. */
  text: string;
  tokens: readonly Token[];
  clauses: Clause[];
  entities: SentenceEntity[];
  /** Direct quotes that overlap the sentence. */
  quotes: QuoteMention[];
  attribution: AttributionMention | null;
  headline: boolean;
  published: string | null;
};

/** The story as the detectors see it: every article, and every sentence that is not boilerplate. */
export type Story = {
  articles: readonly DisagreementInput[];
  sentences: StorySentence[];
  byId: ReadonlyMap<string, StorySentence>;
  aligned: AlignmentLookup;
};

/** The token index covering offset `at` (the nearest after it when none covers it). */
export function tokenAt(tokens: readonly Token[], at: number): number {
  const i = tokens.findIndex((t) => t.end > at);
  return i < 0 ? tokens.length - 1 : i;
}

/** Builds the detectors' view of a story once: clauses, names and quotes per sentence. */
export function buildStory(
  articles: readonly DisagreementInput[],
  aligned: AlignmentLookup,
): Story {
  const sentences: StorySentence[] = [];
  articles.forEach((article, a) => {
    const { extraction } = article;
    const entitiesOf = groupBy(extraction.entities, (e) => e.sentence);
    const attributionOf = new Map(extraction.attributions.map((x) => [x.sentence, x]));
    const direct = extraction.quotes.filter((q) => q.kind === 'direct');
    article.tokens.forEach((tokens, i) => {
      const id = article.sentenceIds[i];
      if (!id || article.boilerplate[i] || tokens.length === 0) return;
      const start = tokens[0]?.start ?? 0;
      const end = tokens.at(-1)?.end ?? start;
      sentences.push({
        id,
        article: a,
        index: i,
        text: article.text,
        tokens,
        clauses: clausesOf(tokens),
        entities: (entitiesOf.get(i) ?? []).map((e) => ({
          key: e.key,
          name: e.name,
          type: e.type,
          start: e.start,
          end: e.end,
          first: tokenAt(tokens, e.start),
          last: tokenAt(tokens, e.end - 1),
        })),
        quotes: direct.filter((q) => q.start < end && start < q.end),
        attribution: attributionOf.get(i) ?? null,
        headline: article.headline?.[i] ?? false,
        published: article.published ?? null,
      });
    });
  });
  return { articles, sentences, byId: new Map(sentences.map((s) => [s.id, s])), aligned };
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/**
 * Points of evidence that two sentences report one fact, per unit of the aligner's probability
 * that they do: a pair the aligner is sure of counts as much as a shared noun and verb.
 */
export const ALIGNMENT_WEIGHT = 2;
