import type { Side } from '../contract';
import type { StorySentence } from './story';

/**
 * A side that is a span of a sentence as written, with no value of its own (a name, a place, a
 * claim), credited to `attribution`.
 *
 * @example spanSide(sentence, 4, 9, 'the police') // { sentence: sentence.id, start: 4, end: 9, value: null, … }
 */
export function spanSide(
  sentence: StorySentence,
  start: number,
  end: number,
  attribution: string | null,
): Side {
  return {
    sentence: sentence.id,
    start,
    end,
    value: null,
    attribution,
    written: sentence.text.slice(start, end),
  };
}

/** A span of a sentence as written, with the value it gives. */
export type WrittenSpan = { sentence: StorySentence; start: number; end: number };

/**
 * The sides of spans that give one thing different values: each article's first span of each
 * value, credited to whom its sentence credits.
 */
export function sidesOncePerValue<T extends WrittenSpan>(
  spans: readonly T[],
  valueOf: (span: T) => string,
): Side[] {
  const seen = new Set<string>();
  const sides: Side[] = [];
  for (const x of spans) {
    const key = `${x.sentence.article} ${valueOf(x)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    sides.push(spanSide(x.sentence, x.start, x.end, x.sentence.attribution?.source ?? null));
  }
  return sides;
}
