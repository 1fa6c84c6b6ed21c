import type { Fact } from '../contract';
import type { Token } from '../types';
import { fnv1a } from '../util/hash';
import { groupFacts } from './group-facts';
import type { SentenceFeatures } from './sentence-features';
import { sentenceFeatures } from './sentence-features';
import type { IndexedSentence } from './similarity';
import { scoreSentencePairs } from './similarity';

/** One sentence offered to the aligner. */
export type AlignableSentence = {
  id: string;
  boilerplate: boolean;
  tokens: readonly Token[];
  /** Features the caller knows beyond the tokens: resolved dates, quantity values. */
  extraFeatures?: SentenceFeatures;
};

/** Scores chosen on the seed story and the ECB+ corpus (see docs/decisions). */
export const ALIGNMENT_THRESHOLDS = {
  /** No pair below this is considered at all. */
  candidate: 0.12,
  join: 0.2,
  average: 0.14,
  extra: 0.26,
  /** A fact whose sentences match this well is an agreement; below, a partial overlap. */
  agree: 0.45,
};

/**
 * Aligns the sentences of all articles into shared Facts (many sources, many-to-many).
 * Boilerplate never enters a fact. The result is ordered by where each fact first appears.
 */
export function alignStory(articles: readonly (readonly AlignableSentence[])[]): Fact[] {
  const indexed: IndexedSentence[] = [];
  articles.forEach((sentences, article) => {
    sentences.forEach((sentence, order) => {
      if (sentence.boilerplate) return;
      const features = sentenceFeatures(sentence.tokens);
      for (const [key, kind] of sentence.extraFeatures ?? []) features.set(key, kind);
      if (features.size === 0) return;
      indexed.push({ id: sentence.id, article, order, features });
    });
  });
  const t = ALIGNMENT_THRESHOLDS;
  const pairs = scoreSentencePairs(indexed, t.candidate);
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
      relation: group.score >= t.agree && group.kind === 'group' ? 'agree' : 'partial',
      score: Math.round(group.score * 1000) / 1000,
      at,
    };
  });
  facts.sort((x, y) => x.at[0] - y.at[0] || x.at[1] - y.at[1] || x.id.localeCompare(y.id));
  return facts.map(({ at: _at, ...fact }) => fact);
}
