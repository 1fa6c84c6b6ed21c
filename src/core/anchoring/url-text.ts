/**
 * Text in a link, readable and safe to paste in a chat: letters, digits and `-._~` stay as they
 * are, a space becomes `+`, everything else is percent-encoded UTF-8. Nothing a chat app's
 * link detector stops at (quotes, brackets, commas) is left raw.
 */

const RAW = /[A-Za-z0-9\-._~]/;

/**
 * Encodes `text` for a link; `alsoRaw` lists more characters to keep (e.g. ':' in a story id).
 *
 * @example encodeLinkText('100,000 troops') // '100%2C000+troops'
 */
export function encodeLinkText(text: string, alsoRaw = ''): string {
  let out = '';
  for (const char of text) {
    if (RAW.test(char) || alsoRaw.includes(char)) out += char;
    else if (char === ' ') out += '+';
    else out += encodeCharacter(char);
  }
  return out;
}

/** Percent-encoded UTF-8 of one code point; a lone surrogate becomes U+FFFD. */
function encodeCharacter(char: string): string {
  try {
    return encodeURIComponent(char).replace(/[!'()*]/g, percent);
  } catch {
    return '%EF%BF%BD';
  }
}

function percent(char: string): string {
  return `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
}

/**
 * Decodes text made by `encodeLinkText` (or any percent-encoding with `+` for space); null when
 * the percent-encoding is broken (a lone `%`, bytes that are not UTF-8).
 *
 * @example decodeLinkText('100%2C000+troops') // '100,000 troops'
 */
export function decodeLinkText(encoded: string): string | null {
  try {
    return decodeURIComponent(encoded.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}
