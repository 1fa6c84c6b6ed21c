import type { Token } from '../types';
import {
  MONEY_SCALE_WORDS,
  PLURAL_SCALE_WORDS,
  SCALE_WORDS,
  parseDigits,
  readNumberWords,
} from './number-words';
import { currencySign, isCountableUnit } from './units';

/** A figure as written in a sentence's tokens: "$2.3bn", "forty thousand", "an" (hour), "12%". */
export type Figure = {
  /** Token index of the first token (the currency sign, the article, "half"). */
  first: number;
  /** Token index of the last token (the number, its scale word or its percent sign). */
  last: number;
  value: number;
  /** Unit sign of money ("$", "€"), or null. */
  currency: string | null;
  percent: boolean;
  /** Counted by an article or "half" ("an hour", "half an hour"): a unit must follow. */
  needsUnit: boolean;
  /** An order of magnitude ("dozens of", "tens of thousands of"): a lower bound. */
  plural: boolean;
};

const ARTICLES = new Set(['a', 'an']);
const FEW_WORDS: ReadonlyMap<string, number> = new Map([
  ['several', 3],
  ['few', 3],
]);

/**
 * Reads the figure that starts at token `i`, or null. `words` are the tokens' lower-cased
 * texts. An article counts as one only before a scale word ("a dozen", "a million") or, when
 * `allowArticle` is set by the caller's context ("nearly an hour", "for a week"), before a unit.
 *
 * @example readFigure(tokens('$2.3bn'), ['$', '2.3', 'bn'], 0, false)?.value // 2.3e9
 */
export function readFigure(
  tokens: readonly Token[],
  words: readonly string[],
  i: number,
  allowArticle: boolean,
): Figure | null {
  const first = tokens[i];
  if (!first) return null;
  let j = i;
  let currency: string | null = null;
  if (first.kind === 'currency') {
    currency = currencySign(first.text);
    j++;
  }
  const base = readBase(tokens, words, j, allowArticle && currency === null);
  if (!base) return null;
  let { value, last } = base;
  if (words[last + 1] === 'and' && words[last + 2] === 'a' && words[last + 3] === 'half') {
    value += 0.5;
    last += 3;
  }
  const scale = SCALE_WORDS.get(words[last + 1] ?? '');
  const moneyScale = currency ? MONEY_SCALE_WORDS.get(words[last + 1] ?? '') : undefined;
  if (!base.words && scale !== undefined) {
    value *= scale;
    last++;
  } else if (moneyScale !== undefined && adjacent(tokens, last, last + 1)) {
    value *= moneyScale;
    last++;
  }
  let percent = false;
  if (
    tokens[last + 1]?.text === '%' ||
    words[last + 1] === 'percent' ||
    words[last + 1] === 'pct'
  ) {
    percent = true;
    last++;
  } else if (words[last + 1] === 'per' && words[last + 2] === 'cent') {
    percent = true;
    last += 2;
  }
  // A run of hundreds of digits overflows to Infinity: not a figure anyone can report or compare.
  if (!Number.isFinite(value)) return null;
  return { first: i, last, value, currency, percent, ...base.flags };
}

type Base = {
  value: number;
  last: number;
  /** Read from number words, which already took their scale words. */
  words: boolean;
  flags: { needsUnit: boolean; plural: boolean };
};

const PLAIN = { needsUnit: false, plural: false };
const pluralFlags = { needsUnit: false, plural: true };
const unitFlags = { needsUnit: true, plural: false };

function readBase(
  tokens: readonly Token[],
  words: readonly string[],
  j: number,
  allowArticle: boolean,
): Base | null {
  const token = tokens[j];
  const word = words[j] ?? '';
  if (!token) return null;
  if (token.kind === 'number') {
    const value = parseDigits(token.text);
    return value === null ? null : { value, last: j, words: false, flags: PLAIN };
  }
  const next = words[j + 1] ?? '';
  const plural = PLURAL_SCALE_WORDS.get(word);
  if (plural !== undefined && next === 'of') {
    // "tens of thousands of", "hundreds of millions of"
    const inner = SCALE_WORDS.get((words[j + 2] ?? '').replace(/s$/, ''));
    if (
      inner !== undefined &&
      PLURAL_SCALE_WORDS.has(words[j + 2] ?? '') &&
      words[j + 3] === 'of'
    ) {
      return { value: plural * inner, last: j + 2, words: true, flags: pluralFlags };
    }
    return { value: plural, last: j, words: true, flags: pluralFlags };
  }
  const few = FEW_WORDS.get(word);
  if (few !== undefined && (SCALE_WORDS.has(next) || next === 'dozen')) {
    const read = readNumberWords(words, j + 1);
    if (read)
      return { value: few * read.value, last: j + read.length, words: true, flags: pluralFlags };
  }
  if (word === 'half' && ARTICLES.has(next)) {
    const scale = SCALE_WORDS.get(words[j + 2] ?? '');
    if (scale !== undefined) return { value: scale / 2, last: j + 2, words: true, flags: PLAIN };
    if (isCountableUnit(tokens[j + 2]?.lemma ?? '')) {
      return { value: 0.5, last: j + 1, words: true, flags: unitFlags };
    }
    return null;
  }
  if (ARTICLES.has(word)) {
    if (SCALE_WORDS.has(next) || next === 'dozen') {
      const read = readNumberWords(words, j + 1);
      if (read) return { value: read.value, last: j + read.length, words: true, flags: PLAIN };
    }
    if (allowArticle && isCountableUnit(tokens[j + 1]?.lemma ?? '') && next !== 'second') {
      return { value: 1, last: j, words: true, flags: unitFlags };
    }
    return null;
  }
  const read = readNumberWords(words, j);
  if (!read) return null;
  return { value: read.value, last: j + read.length - 1, words: true, flags: PLAIN };
}

function adjacent(tokens: readonly Token[], a: number, b: number): boolean {
  const left = tokens[a];
  const right = tokens[b];
  return left !== undefined && right !== undefined && left.end === right.start;
}
