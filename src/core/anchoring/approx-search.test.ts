import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchoredDistance, editDistance, searchApprox } from './approx-search';

/** The fewest edits turning `pattern` into any substring of `text` (textbook semi-global DP). */
function bestSubstringDistance(text: string, pattern: string): number {
  let best = pattern.length;
  for (let s = 0; s <= text.length; s++) {
    for (let e = s; e <= text.length; e++) {
      best = Math.min(best, editDistance(pattern, text.slice(s, e)));
    }
  }
  return best;
}

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('100,000 troops', '120,000 troops')).toBe(1);
    expect(editDistance('same', 'same')).toBe(0);
  });
});

describe('anchoredDistance', () => {
  it('aligns a pattern that starts at the anchor, with a free end', () => {
    expect(anchoredDistance('cat', 'the cats', 4, 'after')).toEqual({ errors: 0, other: 7 });
    expect(anchoredDistance('cart', 'the cats', 4, 'after')).toEqual({ errors: 1, other: 7 });
  });

  it('aligns a pattern that ends at the anchor, with a free start', () => {
    expect(anchoredDistance('the ', 'so the cats', 7, 'before')).toEqual({ errors: 0, other: 3 });
    expect(anchoredDistance('tho ', 'so the cats', 7, 'before').errors).toBe(1);
  });

  it('counts missing text at the edge of the document as errors', () => {
    expect(anchoredDistance('abc', 'xab', 1, 'after')).toEqual({ errors: 1, other: 3 });
    expect(anchoredDistance('abc', 'bc', 0, 'before').errors).toBe(3);
  });
});

describe('searchApprox', () => {
  it('finds exact and approximate occurrences with their ranges', () => {
    expect(searchApprox('a quick brown fox', 'quack', 1)).toEqual([
      { start: 2, end: 7, errors: 1 },
    ]);
    const text = 'Kyiv said 100,000 troops; US officials said 40,000 troops.';
    const matches = searchApprox(text, '100,000 troops', 3);
    expect(matches[0]).toEqual({ start: 10, end: 24, errors: 0 });
    expect(
      matches.some((m) => m.errors === 2 && text.slice(m.start, m.end).includes('40,000 troops')),
    ).toBe(true);
  });

  it('handles 32-character patterns and non-ASCII text', () => {
    const pattern = 'Ukraine’s borders, Kerry said. “We';
    expect(pattern.length).toBeGreaterThan(32);
    const p32 = pattern.slice(0, 32);
    const text = `xx ${p32.replace('b', 'v')} yy`;
    expect(searchApprox(text, p32, 2)).toEqual([{ start: 3, end: 35, errors: 1 }]);
  });

  it('respects the search window and the limit', () => {
    const text = 'abc abc abc abc';
    expect(searchApprox(text, 'abc', 0, { from: 4, to: 11 })).toEqual([
      { start: 4, end: 7, errors: 0 },
      { start: 8, end: 11, errors: 0 },
    ]);
    expect(searchApprox(text, 'abc', 0, { limit: 1 })).toHaveLength(1);
  });

  it('rejects empty and over-long patterns', () => {
    expect(() => searchApprox('text', '', 0)).toThrow(RangeError);
    expect(() => searchApprox('text', 'x'.repeat(33), 0)).toThrow(RangeError);
  });

  it('agrees with the textbook dynamic programme on random strings', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', ' ', 'é');
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 40 }).map((a) => a.join('')),
        fc.array(alphabet, { minLength: 1, maxLength: 32 }).map((a) => a.join('')),
        fc.integer({ min: 0, max: 6 }),
        (text, pattern, errorsAsked) => {
          // Below the pattern's length: at its length, the empty string would "match" everywhere.
          const maxErrors = Math.min(errorsAsked, pattern.length - 1);
          const matches = searchApprox(text, pattern, maxErrors);
          for (const m of matches) {
            expect(m.errors).toBeLessThanOrEqual(maxErrors);
            expect(editDistance(pattern, text.slice(m.start, m.end))).toBe(m.errors);
          }
          const best = bestSubstringDistance(text, pattern);
          if (best <= maxErrors) expect(matches[0]?.errors).toBe(best);
          else expect(matches).toEqual([]);
        },
      ),
      { numRuns: 300, seed: 7 },
    );
  });
});
