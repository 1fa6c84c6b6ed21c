import type { Fact } from '../contract';
import type { Token } from '../types';
import { fnv1a } from '../util/hash';
import { groupFacts } from './group-facts';
import type { SentenceFeatures } from './sentence-features';
import { segmentFeatures, sentenceFeatures } from './sentence-features';
import type { IndexedSentence } from './similarity';
import { scoreSentencePairs } from './similarity';

/** One sentence offered to the aligner. */
export type AlignableSentence = {
  id: string;
  boilerplate: boolean;
  /** The article's headline: headlines of one story are matched with a bonus. */
  headline?: boolean;
  tokens: readonly Token[];
  /** Features the caller knows beyond the tokens: resolved dates, quantity values. */
  extraFeatures?: SentenceFeatures;
};

/** Scores chosen on the seed story and the ECB+ corpus (see docs/decisions). */
export const ALIGNMENT_THRESHOLDS = {
  /** No pair below this is considered at all. */
  candidate: 0.12,
  join: 0.15,
  average: 0.1,
  extra: 0.15,
  /** A fact whose sentences match this well is an agreement; below, a partial overlap. */
  agree: 0.24,
  /** Added to the score of two headlines: the one sentence each outlet writes about the event. */
  headlineBonus: 0.15,
};

/** The aligned story: Facts, and how well any two sentences match (0 when not a candidate). */
export type StoryAlignment = {
  facts: Fact[];
  /** With the sentences each sentence has a score with, so callers can visit only those. */
  pairScore: ((sentenceA: string, sentenceB: string) => number) & {
    partners: (sentence: string) => readonly string[];
  };
};

/**
 * Aligns the sentences of all articles into shared Facts (many sources, many-to-many).
 * Boilerplate never enters a fact. The facts are ordered by where each first appears.
 */
export function alignStory(
  articles: readonly (readonly AlignableSentence[])[],
  thresholds: typeof ALIGNMENT_THRESHOLDS = ALIGNMENT_THRESHOLDS,
): StoryAlignment {
  const indexed: IndexedSentence[] = [];
  const headlines = new Set<string>();
  articles.forEach((sentences, article) => {
    // A line an article repeats (a page title and the same heading below it) is aligned once.
    const seenTexts = new Set<string>();
    sentences.forEach((sentence, order) => {
      if (sentence.boilerplate) return;
      const text = sentence.tokens.map((t) => t.lower).join(' ');
      if (seenTexts.has(text)) return;
      seenTexts.add(text);
      const features = sentenceFeatures(sentence.tokens);
      for (const [key, kind] of sentence.extraFeatures ?? []) features.set(key, kind);
      if (features.size === 0) return;
      indexed.push({
        id: sentence.id,
        article,
        order,
        features,
        segments: segmentFeatures(sentence.tokens),
      });
      if (sentence.headline) headlines.add(sentence.id);
    });
  });
  const t = thresholds;
  const isHeadline = (i: number) => headlines.has(indexed[i]?.id ?? '');
  const pairs = scoreSentencePairs(indexed, Math.max(0, t.candidate - t.headlineBonus))
    .map((p) =>
      isHeadline(p.a) && isHeadline(p.b)
        ? { ...p, score: Math.min(1, p.score + t.headlineBonus) }
        : p,
    )
    .filter((p) => p.score >= t.candidate)
    .sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  const groups = groupFacts(indexed, pairs, t);
  const position = (i: number): [number, number] => [
    indexed[i]?.article ?? 0,
    indexed[i]?.order ?? 0,
  ];
  const facts = groups.map((group): Fact & { at: [number, number] } => {
    const ids = group.members.map((i) => indexed[i]?.id ?? '');
    const at = group.members.map(position).sort((x, y) => x[0] - y[0] || x[1] - y[1])[0] ?? [0, 0];
    return {
      id: `fact-${fnv1a(ids.join(' '))}`,
      sentences: ids,
      relation: group.score >= t.agree ? 'agree' : 'partial',
      score: Math.round(group.score * 1000) / 1000,
      at,
    };
  });
  facts.sort((x, y) => x.at[0] - y.at[0] || x.at[1] - y.at[1] || x.id.localeCompare(y.id));
  const scores = new Map<string, number>();
  const partners = new Map<string, string[]>();
  for (const p of pairs) {
    const a = indexed[p.a]?.id ?? '';
    const b = indexed[p.b]?.id ?? '';
    scores.set(a < b ? `${a} ${b}` : `${b} ${a}`, p.score);
    for (const [one, other] of [
      [a, b],
      [b, a],
    ] as const) {
      const list = partners.get(one);
      if (list) list.push(other);
      else partners.set(one, [other]);
    }
  }
  const pairScore = (a: string, b: string): number =>
    scores.get(a < b ? `${a} ${b}` : `${b} ${a}`) ?? 0;
  return {
    facts: facts.map(({ at: _at, ...fact }) => fact),
    pairScore: Object.assign(pairScore, { partners: (s: string) => partners.get(s) ?? [] }),
  };
}
