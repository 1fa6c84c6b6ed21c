import type { Disagreement, Side } from '../../contract';
import { fnv1a } from '../../util/hash';
import type { Stance } from './agreement-stance';

/** A stance found in one sentence, with whom the article credits it to. */
export type StanceFinding = Stance & {
  article: number;
  sentence: string;
  attribution: string | null;
  /** The words of the stance, for the summary. */
  words: string;
};

/**
 * Opposite accounts of whether the parties are coming to terms ("no signs of agreement" vs
 * "getting closer in our positions"), from different articles or different sources: one
 * Disagreement holding every stance on both sides.
 */
export function findStanceDisagreements(stances: readonly StanceFinding[]): Disagreement[] {
  const positive = stances.filter((s) => s.polarity > 0);
  const negative = stances.filter((s) => s.polarity < 0);
  const opposed = (a: StanceFinding, b: StanceFinding): boolean =>
    a.article !== b.article ||
    (!!a.attribution && !!b.attribution && a.attribution !== b.attribution);
  const involved = new Set<StanceFinding>();
  for (const n of negative)
    for (const p of positive)
      if (opposed(n, p)) {
        involved.add(n);
        involved.add(p);
      }
  if (involved.size === 0) return [];
  const members = stances.filter((s) => involved.has(s));
  const sides: Side[] = members.map((s) => ({
    sentence: s.sentence,
    start: s.start,
    end: s.end,
    value: null,
    attribution: s.attribution,
  }));
  const quoteOf = (polarity: number) =>
    members
      .filter((s) => s.polarity === polarity)
      .map((s) => `“${s.words}”`)
      .join(', ');
  return [
    {
      id: `qualitative-${fnv1a(sides.map((s) => `${s.sentence}@${s.start}`).join(' '))}`,
      kind: 'qualitative',
      summary: `Whether the sides are coming to terms: ${quoteOf(-1)} vs ${quoteOf(1)}`,
      sides,
    },
  ];
}
