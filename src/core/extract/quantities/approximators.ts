import type { QuantityBound } from '../types';
import { pushTo } from '../../util/multimap';

/** A qualifier before a figure: "nearly", "at least", "more than", "an estimated". */
export type Qualifier = {
  /** Token index of its first word. */
  first: number;
  /** Number of words. */
  length: number;
  bound: QuantityBound;
};

type Pattern = { words: readonly string[]; bound: QuantityBound };

const pattern = (phrase: string, bound: QuantityBound): Pattern => ({
  words: phrase.split(' '),
  bound,
});

/** Longest phrases first, so "no more than" wins over "more than". */
const PATTERNS: readonly Pattern[] = [
  pattern('no fewer than', 'min'),
  pattern('no less than', 'min'),
  pattern('in excess of', 'min'),
  pattern('no more than', 'max'),
  pattern('not more than', 'max'),
  pattern('as many as', 'max'),
  pattern('as much as', 'max'),
  pattern('as few as', 'min'),
  pattern('at least', 'min'),
  pattern('more than', 'min'),
  pattern('upwards of', 'min'),
  pattern('just over', 'min'),
  pattern('well over', 'min'),
  pattern('up to', 'max'),
  pattern('at most', 'max'),
  pattern('less than', 'max'),
  pattern('fewer than', 'max'),
  pattern('just under', 'max'),
  pattern('close to', 'max'),
  pattern('an estimated', 'around'),
  pattern('over', 'min'),
  pattern('above', 'min'),
  pattern('nearly', 'max'),
  pattern('almost', 'max'),
  pattern('under', 'max'),
  pattern('about', 'around'),
  pattern('around', 'around'),
  pattern('roughly', 'around'),
  pattern('approximately', 'around'),
  pattern('approx.', 'around'),
  pattern('circa', 'around'),
  pattern('ca.', 'around'),
  pattern('some', 'around'),
  pattern('estimated', 'around'),
];

/** The patterns by their last word (every token is asked; most match none), longest first. */
const PATTERNS_BY_LAST_WORD = new Map<string, Pattern[]>();
for (const p of PATTERNS) {
  const last = p.words.at(-1) ?? '';
  pushTo(PATTERNS_BY_LAST_WORD, last, p);
}

/**
 * The qualifier that ends right before the figure at token `figureFirst`, or null.
 * `words` are the sentence's lower-cased token texts.
 *
 * @example readQualifier(['spoke', 'for', 'nearly', 'an', 'hour'], 3)
 *   // { first: 2, length: 1, bound: 'max' }
 */
export function readQualifier(words: readonly string[], figureFirst: number): Qualifier | null {
  for (const p of PATTERNS_BY_LAST_WORD.get(words[figureFirst - 1] ?? '') ?? []) {
    const first = figureFirst - p.words.length;
    if (first < 0) continue;
    if (p.words.every((w, k) => words[first + k] === w)) {
      return { first, length: p.words.length, bound: p.bound };
    }
  }
  return null;
}
