import { describe, expect, it } from 'vitest';
import { readFigure } from './figure';
import { tokensOf } from '../../testing/sentence-tokens';

function figureOf(text: string, at = 0, allowArticle = false) {
  const tokens = tokensOf(text);
  const figure = readFigure(
    tokens,
    tokens.map((t) => t.lower),
    at,
    allowArticle,
  );
  return (
    figure && { ...figure, text: text.slice(tokens[figure.first]?.start, tokens[figure.last]?.end) }
  );
}

describe('readFigure', () => {
  it('reads no figure from digits too many for a number (they would overflow to Infinity)', () => {
    expect(figureOf(`${'9'.repeat(400)} people`)).toBeNull();
    expect(figureOf(`${'9'.repeat(305)} billion people`)).toBeNull();
    expect(figureOf(`${'9'.repeat(300)} people`)?.value).toBe(Number(`${'9'.repeat(300)}`));
  });

  it('reads money with scale words and abbreviations', () => {
    expect(figureOf('$2.3bn in aid')).toMatchObject({
      value: 2.3e9,
      currency: '$',
      text: '$2.3bn',
    });
    expect(figureOf('$180 million offer')).toMatchObject({ value: 1.8e8, currency: '$' });
    expect(figureOf('€5m fine')).toMatchObject({ value: 5e6, currency: '€' });
    expect(figureOf('£1.2 billion')).toMatchObject({ value: 1.2e9, currency: '£' });
  });

  it('reads percentages written with a sign or in words', () => {
    expect(figureOf('12% of voters')).toMatchObject({ value: 12, percent: true, text: '12%' });
    expect(figureOf('93.87 percent turnout')).toMatchObject({ value: 93.87, percent: true });
    expect(figureOf('five per cent in the final year')).toMatchObject({ value: 5, percent: true });
  });

  it('reads digits with a scale and number words', () => {
    expect(figureOf('1.5 million refugees')).toMatchObject({ value: 1.5e6, text: '1.5 million' });
    expect(figureOf('forty thousand people')).toMatchObject({ value: 40000 });
    expect(figureOf('one and a half hours')).toMatchObject({ value: 1.5 });
  });

  it('counts an article only before a scale word or, in context, a unit', () => {
    expect(figureOf('a dozen cars')).toMatchObject({ value: 12, text: 'a dozen' });
    expect(figureOf('a hundred thousand protesters')).toMatchObject({ value: 100000 });
    expect(figureOf('an hour', 0, true)).toMatchObject({ value: 1, needsUnit: true });
    expect(figureOf('an hour', 0, false)).toBeNull();
    expect(figureOf('an eight-year deal', 0, true)).toBeNull();
    expect(figureOf('a report')).toBeNull();
  });

  it('reads halves', () => {
    expect(figureOf('half an hour')).toMatchObject({ value: 0.5, needsUnit: true });
    expect(figureOf('half a million dollars')).toMatchObject({ value: 500000 });
  });

  it('gives orders of magnitude as lower bounds', () => {
    expect(figureOf('dozens of houses')).toMatchObject({ value: 24, plural: true });
    expect(figureOf('hundreds of protesters')).toMatchObject({ value: 200, plural: true });
    expect(figureOf('tens of thousands of people')).toMatchObject({ value: 20000, plural: true });
    expect(figureOf('several dozen boats')).toMatchObject({ value: 36, plural: true });
    expect(figureOf('thousands')).toBeNull();
  });

  it('rejects numbers that are not plain figures', () => {
    expect(figureOf('30.03.2014')).toBeNull();
    expect(figureOf('7:35 am')).toBeNull();
  });
});
