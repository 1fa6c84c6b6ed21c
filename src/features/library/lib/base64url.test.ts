import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64url, encodeBase64url } from './base64url';

describe('base64url', () => {
  it('matches the standard encoding, with the URL alphabet and no padding', () => {
    for (const text of ['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar', 'hi?', '\u00ff\u00fe']) {
      const bytes = new TextEncoder().encode(text);
      const standard = Buffer.from(bytes).toString('base64url');
      expect(encodeBase64url(bytes)).toBe(standard);
      expect(decodeBase64url(standard)).toEqual(bytes);
    }
  });

  it('round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(decodeBase64url(encodeBase64url(bytes))).toEqual(bytes);
      }),
      { numRuns: 300, seed: 4 },
    );
  });

  it('refuses what is not base64url, rather than skipping it', () => {
    for (const bad of ['a', 'ab=c', 'ab+c', 'ab/c', 'ab c', 'abc%', 'aB', 'aaB']) {
      expect(decodeBase64url(bad), bad).toBeNull();
    }
  });
});
