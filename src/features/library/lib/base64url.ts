/**
 * base64url without padding (RFC 4648 §5): the alphabet a link carries unescaped. Written out
 * because `Uint8Array.prototype.toBase64` is not in every browser yet; the decoder is strict
 * (an unknown character or an impossible length is refused, not skipped).
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUES = new Map([...ALPHABET].map((c, i) => [c, i]));

/**
 * Bytes as base64url, without padding.
 *
 * @example encodeBase64url(new TextEncoder().encode('hi?')) // 'aGk_'
 */
export function encodeBase64url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const n = (a << 16) | (b << 8) | c;
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) out += ALPHABET[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

/**
 * The bytes of base64url text, or null when it is not base64url (a character outside the
 * alphabet, padding, a length that no byte count gives, or stray bits at the end).
 *
 * @example decodeBase64url('aGk_') // Uint8Array [104, 105, 63]
 * @example decodeBase64url('a') // null
 */
export function decodeBase64url(text: string): Uint8Array<ArrayBuffer> | null {
  if (text.length % 4 === 1) return null;
  const bytes = new Uint8Array(Math.floor((text.length * 6) / 8));
  let bits = 0;
  let value = 0;
  let at = 0;
  for (const char of text) {
    const digit = VALUES.get(char);
    if (digit === undefined) return null;
    value = ((value << 6) | digit) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[at++] = (value >> bits) & 0xff;
    }
  }
  // What is left over must be zero bits that only pad the last character.
  if ((value & ((1 << bits) - 1)) !== 0) return null;
  return bytes;
}
