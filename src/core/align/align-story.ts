import type { Fact } from '../contract';
import type { Token } from '../types';
import { fnv1a } from '../util/hash';
import { groupFacts } from './group-facts';
import type { SentenceFeatures } from './sentence-features';
import { segmentFeatures, sentenceFeatures } from './sentence-features';
import type { SentenceGroup } from './group-facts';
import type { IndexedSentence, ScoredPair } from './similarity';
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
  const texts = distinctTexts(articles);
  const t = thresholds;
  const pairs = scoreSentencePairs(texts, Math.max(0, t.candidate - t.headlineBonus))
    .map((p) =>
      texts[p.a]?.headline && texts[p.b]?.headline
        ? { ...p, score: Math.min(1, p.score + t.headlineBonus) }
        : p,
    )
    .filter((p) => p.score >= t.candidate)
    .sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  const groups = groupFacts(texts, pairs, t);
  const facts = groups.map((group): Fact & { at: [number, number] } => {
    const copies = factCopies(group, texts);
    const ids = copies.map((c) => c.id);
    const first = copies.reduce((x, y) => (compareCopies(y, x) < 0 ? y : x));
    return {
      id: `fact-${fnv1a(ids.join(' '))}`,
      sentences: ids,
      relation: group.score >= t.agree ? 'agree' : 'partial',
      score: Math.round(group.score * 1000) / 1000,
      at: [first.article, first.order],
    };
  });
  facts.sort((x, y) => x.at[0] - y.at[0] || x.at[1] - y.at[1] || x.id.localeCompare(y.id));
  return {
    facts: facts.map(({ at: _at, ...fact }) => fact),
    pairScore: pairLookup(texts, pairs),
  };
}

/** One printing of a sentence text: which sentence, where. */
type Copy = { id: string; article: number; order: number };
type DistinctText = IndexedSentence & { articles: number[]; copies: Copy[]; headline: boolean };

const compareCopies = (x: Copy, y: Copy): number => x.article - y.article || x.order - y.order;

/**
 * The story's sentence texts, each once with the articles that print it. A line an article
 * repeats (a page title and the same heading below it) is aligned once.
 */
function distinctTexts(articles: readonly (readonly AlignableSentence[])[]): DistinctText[] {
  const texts: DistinctText[] = [];
  const byKey = new Map<string, DistinctText>();
  articles.forEach((sentences, article) => {
    const seenInArticle = new Set<string>();
    sentences.forEach((sentence, order) => {
      if (sentence.boilerplate) return;
      const words = sentence.tokens.map((t) => t.lower).join(' ');
      if (seenInArticle.has(words)) return;
      seenInArticle.add(words);
      // Features follow from the tokens, their tags and the extra features (resolved dates may
      // differ between copies of one wording), so equal keys mean equal features.
      const { tokens } = sentence;
      const extra = sentence.extraFeatures ? [...sentence.extraFeatures.keys()].sort() : [];
      const key = [
        tokens.map((t) => t.text).join(' '),
        tokens.map((t) => t.pos).join(' '),
        extra.join(' '),
      ].join('\u0000');
      const copy = { id: sentence.id, article, order };
      const known = byKey.get(key);
      if (known) {
        known.articles.push(article);
        known.copies.push(copy);
        known.headline ||= Boolean(sentence.headline);
        return;
      }
      const own = sentenceFeatures(sentence.tokens);
      const features = sentence.extraFeatures ? new Map([...own, ...sentence.extraFeatures]) : own;
      if (features.size === 0) return;
      const text: DistinctText = {
        articles: [article],
        features,
        segments: segmentFeatures(sentence.tokens, own),
        copies: [copy],
        headline: Boolean(sentence.headline),
      };
      byKey.set(key, text);
      texts.push(text);
    });
  });
  return texts;
}

/**
 * The sentences of a group: every copy of its texts. An extra pair of two texts links one copy
 * of each (the first, and the first of the other text in another article), not every copy.
 */
function factCopies(group: SentenceGroup, texts: readonly DistinctText[]): Copy[] {
  const members = group.members.map((i) => texts[i]?.copies ?? []);
  if (group.kind === 'group') return members.flat().sort(compareCopies);
  const [xs = [], ys = []] = members;
  for (const x of xs) {
    const y = ys.find((c) => c.article !== x.article);
    if (y) return [x, y].sort(compareCopies);
  }
  return [];
}

/** How well any two sentences match, and which sentences each has a score with. */
function pairLookup(
  texts: readonly DistinctText[],
  pairs: readonly ScoredPair[],
): StoryAlignment['pairScore'] {
  const textOf = new Map<string, number>();
  const articleOf = new Map<string, number>();
  texts.forEach((text, i) =>
    text.copies.forEach((c) => {
      textOf.set(c.id, i);
      articleOf.set(c.id, c.article);
    }),
  );
  const scores = new Map<string, number>();
  const partnerTexts = new Map<number, number[]>();
  for (const p of pairs) {
    scores.set(`${Math.min(p.a, p.b)} ${Math.max(p.a, p.b)}`, p.score);
    for (const [one, other] of [
      [p.a, p.b],
      [p.b, p.a],
    ] as const) {
      const list = partnerTexts.get(one);
      if (list) list.push(other);
      else partnerTexts.set(one, [other]);
    }
  }
  const pairScore = (a: string, b: string): number => {
    const x = textOf.get(a);
    const y = textOf.get(b);
    if (x === undefined || y === undefined || articleOf.get(a) === articleOf.get(b)) return 0;
    if (x === y) return 1;
    return scores.get(`${Math.min(x, y)} ${Math.max(x, y)}`) ?? 0;
  };
  // Callers ask once per figure or date of a sentence: each sentence's list is built once.
  const partnersOf = new Map<string, string[]>();
  const partners = (sentence: string): string[] => {
    const known = partnersOf.get(sentence);
    if (known) return known;
    const x = textOf.get(sentence);
    if (x === undefined) return [];
    const article = articleOf.get(sentence);
    const found = [x, ...(partnerTexts.get(x) ?? [])]
      .flatMap((i) => texts[i]?.copies ?? [])
      .filter((c) => c.article !== article)
      .map((c) => c.id);
    partnersOf.set(sentence, found);
    return found;
  };
  return Object.assign(pairScore, { partners });
}
