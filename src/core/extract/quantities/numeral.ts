/**
 * The one reader of numerals written in digits: every way a news text groups, signs and splits a
 * number ("1,500", "1,00,000", "1'200", "1 200" with a thin space, "−15", "2½", "40,000-50,000").
 * It works on a plain string, so each form can be tested without a tokenizer; the tokenizer
 * (`nlp/numeral-tokens.ts`) keeps a numeral in one token so that this reader sees all of it.
 */
import { withoutInvisibleCharacters } from '../../util/invisible-characters';

/** Spaces that typesetting puts between groups of three digits: thin, narrow no-break, figure. */
export const GROUPING_SPACES = '\u2009\u202F\u2007';

/** Vulgar fractions, by their value. */
export const VULGAR_FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['½', 1 / 2],
  ['⅓', 1 / 3],
  ['⅔', 2 / 3],
  ['¼', 1 / 4],
  ['¾', 3 / 4],
  ['⅕', 1 / 5],
  ['⅖', 2 / 5],
  ['⅗', 3 / 5],
  ['⅘', 4 / 5],
  ['⅙', 1 / 6],
  ['⅚', 5 / 6],
  ['⅐', 1 / 7],
  ['⅛', 1 / 8],
  ['⅜', 3 / 8],
  ['⅝', 5 / 8],
  ['⅞', 7 / 8],
  ['⅑', 1 / 9],
  ['⅒', 1 / 10],
]);

/** A numeral's value, and whether its writing leaves the value in doubt. */
export type Numeral = {
  value: number;
  /**
   * "1.500" in English text: a decimal point (1.5) or, as in much of Europe, a thousands
   * separator (1500). The value is the English reading; nothing should rest on it alone.
   */
  uncertain: boolean;
};

/** A range written as one word: "40,000-50,000", "1.5–2.5". */
export type NumeralRange = {
  low: Numeral;
  high: Numeral;
  /** Offset of the dash in the text as given (invisible characters included). */
  dash: number;
};

const SIGN = '[-+\u2212]';
const FRACTIONS = `[${[...VULGAR_FRACTIONS.keys()].join('')}]`;
const SPACES = `[${GROUPING_SPACES}]`;

/** Integer parts, each with the separator that groups its digits. */
const INTEGER_FORMS: readonly { pattern: string; separator: RegExp }[] = [
  { pattern: '\\d{1,3}(?:,\\d{3})+', separator: /,/g }, // 1,500,000
  { pattern: '\\d{1,2}(?:,\\d{2})+,\\d{3}', separator: /,/g }, // 1,00,000 (Indian)
  { pattern: "\\d{1,3}(?:['’]\\d{3})+", separator: /['’]/g }, // 1'200 (Swiss)
  { pattern: `\\d{1,3}(?:${SPACES}\\d{3})+`, separator: new RegExp(SPACES, 'g') }, // 1 200
  { pattern: '\\d+', separator: /(?!)/g },
];

const DECIMAL_NUMERAL = new RegExp(
  `^(${SIGN}?)(${INTEGER_FORMS.map((f) => `(?:${f.pattern})`).join('|')})(?:\\.(\\d+))?(${FRACTIONS}?)$`,
  'u',
);
/** "1.500.000", "1.234,5": dots group thousands, a comma marks decimals (never English). */
const DOTTED_NUMERAL = new RegExp(`^(${SIGN}?)(\\d{1,3}(?:\\.\\d{3})+)(?:,(\\d+))?$`, 'u');
const LONE_FRACTION = new RegExp(`^(${SIGN}?)(${FRACTIONS})$`, 'u');
const SEPARATORS = new RegExp(`[,'’${GROUPING_SPACES}]`, 'g');

/**
 * Reads a numeral written in digits, or returns null when the text is not one number (a date,
 * a time, a score, a code, badly grouped digits). Invisible characters are removed first.
 * Signs: "-", "+" and the minus sign U+2212. Grouping: commas ("1,500,000"), Indian commas
 * ("1,00,000"), apostrophes ("1'200"), thin or narrow no-break spaces ("1 200"), and dots when
 * they group more than once ("1.500.000"). A vulgar fraction may close a whole number ("2½").
 * One dot before exactly three digits ("1.500") is read as a decimal point but marked
 * uncertain. The value is parsed from the decimal digits, so it is the nearest double to what
 * is written.
 *
 * @example readNumeral('1,00,000') // { value: 100000, uncertain: false }
 * @example readNumeral('−6.1') // { value: -6.1, uncertain: false }
 * @example readNumeral('2½') // { value: 2.5, uncertain: false }
 * @example readNumeral('15\u200B00') // { value: 1500, uncertain: false }
 * @example readNumeral('1.500') // { value: 1.5, uncertain: true }
 * @example readNumeral('5-3') // null
 */
export function readNumeral(text: string): Numeral | null {
  const clean = withoutInvisibleCharacters(text);
  const m = DECIMAL_NUMERAL.exec(clean);
  if (m) {
    const [, sign = '', integer = '', decimals, fraction = ''] = m;
    if (fraction && decimals !== undefined) return null;
    const digits = integer.replace(SEPARATORS, '');
    const magnitude =
      Number(decimals === undefined ? digits : `${digits}.${decimals}`) +
      (VULGAR_FRACTIONS.get(fraction) ?? 0);
    const uncertain =
      decimals?.length === 3 && digits === integer && digits.length <= 3 && !/^0/.test(digits);
    return finite(signed(sign, magnitude), uncertain);
  }
  const dotted = DOTTED_NUMERAL.exec(clean);
  if (dotted) {
    const [, sign = '', integer = '', decimals] = dotted;
    const digits = integer.replaceAll('.', '');
    // "30.03.2014" is a date, not 30,032,014: dotted groups are three digits after the first.
    return finite(
      signed(sign, Number(decimals === undefined ? digits : `${digits}.${decimals}`)),
      false,
    );
  }
  const lone = LONE_FRACTION.exec(clean);
  if (lone) return finite(signed(lone[1] ?? '', VULGAR_FRACTIONS.get(lone[2] ?? '') ?? 0), false);
  return null;
}

const DASHES = /[-‐‑–—]/g;

/**
 * Reads a range written as one word, "40,000-50,000" or "1.5–2.5", or returns null. Only a
 * rising pair is a range: "5-3" is a score, "45-1" a record; two years ("2014-2015") are a span
 * of time, which dates read.
 *
 * @example readNumeralRange('40,000-50,000') // { low: { value: 40000, … }, high: { value: 50000, … }, dash: 6 }
 * @example readNumeralRange('5-3') // null
 */
export function readNumeralRange(text: string): NumeralRange | null {
  for (const m of text.matchAll(DASHES)) {
    const dash = m.index;
    if (dash === 0) continue;
    const low = readNumeral(text.slice(0, dash));
    const highText = text.slice(dash + 1);
    // "10--5" or "10-−5": a sign after the dash is not a range's upper end.
    if (/^[-+\u2212]/.test(withoutInvisibleCharacters(highText))) continue;
    const high = readNumeral(highText);
    if (!low || !high || !(low.value < high.value) || areYears(low.value, high.value)) continue;
    return { low, high, dash };
  }
  return null;
}

function areYears(a: number, b: number): boolean {
  const year = (v: number) => Number.isInteger(v) && v >= 1000 && v <= 2999;
  return year(a) && year(b);
}

/**
 * `value × scale`, exact where the writing is: "4.1 million" is 4100000, not
 * 4099999.9999999995. A power of ten moves the decimal point of the value as written (the
 * shortest decimal that reads back as `value`); other scales ("dozen") round the product to
 * fifteen significant digits, which removes the binary error and nothing written.
 *
 * @example scaleExactly(4.1, 1e6) // 4100000
 * @example scaleExactly(2.5, 1e7) // 25000000
 * @example scaleExactly(0.1, 12) // 1.2
 */
export function scaleExactly(value: number, scale: number): number {
  const exponent = powerOfTen(scale);
  const written = String(value);
  if (exponent !== null && !written.includes('e')) return Number(`${written}e${exponent}`);
  const product = value * scale;
  return Number.isFinite(product) ? Number(product.toPrecision(15)) : product;
}

function powerOfTen(scale: number): number | null {
  let power = 1;
  for (let exponent = 0; exponent <= 30; exponent++) {
    if (power === scale) return exponent;
    power *= 10;
  }
  return null;
}

function signed(sign: string, magnitude: number): number {
  return sign === '-' || sign === '\u2212' ? -magnitude : magnitude;
}

function finite(value: number, uncertain: boolean): Numeral | null {
  return Number.isFinite(value) ? { value, uncertain } : null;
}
