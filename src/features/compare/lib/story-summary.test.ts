import { describe, expect, it } from 'vitest';
import { buildFixtureAnalysis } from '../../../testing/analysis-fixture';
import { buildAlignedRows } from './aligned-rows';
import { indexAnalysis } from './analysis-index';
import { plural, storyHeading, summarize } from './story-summary';

describe('summarize', () => {
  it('counts shared facts, disagreements and what only each source reports', () => {
    const story = buildFixtureAnalysis({
      articles: [
        {
          key: 'a',
          outlet: 'A',
          paragraphs: [['Menu', 'One.', 'Two.', 'Three.']],
          boilerplate: [0],
        },
        { key: 'b', outlet: 'B', paragraphs: [['Uno.', 'Dos.']] },
      ],
      facts: [
        { sentences: ['a:1', 'b:0'], relation: 'agree' },
        { sentences: ['a:2', 'b:1'], relation: 'conflict' },
        { sentences: ['a:3', 'b:1'], relation: 'partial' },
      ],
      disagreements: [
        {
          summary: 's',
          sides: [
            { sentence: 'a:2', quote: 'Two' },
            { sentence: 'b:1', quote: 'Dos' },
          ],
        },
      ],
    });
    const index = indexAnalysis(story);
    expect(summarize(index, buildAlignedRows(index))).toEqual({
      sources: 2,
      sharedFacts: 2,
      links: 3,
      byRelation: { agree: 1, partial: 0, conflict: 1 },
      disagreements: 1,
      onlyIn: [
        { label: 'A', count: 0 },
        { label: 'B', count: 0 },
      ],
    });
  });
});

describe('plural', () => {
  it('chooses the form by count', () => {
    expect(plural(0, 'fact')).toBe('0 facts');
    expect(plural(1, 'fact')).toBe('1 fact');
    expect(plural(1200, 'sentence')).toBe('1,200 sentences');
    expect(plural(1234567, 'word')).toBe('1,234,567 words');
    expect(plural(999, 'word')).toBe('999 words');
    expect(plural(2, 'story', 'stories')).toBe('2 stories');
  });
});

describe('storyHeading', () => {
  it('names up to three sources and gives the span of their dates', () => {
    const two = buildFixtureAnalysis({
      articles: [
        { key: 'a', outlet: 'AP', published: '2020-05-02', paragraphs: [['One.']] },
        { key: 'b', outlet: 'DW', published: '2020-05-01', paragraphs: [['Uno.']] },
      ],
    });
    expect(storyHeading(indexAnalysis(two))).toEqual({
      heading: 'Comparing AP and DW',
      subheading: '1 May 2020 – 2 May 2020',
    });
    const four = buildFixtureAnalysis({
      articles: ['a', 'b', 'c', 'd'].map((key, i) => ({
        published: i === 3 ? null : `2021-0${3 - i}-10`,
        key,
        outlet: key.toUpperCase(),
        paragraphs: [['x.']],
      })),
    });
    expect(storyHeading(indexAnalysis(four))).toEqual({
      heading: 'Comparing 4 sources',
      subheading: '10 January 2021 – 10 March 2021',
    });
  });
});
