import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeLinkText, encodeLinkText } from './url-text';

describe('encodeLinkText / decodeLinkText', () => {
  it('keeps words readable and escapes what chat apps stop at', () => {
    expect(encodeLinkText('100,000 troops')).toBe('100%2C000+troops');
    expect(encodeLinkText("Ukraine's (eastern) border!")).toBe(
      'Ukraine%27s+%28eastern%29+border%21',
    );
    expect(encodeLinkText('a+b')).toBe('a%2Bb');
    expect(encodeLinkText('seed:kerry', ':')).toBe('seed:kerry');
    expect(encodeLinkText('“quote”')).toBe('%E2%80%9Cquote%E2%80%9D');
  });

  it('round-trips any text, and writes only URL-safe characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const encoded = encodeLinkText(text);
        expect(encoded).toMatch(/^[A-Za-z0-9\-._~+%]*$/);
        expect(decodeLinkText(encoded)).toBe(text);
      }),
      { numRuns: 300, seed: 5 },
    );
  });

  it('replaces a lone surrogate instead of throwing', () => {
    expect(decodeLinkText(encodeLinkText('a\ud800b'))).toBe('a\ufffdb');
  });

  it('reports broken percent-encoding as null', () => {
    expect(decodeLinkText('%')).toBeNull();
    expect(decodeLinkText('%E2%80')).toBeNull();
    expect(decodeLinkText('plain+text')).toBe('plain text');
  });
});
