import { SHORT_LINK_LENGTH } from '../../../core/anchoring/link-codec';
import { encodeLinkText } from '../../../core/anchoring/url-text';

/**
 * `name` cut at a word so that its link encoding takes at most `room` characters (a word cut
 * short when not even the first one fits); '' when there is no room at all.
 *
 * @example nameWithin('Kerry and Lavrov meet in Paris', 16) // 'Kerry and Lavrov'
 */
export function nameWithin(name: string, room: number): string {
  const whole = name.trim().replace(/\s+/g, ' ');
  if (encodeLinkText(whole).length <= room) return whole;
  const words = whole.split(' ');
  let kept = '';
  for (const word of words) {
    const next = kept ? `${kept} ${word}` : word;
    if (encodeLinkText(next).length > room) break;
    kept = next;
  }
  if (kept) return kept;
  let cut = '';
  for (const char of words[0] ?? '') {
    if (encodeLinkText(cut + char).length > room) break;
    cut += char;
  }
  return cut;
}

/**
 * The address of a short claim link (a shipped story's): the app's address, the story's name
 * (`?name=`, cut to fit) and the hash, in at most `SHORT_LINK_LENGTH` characters after the
 * app's address.
 *
 * @example shortLinkAddress('https://x.org/', '#/claim/v1/ecb:1-ecb/s?k=4fQ0aZ', 'Dana Price checks into rehab')
 *   // 'https://x.org/?name=Dana+Price+checks+into+rehab#/claim/v1/ecb:1-ecb/s?k=4fQ0aZ'
 */
export function shortLinkAddress(appUrl: string, hash: string, name: string): string {
  const room = SHORT_LINK_LENGTH - hash.length - '?name='.length;
  const shown = nameWithin(name, room);
  return `${appUrl}${shown ? `?name=${encodeLinkText(shown)}` : ''}${hash}`;
}
