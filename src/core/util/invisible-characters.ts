/**
 * Characters that print as nothing: soft hyphen, Mongolian vowel separator, zero-width space,
 * non-joiner and joiner, word joiner and the invisible operators, byte-order mark. A reader
 * sees "15\u200B00" as 1500 and "Ky\u00ADiv" as Kyiv; the core reads them the same way.
 * Global: reset `lastIndex` before `test` or `exec`.
 */
export const INVISIBLE_CHARACTERS = /[\u00AD\u180E\u200B-\u200D\u2060-\u2064\uFEFF]/g;

/**
 * The text without its invisible characters.
 *
 * @example withoutInvisibleCharacters('15\u200B00') // '1500'
 */
export function withoutInvisibleCharacters(text: string): string {
  return text.replace(INVISIBLE_CHARACTERS, '');
}
