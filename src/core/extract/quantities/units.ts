/** Units a figure can count, and how each is written in a normalized quantity. */

/** Time units, singular: "four hours" counts "hour". */
export const TIME_UNITS: ReadonlySet<string> = new Set([
  'second',
  'minute',
  'hour',
  'day',
  'night',
  'week',
  'fortnight',
  'month',
  'year',
  'decade',
  'century',
  'millennium',
]);

/** Units of measure, singular, that an article can count: "a mile", "an acre". */
const MEASURE_UNITS: ReadonlySet<string> = new Set([
  'mile',
  'kilometre',
  'kilometer',
  'km',
  'metre',
  'meter',
  'foot',
  'feet',
  'inch',
  'yard',
  'pound',
  'kilogram',
  'kg',
  'ton',
  'tonne',
  'ounce',
  'gallon',
  'litre',
  'liter',
  'barrel',
  'acre',
  'hectare',
  'percent',
  'point',
]);

/** Currency words after a figure, mapped to the sign used as the unit of money. */
const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['dollar', '$'],
  ['dollars', '$'],
  ['usd', '$'],
  ['euro', '€'],
  ['euros', '€'],
  ['eur', '€'],
  ['gbp', '£'],
  ['sterling', '£'],
  ['yen', '¥'],
  ['rupee', '₹'],
  ['rupees', '₹'],
  ['inr', '₹'],
]);

/** Currency signs as the tokenizer gives them, mapped to the unit sign. */
const CURRENCY_SIGNS: ReadonlyMap<string, string> = new Map([
  ['us$', '$'],
  ['usd', '$'],
  ['a$', 'A$'],
  ['c$', 'C$'],
]);

/** Scales that name what a figure measures even before another noun: "4.4 magnitude quake". */
const SCALE_NOUNS: ReadonlySet<string> = new Set(['magnitude', 'degree']);

/** True for a time unit or unit of measure (singular lemma), which an article may count. */
export function isCountableUnit(lemma: string): boolean {
  return TIME_UNITS.has(lemma) || MEASURE_UNITS.has(lemma);
}

/** True for a unit or scale that names what is measured: "hour", "km", "magnitude". */
export function isMeasureNoun(lemma: string): boolean {
  return isCountableUnit(lemma) || SCALE_NOUNS.has(lemma);
}

/** The unit sign for a currency token ("US$" → "$"); other signs are kept as written. */
export function currencySign(text: string): string {
  return CURRENCY_SIGNS.get(text.toLowerCase()) ?? text;
}

/** The unit sign for a currency word after a figure ("dollars" → "$"), or null. */
export function currencyWord(lower: string): string | null {
  return CURRENCY_WORDS.get(lower) ?? null;
}

/**
 * How a head noun is written as a unit: time units singular ("hours" → "hour"), currency words
 * as signs ("dollars" → "$"), percent words as "%", other counted nouns lower-cased as written.
 *
 * @example unitName('Hours', 'hour') // 'hour'
 * @example unitName('troops', 'troop') // 'troops'
 */
export function unitName(lower: string, lemma: string): string {
  if (TIME_UNITS.has(lemma)) return lemma;
  if (TIME_UNITS.has(lower.replace(/s$/, ''))) return lower.replace(/s$/, '');
  const currency = currencyWord(lower);
  if (currency) return currency;
  if (lower === 'percent' || lower === 'pct') return '%';
  return lower;
}
