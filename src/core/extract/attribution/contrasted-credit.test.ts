import { describe, expect, it } from 'vitest';
import { extractText } from '../../testing/extract-text';
import { analyzeDisagreements } from '../../disagree/test-story';

/** Each figure of a one-sentence article as "figure <- source". */
function credits(sentence: string): string[] {
  const read = extractText(`A report\n\n${sentence}`);
  return read.quantities.map((q) => `${read.at(q)} <- ${q.attribution ?? '-'}`);
}

describe('figures of contrasted clauses', () => {
  it('credits each figure to the clause it stands in', () => {
    expect(
      credits('Kyiv says 100,000 troops are massed, while US officials put the number at 40,000.'),
    ).toEqual(['100,000 <- Kyiv', '40,000 <- US officials']);
    expect(
      credits(
        'According to Kyiv, 100,000 troops are massed, while US officials put the number at 40,000.',
      ),
    ).toEqual(['100,000 <- Kyiv', '40,000 <- US officials']);
    expect(
      credits('Police said 200 people were hurt, but organisers said 500 were injured.'),
    ).toEqual(['200 <- Police', '500 <- organisers']);
    expect(credits('Police put the crowd at 5,000; organisers said 20,000 attended.')).toEqual([
      '5,000 <- Police',
      '20,000 <- organisers',
    ]);
    expect(
      credits('The ministry said 12 soldiers died and the rebels claimed 40 were killed.'),
    ).toEqual(['12 <- The ministry', '40 <- the rebels']);
  });

  it('keeps one source for a sentence whose clauses do not contrast', () => {
    expect(
      credits('Kyiv says 100,000 troops are massed on the border and 40,000 more are on the way.'),
    ).toEqual(['100,000 <- Kyiv', '40,000 <- Kyiv']);
    expect(
      credits('Police said 200 people were hurt, but 30 of them were children, they added.'),
    ).toEqual(['200 <- Police', '30 <- Police']);
    expect(credits('100,000 troops are massed, while 40,000 are on the way, Kyiv says.')).toEqual([
      '100,000 <- Kyiv',
      '40,000 <- Kyiv',
    ]);
  });

  it('keeps the sentence attribution to the first clause', () => {
    const read = extractText(
      'A report\n\nKyiv says 100,000 troops are massed, while US officials put the number at 40,000.',
    );
    expect(read.attributions.map((a) => a.source)).toEqual(['Kyiv']);
  });

  it('sets the two accounts of one sentence against each other', () => {
    const found = analyzeDisagreements([
      'Troops at the border\n\nKyiv says 100,000 troops are massed near the border, while US officials put the number at 40,000.',
    ]);
    expect(found.map((d) => [d.sides, d.credits])).toEqual([
      [
        ['100,000', '40,000'],
        ['Kyiv', 'US officials'],
      ],
    ]);
  });
});
