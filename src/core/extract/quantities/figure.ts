import type { Token } from '../../types';
import {
  MONEY_SCALE_WORDS,
  PLURAL_SCALE_WORDS,
  SCALE_WORDS,
  readFractionWords,
  readNumberWords,
} from './number-words';
import { readNumeral, readNumeralRange, scaleExactly } from './numeral';
import { currencySign, isCountableUnit } from './units';

/** A figure as written in a sentence's tokens: "$2.3bn", "forty thousand", "an" (hour), "12%". */
export type Figure = {
  /** Token index of the first token (the sign, the currency sign, the article, "half"). */
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
  /** A share written as a fraction ("two-thirds of"): writers round to a simple fraction. */
  approximate: boolean;
  /** Written so that the value is in doubt ("1.500": 1.5 or 1500). */
  uncertain: boolean;
  /** The scale word that multiplied the value (1 when none): "5–10 million" lends it to 5. */
  scale: number;
  /**
   * A range written as one token, "40,000-50,000": `value` is its lower end, `high` its upper
   * end, and `dash` the offset of the dash in the article text.
   */
  range: { high: number; highUncertain: boolean; dash: number } | null;
};

const ARTICLES = new Set(['a', 'an']);
const FEW_WORDS: ReadonlyMap<string, number> = new Map([
  ['several', 3],
  ['few', 3],
]);
/** Signs written apart from the number they sign: "−$120 million", "-€5bn". */
const SIGNS = new Set(['-', '\u2212']);
/** Words written before an amount of Indian rupees: "Rs 5 crore", "INR 400". */
const RUPEE_WORDS = new Set(['rs', 'rs.', 'inr']);

/**
 * Reads the figure that starts at token `i`, or null. `words` are the tokens' lower-cased
 * texts. An article counts as one only before a scale word ("a dozen", "a million") or, when
 * `allowArticle` is set by the caller's context ("nearly an hour", "for a week"), before a unit.
 * Digits are read by `readNumeral`; a scale multiplies exactly ("4.1 million" is 4100000).
 *
 * @example readFigure(tokens('$2.3bn'), ['$', '2.3', 'bn'], 0, false)?.value // 2.3e9
 * @example readFigure(tokens('₹5 crore'), ['₹', '5', 'crore'], 0, false)?.value // 5e7
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
  let sign = 1;
  if (SIGNS.has(first.text) && startsMoney(tokens, words, i + 1) && adjacent(tokens, i, i + 1)) {
    // "lost -$120 million": a sign glued to the money after it, not to a word before it.
    if (adjacent(tokens, i - 1, i)) return null;
    sign = -1;
    j++;
  }
  let currency: string | null = null;
  if (startsMoney(tokens, words, j)) {
    currency = tokens[j]?.kind === 'currency' ? currencySign(tokens[j]?.text ?? '') : '₹';
    j++;
  }
  const base = readBase(tokens, words, j, allowArticle && currency === null);
  if (!base) return null;
  let { value, last } = base;
  let high = base.range?.high ?? null;
  if (words[last + 1] === 'and' && words[last + 2] === 'a' && words[last + 3] === 'half') {
    value += 0.5;
    last += 3;
  }
  let scale = 1;
  const wordScale = base.words ? undefined : SCALE_WORDS.get(words[last + 1] ?? '');
  const moneyScale = currency ? MONEY_SCALE_WORDS.get(words[last + 1] ?? '') : undefined;
  if (wordScale !== undefined) {
    scale = wordScale;
    last++;
    // "₹2.5 lakh crore", "1.5 thousand million": a larger scale right after multiplies again.
    const next = SCALE_WORDS.get(words[last + 1] ?? '');
    if (next !== undefined && next > scale) {
      scale *= next;
      last++;
    }
  } else if (moneyScale !== undefined && adjacent(tokens, last, last + 1)) {
    scale = moneyScale;
    last++;
  }
  if (scale !== 1) {
    value = scaleExactly(value, scale);
    if (high !== null) high = scaleExactly(high, scale);
  }
  let percent = base.percent;
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
  if (!Number.isFinite(value) || (high !== null && !Number.isFinite(high))) return null;
  return {
    first: i,
    last,
    value: sign * value,
    currency,
    percent,
    ...base.flags,
    approximate: base.approximate,
    uncertain: base.uncertain,
    scale,
    range:
      base.range && high !== null
        ? { high: sign * high, highUncertain: base.range.highUncertain, dash: base.range.dash }
        : null,
  };
}

/** A currency sign ("$", "₹") or a rupee word before digits ("Rs 5 crore") at token `j`. */
function startsMoney(tokens: readonly Token[], words: readonly string[], j: number): boolean {
  const t = tokens[j];
  if (!t) return false;
  if (t.kind === 'currency') return true;
  return RUPEE_WORDS.has(words[j] ?? '') && tokens[j + 1]?.kind === 'number';
}

type Base = {
  value: number;
  last: number;
  /** Read from number words, which already took their scale words. */
  words: boolean;
  flags: { needsUnit: boolean; plural: boolean };
  percent: boolean;
  approximate: boolean;
  uncertain: boolean;
  range: { high: number; highUncertain: boolean; dash: number } | null;
};

const PLAIN = { needsUnit: false, plural: false };
const pluralFlags = { needsUnit: false, plural: true };
const unitFlags = { needsUnit: true, plural: false };
const EXTRA = { percent: false, approximate: false, uncertain: false, range: null };

function readBase(
  tokens: readonly Token[],
  words: readonly string[],
  j: number,
  allowArticle: boolean,
): Base | null {
  const token = tokens[j];
  const word = words[j] ?? '';
  if (!token) return null;
  if (token.kind === 'number') return readDigits(token, j);
  const fraction = readFraction(tokens, words, j);
  if (fraction) return fraction;
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
      return { value: plural * inner, last: j + 2, words: true, flags: pluralFlags, ...EXTRA };
    }
    return { value: plural, last: j, words: true, flags: pluralFlags, ...EXTRA };
  }
  const few = FEW_WORDS.get(word);
  if (few !== undefined && (SCALE_WORDS.has(next) || next === 'dozen')) {
    const read = readNumberWords(words, j + 1);
    if (read)
      return {
        value: few * read.value,
        last: j + read.length,
        words: true,
        flags: pluralFlags,
        ...EXTRA,
      };
  }
  if (word === 'half' && ARTICLES.has(next)) {
    const scale = SCALE_WORDS.get(words[j + 2] ?? '');
    if (scale !== undefined)
      return { value: scale / 2, last: j + 2, words: true, flags: PLAIN, ...EXTRA };
    if (isCountableUnit(tokens[j + 2]?.lemma ?? '')) {
      return { value: 0.5, last: j + 1, words: true, flags: unitFlags, ...EXTRA };
    }
    return null;
  }
  if (ARTICLES.has(word)) {
    if (SCALE_WORDS.has(next) || next === 'dozen') {
      const read = readNumberWords(words, j + 1);
      if (read)
        return { value: read.value, last: j + read.length, words: true, flags: PLAIN, ...EXTRA };
    }
    if (allowArticle && isCountableUnit(tokens[j + 1]?.lemma ?? '') && next !== 'second') {
      return { value: 1, last: j, words: true, flags: unitFlags, ...EXTRA };
    }
    return null;
  }
  const read = readNumberWords(words, j);
  if (!read) return null;
  return { value: read.value, last: j + read.length - 1, words: true, flags: PLAIN, ...EXTRA };
}

/** Digits, one number ("1,00,000", "−15", "2½") or a range in one token ("40,000-50,000"). */
function readDigits(token: Token, j: number): Base | null {
  const numeral = readNumeral(token.text);
  if (numeral) {
    return {
      value: numeral.value,
      last: j,
      words: false,
      flags: PLAIN,
      ...EXTRA,
      uncertain: numeral.uncertain,
    };
  }
  const range = readNumeralRange(token.text);
  if (!range) return null;
  return {
    value: range.low.value,
    last: j,
    words: false,
    flags: PLAIN,
    ...EXTRA,
    uncertain: range.low.uncertain,
    range: {
      high: range.high.value,
      highUncertain: range.high.uncertain,
      dash: token.start + range.dash,
    },
  };
}

/**
 * "two-thirds of the voters", "a quarter of the budget", "half of them": a share, read as a
 * percentage, approximate; "three quarters of an hour": a fraction of the unit that follows.
 * Words are a fraction only when hyphenated or followed by "of" ("a third round" is not).
 */
function readFraction(tokens: readonly Token[], words: readonly string[], j: number): Base | null {
  const read =
    words[j] === 'half' && words[j + 1] === 'of' && !ARTICLES.has(words[j - 1] ?? '')
      ? { value: 0.5, length: 1, hyphenated: false }
      : readFractionWords(words, j);
  if (!read) return null;
  const last = j + read.length - 1;
  const of = words[last + 1] === 'of';
  if (!of && !read.hyphenated) return null;
  if (of && ARTICLES.has(words[last + 2] ?? '') && isCountableUnit(tokens[last + 3]?.lemma ?? '')) {
    return { value: read.value, last: last + 2, words: true, flags: unitFlags, ...EXTRA };
  }
  return {
    value: Number((read.value * 100).toPrecision(15)),
    last,
    words: true,
    flags: PLAIN,
    ...EXTRA,
    percent: true,
    approximate: true,
  };
}

function adjacent(tokens: readonly Token[], a: number, b: number): boolean {
  const left = tokens[a];
  const right = tokens[b];
  return left !== undefined && right !== undefined && left.end === right.start;
}
