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
