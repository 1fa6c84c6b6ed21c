import { describe, expect, it } from 'vitest';
import { tokensOf } from '../../testing/sentence-tokens';
import { findUnitHead, isProperAdjective } from './unit-head';

/** The unit counted by the figure that is the first token of `text`. */
const unitAfterFirst = (text: string, figureTokens = 1) =>
  findUnitHead(tokensOf(text), figureTokens)?.unit ?? null;

describe('findUnitHead', () => {
  it('skips adjectives and proper adjectives to the head noun', () => {
    expect(unitAfterFirst('100,000 Russian troops near the border')).toBe('troops');
    expect(unitAfterFirst('26 poachers were arrested')).toBe('poachers');
    expect(unitAfterFirst('26 suspected poachers')).toBe('poachers');
    expect(unitAfterFirst('23 Kenyan and Ugandan poachers')).toBe('poachers');
    expect(unitAfterFirst('9 freshly painted boats')).toBe('boats');
  });

  it('writes time units singular', () => {
    expect(unitAfterFirst('four hours in Paris')).toBe('hour');
    expect(unitAfterFirst('two decades ago')).toBe('decade');
  });

  it('reads hyphenated compounds', () => {
    expect(unitAfterFirst('three-run homer')).toBe('run');
    expect(unitAfterFirst('33-year-old actress')).toBe('years old');
    expect(unitAfterFirst('4.4-magnitude quake')).toBe('magnitude');
    expect(findUnitHead(tokensOf('three-plus seasons'), 1)).toMatchObject({
      unit: 'seasons',
      plus: true,
    });
  });

  it('prefers a unit of measure to the noun it describes', () => {
    expect(unitAfterFirst('4.4 magnitude quake')).toBe('magnitude');
    expect(unitAfterFirst('four-hour meeting')).toBe('hour');
  });

  it('reads partitives and compound nouns', () => {
    expect(unitAfterFirst('hundreds of people')).toBe('people');
    expect(unitAfterFirst('two of the men')).toBe('men');
    expect(unitAfterFirst('50 police officers')).toBe('officers');
    expect(unitAfterFirst('21 free throws and 14 rebounds')).toBe('throws');
    expect(unitAfterFirst('three bank tellers today')).toBe('tellers');
  });

  it('maps currency and years-old phrasings', () => {
    expect(unitAfterFirst('200 dollars')).toBe('$');
    expect(unitAfterFirst('25 years old')).toBe('years old');
  });

  it('finds nothing after a bare figure', () => {
    expect(unitAfterFirst('40,000.')).toBeNull();
    expect(unitAfterFirst('40,000 in 2014')).toBeNull();
  });
});

describe('isProperAdjective', () => {
  it('knows demonym and acronym shapes', () => {
    expect(isProperAdjective('Russian')).toBe(true);
    expect(isProperAdjective('Chinese')).toBe(true);
    expect(isProperAdjective('U.S.')).toBe(true);
    expect(isProperAdjective('Kerry')).toBe(false);
  });
});
