import type { Disagreement } from '../contract';
import { fnv1a } from '../util/hash';
import type { AlignmentLookup } from './numeric';

/** A day-precise date in a sentence. */
export type DatedSentence = {
  article: number;
  sentence: string;
  start: number;
  end: number;
  date: string | null;
};

/** Sentences must match at least this well to be read as reports of one event. */
const SAME_EVENT = 0.35;

/**
 * The same event given different days by different articles: two strongly aligned sentences,
 * each with exactly one day-precise date, and the dates differ.
 */
export function findDateDisagreements(
  dated: readonly DatedSentence[],
  aligned: AlignmentLookup,
): Disagreement[] {
  const bySentence = new Map<string, DatedSentence[]>();
  for (const d of dated) bySentence.set(d.sentence, [...(bySentence.get(d.sentence) ?? []), d]);
  const single = [...bySentence.values()].filter((list) => list.length === 1).map((l) => l[0]);
  const out: Disagreement[] = [];
  single.forEach((a, i) => {
    single.slice(i + 1).forEach((b) => {
      if (!a || !b || a.article === b.article || a.date === b.date) return;
      if (aligned(a.sentence, b.sentence) < SAME_EVENT) return;
      const sides = [a, b].map((d) => ({
        sentence: d.sentence,
        start: d.start,
        end: d.end,
        value: null,
        attribution: null,
      }));
      out.push({
        id: `date-${fnv1a(sides.map((s) => `${s.sentence}@${s.start}`).join(' '))}`,
        kind: 'date',
        summary: `Date of the event: ${a.date ?? '?'} vs ${b.date ?? '?'}`,
        sides,
      });
    });
  });
  return out;
}
