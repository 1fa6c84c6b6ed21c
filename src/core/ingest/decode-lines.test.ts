import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanUtf8 } from './decode-lines';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('scanUtf8', () => {
  it('counts well-formed multibyte characters', () => {
    expect(scanUtf8(new TextEncoder().encode('Zürich – “quoted” 😀'))).toEqual({
      multibyte: 5,
      invalid: 0,
      truncated: 0,
    });
  });

  it('counts the bytes the decoder replaces', () => {
    expect(scanUtf8(bytes(0x61, 0xff, 0x62))).toMatchObject({ multibyte: 0, invalid: 1 });
    expect(scanUtf8(bytes(0x61, 0xe2, 0x80, 0x61))).toEqual({
      multibyte: 0,
      invalid: 2,
      truncated: 1,
    });
    expect(scanUtf8(bytes(0xe2, 0x80))).toEqual({ multibyte: 0, invalid: 2, truncated: 1 });
    expect(scanUtf8(bytes(0xc0, 0xaf))).toEqual({ multibyte: 0, invalid: 2, truncated: 0 });
    expect(scanUtf8(bytes(0xed, 0xa0, 0x80))).toEqual({ multibyte: 0, invalid: 3, truncated: 0 });
    expect(scanUtf8(bytes(0x93, 0x61, 0x94))).toEqual({ multibyte: 0, invalid: 2, truncated: 0 });
  });

  it('agrees with TextDecoder on every byte string', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (input) => {
        const scan = scanUtf8(input);
        const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
        let valid = true;
        try {
          fatal.decode(input);
        } catch {
          valid = false;
        }
        expect(scan.invalid === 0).toBe(valid);
        const replaced = [...new TextDecoder('utf-8', { ignoreBOM: true }).decode(input)].filter(
          (c) => c === '\uFFFD',
        ).length;
        // Each replacement stands for one to three invalid bytes.
        expect(scan.invalid).toBeGreaterThanOrEqual(replaced - countWellFormedReplacements(input));
        expect(scan.invalid).toBeLessThanOrEqual(3 * replaced);
      }),
    );
  });
});

/** U+FFFD written in the input itself (EF BF BD), which the decoder keeps. */
function countWellFormedReplacements(input: Uint8Array): number {
  let n = 0;
  for (let i = 0; i + 2 < input.length; i++)
    if (input[i] === 0xef && input[i + 1] === 0xbf && input[i + 2] === 0xbd) n++;
  return n;
}
