import { describe, expect, it } from 'vitest';
import { isAgeFigure } from './ages';
import { tokensOf } from '../../testing/sentence-tokens';

const ageAt = (text: string, figure: string) => {
  const tokens = tokensOf(text);
  return isAgeFigure(
    tokens,
    tokens.findIndex((t) => t.text === figure),
  );
};

describe('isAgeFigure', () => {
  it('reads appositions after names and role nouns', () => {
    expect(ageAt('Nichols, 37, was found guilty.', '37')).toBe(true);
    expect(ageAt('The actress, 33, reportedly headed to rehab.', '33')).toBe(true);
    expect(ageAt('Police Capt. Tom Tennant, 51, died.', '51')).toBe(true);
  });

  it('reads age phrasings', () => {
    expect(ageAt('She walked away at the age of 35.', '35')).toBe(true);
    expect(ageAt('Esther Williams dies at 91', '91')).toBe(true);
    expect(ageAt('She was 91.', '91')).toBe(true);
    expect(ageAt('Teixeira will be 29 in April.', '29')).toBe(true);
    expect(ageAt('a man aged 45', '45')).toBe(true);
  });

  it('does not take other figures for ages', () => {
    expect(ageAt('Of the 288 candidates, 286 have higher education.', '286')).toBe(false);
    expect(ageAt('The score was 121.', '121')).toBe(false);
    expect(ageAt('seats rose from 65, to 125', '65')).toBe(false);
  });
});
