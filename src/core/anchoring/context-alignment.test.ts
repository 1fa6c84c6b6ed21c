import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance } from './approx-search';
import { contextErrors } from './context-alignment';

describe('contextErrors', () => {
  it('is 0 for context that is still there, on either side of the anchor', () => {
    const text = 'Kerry said on Sunday that talks went well.';
    const anchor = text.indexOf(' that');
    expect(contextErrors('said on Sunday', text, anchor, 'before')).toBe(0);
    expect(contextErrors(' that talks', text, anchor, 'after')).toBe(0);
  });

  it('charges little for text inserted into the context, one per changed character', () => {
    expect(contextErrors('said on Sunday', 'said, as reported, on Sunday', 0, 'after')).toBeCloseTo(
      3.4,
    );
    expect(contextErrors('said on Sunday', 'said on Monday', 0, 'after')).toBe(2);
    // Text inserted right at the passage's edge is one run too.
    expect(contextErrors('on Sunday', 'on Sunday [update] ', 19, 'before')).toBeCloseTo(3);
  });

  it('charges one per missing character: deleted context is lost evidence', () => {
    expect(contextErrors('said on Sunday', 'said Sunday', 0, 'after')).toBe(3);
    expect(contextErrors('abc', '', 0, 'after')).toBe(3);
    expect(contextErrors('', 'anything', 0, 'after')).toBe(0);
  });

  it('never exceeds the plain edit distance to the text right at the anchor', () => {
    const alphabet = fc.constantFrom('a', 'b', ' ', '.');
    const word = (max: number) => fc.array(alphabet, { maxLength: max }).map((a) => a.join(''));
    fc.assert(
      fc.property(word(20), word(40), (pattern, text) => {
        const slice = text.slice(0, pattern.length);
        expect(contextErrors(pattern, text, 0, 'after')).toBeLessThanOrEqual(
          editDistance(pattern, slice) + 1e-9,
        );
      }),
      { numRuns: 200, seed: 3 },
    );
  });

  it('scores unrelated English text far from a match', () => {
    const context = 'ambassador’s residence in Paris ';
    const other = 'The troop buildup has raised concern in the West that Russia might';
    expect(contextErrors(context, other, other.length, 'before')).toBeGreaterThan(
      context.length * 0.5,
    );
  });
});
