import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance } from './approx-search';
import { quoteErrors } from './quote-alignment';

describe('quoteErrors', () => {
  it('charges each error and one more per run of errors', () => {
    expect(quoteErrors('Rovers offer $90 million', 'Rovers offer $75 million', false)).toBe(3);
    expect(quoteErrors('same text', 'same text', false)).toBe(0);
    expect(quoteErrors('abc', '', false)).toBe(4);
    expect(quoteErrors('', 'abc', false)).toBe(4);
    expect(quoteErrors('', '', false)).toBe(0);
  });

  it('costs a scattered look-alike more than one local edit of the same size', () => {
    const quote = 'Two hurt as vandals torch Lakeport bus';
    const slug = 'two-hurt-as-vandals-torch-lakeport-bus';
    const reworded = 'Two hurt as teenagers torch Lakeport bus';
    expect(editDistance(quote, slug)).toBe(8);
    expect(quoteErrors(quote, slug, false)).toBeGreaterThan(
      quoteErrors(quote, reworded, false) + 4,
    );
  });

  it('with a free end, aligns the quote with the start of the segment', () => {
    expect(quoteErrors('Kerry said', 'Kerry said that', true)).toBe(0);
    expect(quoteErrors('Kerry said', 'Kerry told them', true)).toBe(4); // 'sai' → 'tol': 3 + 1 run
  });

  it('lies between the edit distance and twice the edit distance', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', ' ');
    const word = fc.array(alphabet, { maxLength: 16 }).map((a) => a.join(''));
    fc.assert(
      fc.property(word, word, (a, b) => {
        const cost = quoteErrors(a, b, false);
        const distance = editDistance(a, b);
        expect(cost).toBeGreaterThanOrEqual(distance);
        expect(cost).toBeLessThanOrEqual(2 * distance);
      }),
      { numRuns: 300, seed: 11 },
    );
  });
});
