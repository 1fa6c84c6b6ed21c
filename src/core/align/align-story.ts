import type { Fact } from '../contract';
import type { Token } from '../types';
import { fnv1a } from '../util/hash';
import { groupFacts } from './group-facts';
import type { SentenceFeatures } from './sentence-features';
import { segmentFeatures, sentenceFeatures, storyNameKeys } from './sentence-features';
import type { GroupingThresholds, SentenceGroup } from './group-facts';
import { pairSignals, textWeights, type StoryWeights, type TextWeights } from './pair-signals';
import { PAIR_MODELS, pairProbability, type PairModels } from './pair-model';
import type { IndexedSentence, ScoredPair } from './similarity';
import { scoreSentencePairs } from './similarity';
import { textProfile, type TextProfile } from './text-profile';

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

/**
 * Probabilities of the pair models (see `pair-model.ts`) at which texts are put together. A
 * pair whose "linked" probability is below `candidate` is not linked at all; a group forms from
 * `join` and a text joins it when it is linked to every member at `average` or more (complete
 * linkage); a linked pair left out of the groups becomes a fact of its own from `extra`. A fact
 * whose pairs' mean "same fact" probability reaches `agree` is an agreement, below it a partial
 * overlap. Chosen on the corpus stories with exhaustive fact groups (docs/decisions).
 */
export const ALIGNMENT_THRESHOLDS: GroupingThresholds & { candidate: number; agree: number } = {
  candidate: 0.5,
  join: 0.5,
  average: 0.5,
  extra: 0.5,
  agree: 0.8,
  linkage: 'complete',
};

/** The aligned story: Facts, and how well any two sentences match (0 when not a candidate). */
export type StoryAlignment = {
  facts: Fact[];
  /** With the sentences each sentence has a score with, so callers can visit only those. */
  pairScore: ((sentenceA: string, sentenceB: string) => number) & {
    partners: (sentence: string) => readonly string[];
  };
};

/** The weighted cosine (see `similarity.ts`) below which a pair is not a candidate. */
const CANDIDATE_COSINE = 0.05;

/**
 * A candidate pair of texts with its signals and the models' probabilities that it reports the
 * same fact (`same`) or a related one (`linked`).
 */
export type PairEvidence = {
  a: number;
  b: number;
  signals: number[];
  linked: number;
  same: number;
};

/**
 * Every pair of texts from different articles that shares a feature, with the pair model's
 * signals and probability. Texts are the story's distinct sentence texts (see `alignStory`).
 */
export function scoreCandidatePairs(
  texts: readonly DistinctText[],
  models: PairModels = PAIR_MODELS,
): PairEvidence[] {
  // Pairs that share less than two features, or under a twentieth in weight, are never linked:
  // scoring them would cost more than the few matches they give (docs/decisions). Headlines
  // are short and say the story's main fact: two of them are always scored.
  const bothHeadlines = (a: number, b: number) => !!texts[a]?.headline && !!texts[b]?.headline;
  const all = scoreSentencePairs(texts, 0, 2);
  const cosines = all.filter((p) => p.score >= CANDIDATE_COSINE || bothHeadlines(p.a, p.b));
  const weights = storyWeights(texts);
  const totals = new Map<number, TextWeights>();
  const totalOf = (i: number): TextWeights => {
    let known = totals.get(i);
    if (!known) {
      known = textWeights((texts[i] as DistinctText).profile, weights);
      totals.set(i, known);
    }
    return known;
  };
  // How closely each text tells the story's main fact: its best match with another article's
  // headline (a headline itself: fully).
  const onMainFact: number[] = texts.map((t) => (t.headline ? 1 : 0));
  for (const p of all) {
    if (texts[p.b]?.headline) onMainFact[p.a] = Math.max(onMainFact[p.a] ?? 0, p.score);
    if (texts[p.a]?.headline) onMainFact[p.b] = Math.max(onMainFact[p.b] ?? 0, p.score);
  }
  return cosines.map((p) => {
    const x = texts[p.a] as DistinctText;
    const y = texts[p.b] as DistinctText;
    const main = Math.min(onMainFact[p.a] ?? 0, onMainFact[p.b] ?? 0);
    const signals = pairSignals(x.profile, y.profile, weights, p.score, main, [
      totalOf(p.a),
      totalOf(p.b),
    ]);
    return {
      a: p.a,
      b: p.b,
      signals,
      linked: pairProbability(signals, models.linked),
      same: pairProbability(signals, models.same),
    };
  });
}

/**
 * Aligns the sentences of all articles into shared Facts (many sources, many-to-many).
 * Boilerplate never enters a fact. The facts are ordered by where each first appears.
 */
export function alignStory(
  articles: readonly (readonly AlignableSentence[])[],
  thresholds: typeof ALIGNMENT_THRESHOLDS = ALIGNMENT_THRESHOLDS,
  models: PairModels = PAIR_MODELS,
): StoryAlignment {
  const texts = distinctTexts(articles);
  const t = thresholds;
  const scored = scoreCandidatePairs(texts, models);
  const evidence = scored.filter((p) => p.linked >= t.candidate);
  const sameOf = new Map(evidence.map((p) => [p.a * texts.length + p.b, p.same]));
  const pairs: ScoredPair[] = evidence
    .map((p) => ({ a: p.a, b: p.b, score: p.linked, shared: 0 }))
    .sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  const groups = groupFacts(texts, pairs, t);
  /** Mean probability of "same fact" over the group's pairs of texts. */
  const sameness = (members: readonly number[]): number => {
    let sum = 0;
    let n = 0;
    members.forEach((x, i) =>
      members.slice(i + 1).forEach((y) => {
        sum += sameOf.get(Math.min(x, y) * texts.length + Math.max(x, y)) ?? 0;
        n++;
      }),
    );
    return n ? sum / n : 0;
  };
  const facts = groups.map((group): Fact & { at: [number, number] } => {
    const copies = factCopies(group, texts);
    const ids = copies.map((c) => c.id);
    const first = copies.reduce((x, y) => (compareCopies(y, x) < 0 ? y : x));
    return {
      id: `fact-${fnv1a(ids.join(' '))}`,
      sentences: ids,
      relation: sameness(group.members) >= t.agree ? 'agree' : 'partial',
      score: Math.round(group.score * 1000) / 1000,
      at: [first.article, first.order],
    };
  });
  facts.sort((x, y) => x.at[0] - y.at[0] || x.at[1] - y.at[1] || x.id.localeCompare(y.id));
  return {
    facts: facts.map(({ at: _at, ...fact }) => fact),
    // Every scored pair, linked or not: detectors weigh how likely two sentences tell one fact.
    pairScore: pairLookup(
      texts,
      scored.map((p) => ({ a: p.a, b: p.b, score: p.linked, shared: 0 })),
    ),
  };
}

/** Inverse document frequencies over every copy of every text, computed once per id. */
function storyWeights(texts: readonly DistinctText[]): StoryWeights {
  const stemDf = new Map<number, number>();
  const conceptDf = new Map<number, number>();
  let n = 0;
  for (const t of texts) {
    const copies = t.articles.length;
    n += copies;
    for (const s of t.profile.stems) stemDf.set(s, (stemDf.get(s) ?? 0) + copies);
    for (const c of t.profile.concepts) conceptDf.set(c, (conceptDf.get(c) ?? 0) + copies);
  }
  const idf = (df: Map<number, number>) => {
    const weights = new Map<number, number>();
    df.forEach((d, id) => weights.set(id, Math.log(1 + n / d)));
    return (id: number) => weights.get(id) ?? 0;
  };
  return { stem: idf(stemDf), concept: idf(conceptDf) };
}

/** One printing of a sentence text: which sentence, where. */
type Copy = { id: string; article: number; order: number };
/** A sentence text once, with every article that prints it and what the pair model reads of it. */
export type DistinctText = IndexedSentence & {
  articles: number[];
  copies: Copy[];
  headline: boolean;
  profile: TextProfile;
};

const compareCopies = (x: Copy, y: Copy): number => x.article - y.article || x.order - y.order;

/**
 * The story's sentence texts, each once with the articles that print it. A line an article
 * repeats (a page title and the same heading below it) is aligned once.
 */
export function distinctTexts(articles: readonly (readonly AlignableSentence[])[]): DistinctText[] {
  const texts: DistinctText[] = [];
  const byKey = new Map<string, DistinctText>();
  const names = storyNameKeys(
    articles.flatMap((sentences) => sentences.filter((s) => !s.boilerplate).map((s) => s.tokens)),
  );
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
      // One text tags and tokenizes one way, so its words and extra features make the key.
      const key = `${tokens.map((t) => t.text).join(' ')}\u0000${extra.join(' ')}`;
      const copy = { id: sentence.id, article, order };
      const known = byKey.get(key);
      if (known) {
        known.articles.push(article);
        known.copies.push(copy);
        known.headline ||= Boolean(sentence.headline);
        return;
      }
      const own = sentenceFeatures(sentence.tokens, names);
      const features = sentence.extraFeatures ? new Map([...own, ...sentence.extraFeatures]) : own;
      if (features.size === 0) return;
      const text: DistinctText = {
        articles: [article],
        features,
        segments: segmentFeatures(sentence.tokens, own, names),
        copies: [copy],
        headline: Boolean(sentence.headline),
        profile: textProfile(sentence.tokens, features, Boolean(sentence.headline), order),
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
  // Pairs keyed by one number: a story's texts are far fewer than 2^26.
  const n = texts.length;
  const keyOf = (x: number, y: number) => Math.min(x, y) * n + Math.max(x, y);
  const scores = new Map<number, number>();
  const partnerTexts = new Map<number, number[]>();
  for (const p of pairs) {
    scores.set(keyOf(p.a, p.b), p.score);
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
    return scores.get(keyOf(x, y)) ?? 0;
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
