import { describe, expect, it } from 'vitest';
import { buildFixtureAnalysis } from '../../../testing/analysis-fixture';
import { counterpartsOf, indexAnalysis, paragraphNumbers } from './analysis-index';

const story = buildFixtureAnalysis({
  articles: [
    {
      key: 'a',
      outlet: 'A',
      paragraphs: [['Nav'], ['One.', 'Two.'], ['Three.']],
      boilerplate: [0],
    },
    { key: 'b', outlet: 'B', paragraphs: [['Uno.', 'Dos.']] },
    { key: 'c', outlet: 'C', paragraphs: [['Eins.']] },
  ],
  facts: [
    { sentences: ['a:1', 'b:0', 'nope:9'], relation: 'agree' },
    { sentences: ['a:2', 'a:3'], relation: 'partial' },
    { sentences: ['a:1', 'c:0'], relation: 'partial' },
  ],
  disagreements: [{ summary: 'x', sides: [{ sentence: 'b:1', quote: 'Dos' }] }],
});

describe('indexAnalysis', () => {
  const index = indexAnalysis(story);

  it('drops unknown sentences and facts that do not span two articles', () => {
    expect(index.facts.map((f) => f.sentences)).toEqual([
      ['a:1', 'b:0'],
      ['a:1', 'c:0'],
    ]);
    expect(index.factsBySentence.get('a:1')).toHaveLength(2);
  });

  it('keeps boilerplate out of the body', () => {
    expect(index.body[0]?.map((s) => s.id)).toEqual(['a:1', 'a:2', 'a:3']);
    expect(index.sentences.get('a:0')?.hidden).toBe(true);
  });

  it('indexes disagreement sides by sentence', () => {
    expect(index.sidesBySentence.get('b:1')?.[0]?.side.start).toBe(
      story.articles[1]?.text.indexOf('Dos'),
    );
  });

  it('finds counterparts across all facts of a sentence', () => {
    expect([...counterpartsOf(index, 'a:1')].sort()).toEqual(['b:0', 'c:0']);
    expect(counterpartsOf(index, 'a:3').size).toBe(0);
  });
});

describe('paragraphNumbers', () => {
  it('counts body paragraphs only, from 1', () => {
    expect(paragraphNumbers(story.articles[0]!)).toEqual([0, 1, 1, 2]);
    expect(paragraphNumbers(story.articles[1]!)).toEqual([1, 1]);
  });
});
