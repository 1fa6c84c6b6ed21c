/**
 * Number grammar on lower-cased words: digit strings (read by `numeral.ts`), cardinal number
 * words ("forty thousand", "one hundred and twenty", "twenty-five"), scale words ("million",
 * "bn", "lakh", "crore") and fractions in words ("two-thirds", "a quarter"). Works on plain
 * strings so it can be tested without a tokenizer.
 */
import { readNumeral } from './numeral';

const UNIT_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
]);

const TENS_WORDS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
]);

/** Scale words that multiply a figure before them ("1.5 million", "$2.3bn", "forty thousand"). */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['hundred', 1e2],
  ['thousand', 1e3],
  ['million', 1e6],
  ['mln', 1e6],
  ['mn', 1e6],
  ['billion', 1e9],
  ['bn', 1e9],
  ['bln', 1e9],
  ['trillion', 1e12],
  ['tn', 1e12],
  ['trn', 1e12],
  // Indian English: a lakh is a hundred thousand, a crore ten million ("₹5 crore" = 5e7).
  ['lakh', 1e5],
  ['lakhs', 1e5],
  ['lac', 1e5],
  ['lacs', 1e5],
  ['crore', 1e7],
  ['crores', 1e7],
]);

/** Scale abbreviations that only count after a currency sign ("$5m", "€20k"). */
export const MONEY_SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['m', 1e6],
  ['k', 1e3],
  ['b', 1e9],
]);

/**
 * Plural scale nouns that give an order of magnitude ("dozens of", "hundreds of"): the value is
 * a conservative lower bound (two of them).
 */
export const PLURAL_SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['dozens', 24],
  ['scores', 40],
  ['tens', 20],
  ['hundreds', 200],
  ['thousands', 2000],
  ['millions', 2e6],
  ['billions', 2e9],
  ['lakhs', 2e5],
  ['crores', 2e7],
]);

/** Denominators of fractions in words, singular and plural: "a third", "two-thirds". */
export const FRACTION_WORDS: ReadonlyMap<string, number> = new Map([
  ['half', 2],
  ['halves', 2],
  ['third', 3],
  ['thirds', 3],
  ['quarter', 4],
  ['quarters', 4],
  ['fourth', 4],
  ['fourths', 4],
  ['fifth', 5],
  ['fifths', 5],
  ['sixth', 6],
  ['sixths', 6],
  ['eighth', 8],
  ['eighths', 8],
  ['tenth', 10],
  ['tenths', 10],
]);

/**
 * The value of a digit string, or null when it is not a plain figure (dates, times, scores,
 * ranges and codes are not: "30.03.2014", "1:30", "5-3", "12/16/08"). See `readNumeral` for
 * the forms read, and for whether the value is in doubt.
 *
 * @example parseDigits('100,000') // 100000
 * @example parseDigits('1,00,000') // 100000
 * @example parseDigits('4.4') // 4.4
 * @example parseDigits('1:30') // null
 */
export function parseDigits(text: string): number | null {
  return readNumeral(text)?.value ?? null;
}

/** The result of reading a run of number words: the value and how many words it used. */
export type WordNumber = { value: number; length: number };

/**
 * Reads the longest cardinal number written in words starting at `words[from]`, allowing
 * "and" after a hundred or a scale ("one hundred and twenty") and a hyphen between tens and
 * units ("twenty", "-", "five"). Words must be lower-cased; returns null when none starts there.
 *
 * @example readNumberWords(['forty', 'thousand', 'troops'], 0) // { value: 40000, length: 2 }
 * @example readNumberWords(['two', 'dozen'], 0) // { value: 24, length: 2 }
 */
export function readNumberWords(words: readonly string[], from: number): WordNumber | null {
  let total = 0;
  let current = 0;
  let end = from;
  let last: 'unit' | 'tens' | 'hundred' | 'scale' | null = null;
  for (let j = from; j < words.length; j++) {
    const w = words[j] ?? '';
    const next = words[j + 1] ?? '';
    const unit = UNIT_WORDS.get(w);
    const tens = TENS_WORDS.get(w);
    const scale = SCALE_WORDS.get(w);
    if (unit !== undefined) {
      if (last === 'unit' || (last === 'tens' && unit >= 10)) break;
      current += unit;
      last = 'unit';
    } else if (tens !== undefined) {
      if (last === 'unit' || last === 'tens') break;
      current += tens;
      last = 'tens';
    } else if (w === 'hundred') {
      if (last === 'hundred' || current >= 100) break;
      current = (current || 1) * 100;
      last = 'hundred';
    } else if (w === 'dozen') {
      current = (current || 1) * 12;
      last = 'scale';
    } else if (scale !== undefined) {
      if (last === null) break;
      // "one lakh crore", "a thousand million": a larger scale right after a scale multiplies.
      if (last === 'scale' && current === 0 && total < scale) {
        total *= scale;
        end = j + 1;
        continue;
      }
      total += (current || 1) * scale;
      current = 0;
      last = 'scale';
    } else if (w === '-' && last === 'tens' && (UNIT_WORDS.get(next) ?? 10) < 10) {
      continue;
    } else if (w === 'and' && (last === 'hundred' || last === 'scale') && startsNumber(next)) {
      continue;
    } else {
      break;
    }
    end = j + 1;
  }
  if (end === from) return null;
  return { value: total + current, length: end - from };
}

function startsNumber(word: string): boolean {
  return UNIT_WORDS.has(word) || TENS_WORDS.has(word);
}

/** A fraction read from words: its value and how many words it used. */
export type WordFraction = { value: number; length: number; hyphenated: boolean };

/**
 * Reads a fraction written in words at `words[from]`: a numerator ("a", "one", "two", …,
 * "nine"), an optional hyphen, and a denominator ("third", "quarters"): "two-thirds", "a
 * quarter", "three fifths". Proper fractions only. Whether the words are a fraction at all ("a
 * third of the votes", not "a third round") is for the caller to tell from what follows.
 *
 * @example readFractionWords(['two', '-', 'thirds', 'of'], 0) // { value: 2 / 3, length: 3, hyphenated: true }
 * @example readFractionWords(['a', 'quarter', 'of'], 0) // { value: 0.25, length: 2, hyphenated: false }
 */
export function readFractionWords(words: readonly string[], from: number): WordFraction | null {
  const first = words[from] ?? '';
  const numerator = first === 'a' || first === 'an' ? 1 : UNIT_WORDS.get(first);
  if (numerator === undefined || numerator === 0) return null;
  let k = from + 1;
  const hyphenated = words[k] === '-';
  if (hyphenated) k++;
  const denominator = FRACTION_WORDS.get(words[k] ?? '');
  if (denominator === undefined || numerator >= denominator) return null;
  if (hyphenated && (first === 'a' || first === 'an')) return null;
  return { value: numerator / denominator, length: k - from + 1, hyphenated };
}
