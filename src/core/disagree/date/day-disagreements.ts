import type { Disagreement } from '../../contract';
import { fnv1a } from '../../util/hash';
import type { AlignmentLookup } from '../story';

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
  for (const d of dated) {
    const list = bySentence.get(d.sentence);
    if (list) list.push(d);
    else bySentence.set(d.sentence, [d]);
  }
  const single = [...bySentence.values()].filter((list) => list.length === 1).map((l) => l[0]);
  const position = new Map(single.map((d, i) => [d?.sentence ?? '', i]));
  // Only aligned sentences can disagree: with a list of them, visit those pairs alone.
  const { partners } = aligned;
  const later = (i: number, sentence: string): (DatedSentence | undefined)[] =>
    partners
      ? partners(sentence)
          .map((s) => position.get(s) ?? -1)
          .filter((k) => k > i)
          .sort((x, y) => x - y)
          .map((k) => single[k])
      : single.slice(i + 1);
  const out: Disagreement[] = [];
  single.forEach((a, i) => {
    later(i, a?.sentence ?? '').forEach((b) => {
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
