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
    expect(ageAt('Halvorsen, 52, was found guilty.', '52')).toBe(true);
    expect(ageAt('The singer, 41, reportedly headed to rehab.', '41')).toBe(true);
    expect(ageAt('Police Capt. Rob Ellery, 48, died.', '48')).toBe(true);
  });

  it('reads age phrasings', () => {
    expect(ageAt('She retired at the age of 38.', '38')).toBe(true);
    expect(ageAt('Rosa Lind dies at 87', '87')).toBe(true);
    expect(ageAt('She was 87.', '87')).toBe(true);
    expect(ageAt('Okafor will be 27 in June.', '27')).toBe(true);
    expect(ageAt('a man aged 45', '45')).toBe(true);
  });

  it('does not take other figures for ages', () => {
    expect(ageAt('Of the 312 applicants, 297 have a degree.', '297')).toBe(false);
    expect(ageAt('The score was 121.', '121')).toBe(false);
    expect(ageAt('seats rose from 65, to 125', '65')).toBe(false);
  });
});
