import { describe, expect, it } from 'vitest';
import { buildFixtureAnalysis } from '../../../testing/analysis-fixture';
import { indexAnalysis } from './analysis-index';
import type { ClaimResolution } from './claim-link';
import { clip, describeArrival } from './link-arrival';

const index = indexAnalysis(
  buildFixtureAnalysis({
    articles: [
      {
        key: 'dw',
        outlet: 'DW',
        published: '2014-03-30',
        paragraphs: [
          ['Kerry and Lavrov met in Paris.', 'US officials have put the number at 40,000.'],
        ],
      },
      {
        key: 'cs',
        outlet: 'Coinspeaker',
        paragraphs: [['The two ministers met in Paris.', 'Some 100,000 troops are massed.']],
      },
    ],
    facts: [{ sentences: ['dw:0', 'cs:0'], relation: 'agree' }],
    disagreements: [
      {
        summary: 'Russian troops near the border: 40,000 vs 100,000',
        sides: [
          { sentence: 'dw:1', quote: '40,000' },
          { sentence: 'cs:1', quote: '100,000' },
        ],
      },
    ],
  }),
);

const resolved = (claim: Partial<ClaimResolution>): ClaimResolution => ({
  focus: claim.sentences?.[0] ?? null,
  disagreement: null,
  sentences: [],
  notices: [],
  ...claim,
});

describe('describeArrival', () => {
  it('names the source and date of a linked sentence or span, and quotes it', () => {
    for (const kind of ['sentence', 'span'] as const) {
      expect(describeArrival(index, resolved({ kind, sentences: ['dw:1'] }))).toEqual({
        lead: 'A claim in DW, 30 March 2014',
        quote: 'US officials have put the number at 40,000.',
      });
    }
    // No date: the source alone.
    expect(describeArrival(index, resolved({ kind: 'sentence', sentences: ['cs:1'] }))).toEqual({
      lead: 'A claim in Coinspeaker',
      quote: 'Some 100,000 troops are massed.',
    });
  });

  it('names the sources of a fact, and the sides and summary of a disagreement', () => {
    expect(describeArrival(index, resolved({ kind: 'fact', sentences: ['dw:0', 'cs:0'] }))).toEqual(
      { lead: 'A fact reported by DW and Coinspeaker', quote: 'Kerry and Lavrov met in Paris.' },
    );
    expect(
      describeArrival(
        index,
        resolved({ kind: 'disagreement', sentences: ['cs:1', 'dw:1'], disagreement: 'dis-0' }),
      ),
    ).toEqual({
      lead: 'A disagreement between DW and Coinspeaker',
      quote: 'Russian troops near the border: 40,000 vs 100,000',
    });
  });

  it('says nothing when the link found nothing (its notices speak)', () => {
    expect(describeArrival(index, resolved({ kind: 'sentence', sentences: [] }))).toBeNull();
    expect(describeArrival(index, resolved({ kind: 'sentence', sentences: ['x:9'] }))).toBeNull();
  });
});

describe('clip', () => {
  it('keeps short text whole, in one line', () => {
    expect(clip('  The bridge\n closed.  ')).toBe('The bridge closed.');
  });

  it('cuts long text at a word, within the limit, ending in an ellipsis', () => {
    const text = 'The harbour bridge closed on Tuesday after engineers found a crack in a pier.';
    const cut = clip(text, 40);
    expect(cut).toBe('The harbour bridge closed on Tuesday…');
    expect(cut.length).toBeLessThanOrEqual(40);
    // One long word: cut inside it.
    expect(clip('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
