import { describe, expect, it } from 'vitest';
import { findStanceDisagreements, type StanceFinding } from './stance-disagreements';

const stance = (over: Partial<StanceFinding>): StanceFinding => ({
  start: 0,
  end: 4,
  polarity: 1,
  article: 0,
  sentence: 'a:0',
  attribution: null,
  words: 'closer',
  ...over,
});

describe('findStanceDisagreements', () => {
  it('opposes negative and positive accounts from different articles', () => {
    const found = findStanceDisagreements([
      stance({ polarity: -1, words: 'no signs of agreement' }),
      stance({
        article: 1,
        sentence: 'b:3',
        attribution: 'Sergei Lavrov',
        words: 'getting closer',
      }),
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]?.kind).toBe('qualitative');
    expect(found[0]?.sides.map((s) => s.attribution)).toEqual([null, 'Sergei Lavrov']);
    expect(found[0]?.summary).toContain('no signs of agreement');
  });

  it('finds nothing when every account agrees, or one unattributed article contradicts itself', () => {
    expect(findStanceDisagreements([stance({}), stance({ article: 1 })])).toEqual([]);
    expect(findStanceDisagreements([stance({}), stance({ polarity: -1 })])).toEqual([]);
  });
});
