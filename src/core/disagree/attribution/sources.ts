import { namesMatch } from '../frames/names';

/** Words that say nothing about who a source is. */
const FILLER = new Set([
  'the',
  'a',
  'an',
  'of',
  'and',
  'from',
  'in',
  'at',
  'for',
  'its',
  'his',
  'her',
]);

/** The words of a source's key that tell it apart: "salazar and locke" → salazar, locke. */
export function sourceWords(key: string): string[] {
  return key
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 2 && !FILLER.has(w));
}

/**
 * Whether two sources can be one, or one part of the other: the same name ("Whitlock" and "Sam
 * Whitlock"), one among several ("Whitlock" and "Whitlock and Marsh"), or one speaking for the
 * other ("Harbor Weekly" and "a source at the weekly"): any distinctive word in common.
 *
 * @example sourcesOverlap('whitlock', 'whitlock and marsh') // true
 * @example sourcesOverlap('ruth okafor', 'dan pruitt') // false
 */
export function sourcesOverlap(a: string, b: string): boolean {
  if (namesMatch(a.toLowerCase(), b.toLowerCase())) return true;
  const x = sourceWords(a);
  const y = new Set(sourceWords(b));
  return x.some((w) => y.has(w));
}

/** A source that names someone ("Ruth Okafor", "US officials"), not "a friend of the singer". */
export function isNamedSource(source: string): boolean {
  return /\p{Lu}/u.test(source);
}
