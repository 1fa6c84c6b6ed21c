import { describe, expect, it } from 'vitest';
import { buildFixtureAnalysis } from '../../../testing/analysis-fixture';
import { indexAnalysis } from './analysis-index';
import {
  attributionPhrase,
  conflictDescription,
  describeSide,
  sideSource,
  sideText,
} from './describe-disagreement';

const oneSource = buildFixtureAnalysis({
  articles: [
    {
      key: 'wire',
      outlet: 'Wire',
      paragraphs: [['Organisers said 5,000 marched.', 'Police put the crowd at 1,200.']],
    },
  ],
  disagreements: [
    {
      summary: 'Marchers: 5,000 vs 1,200',
      sides: [
        { sentence: 'wire:0', quote: '5,000', value: 5000, attribution: 'organisers' },
        { sentence: 'wire:1', quote: '1,200', value: 1200, attribution: 'police' },
      ],
    },
  ],
});

describe('describing a disagreement', () => {
  const index = indexAnalysis(oneSource);
  const disagreement = index.disagreements[0];
  if (!disagreement) throw new Error('fixture');
  const [first, second] = disagreement.sides;
  if (!first || !second) throw new Error('fixture');

  it('names whom a claim is credited to, or says nobody is', () => {
    expect(attributionPhrase({ attribution: 'the Red Cross' })).toBe('according to the Red Cross');
    expect(attributionPhrase({ attribution: null })).toBe('no source named');
    expect(attributionPhrase({ attribution: '  ' })).toBe('no source named');
  });

  it('quotes the disputed words as printed and knows their source', () => {
    expect(sideText(index, first)).toBe('5,000');
    expect(sideSource(index, second)).toBe('Wire');
    expect(sideText(index, { ...first, start: 0, end: 0, value: 5000 })).toBe('5,000');
  });

  it('leaves the source out when every side comes from the same article, and puts this side first', () => {
    expect(describeSide(index, disagreement, first)).toBe('5,000 according to organisers');
    expect(conflictDescription(index, disagreement, second)).toBe(
      'Conflict: 1,200 according to police vs 5,000 according to organisers',
    );
  });
});
