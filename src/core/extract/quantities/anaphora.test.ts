import { describe, expect, it } from 'vitest';
import { findAntecedent, isAnaphoricFigure } from './anaphora';
import { tokensOf } from '../../testing/sentence-tokens';

const anaphoricAt = (text: string, figure: string) => {
  const tokens = tokensOf(text);
  return isAnaphoricFigure(
    tokens,
    tokens.findIndex((t) => t.text === figure),
  );
};

describe('isAnaphoricFigure', () => {
  it('recognizes figures that re-count something named before', () => {
    expect(anaphoricAt('US officials have put the number at 40,000.', '40,000')).toBe(true);
    expect(anaphoricAt('Officials put the figure at 5,000.', '5,000')).toBe(true);
    expect(anaphoricAt('The Pentagon estimated it at 30,000.', '30,000')).toBe(true);
    expect(anaphoricAt('The death toll rose to 40 on Monday.', '40')).toBe(true);
  });

  it('leaves other bare figures alone', () => {
    expect(anaphoricAt('The meeting ended at 4.', '4')).toBe(false);
    expect(anaphoricAt('He wore the number 10, at 40,000.', '40,000')).toBe(false);
    expect(anaphoricAt('They flew to 10,000.', '10,000')).toBe(false);
  });
});

describe('findAntecedent', () => {
  const candidates = [
    { sentence: 3, unit: 'troops' },
    { sentence: 4, unit: 'hour' },
    { sentence: 4, unit: null },
  ];

  it('takes the nearest counted figure within two sentences, passing over time spans', () => {
    expect(findAntecedent(candidates, 3, 5)).toBe(0);
    expect(findAntecedent(candidates, 3, 6)).toBeNull();
  });
});
