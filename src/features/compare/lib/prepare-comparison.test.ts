import { describe, expect, it } from 'vitest';
import { buildFixtureAnalysis } from '../../../testing/analysis-fixture';
import { buildAlignedRows, rowMarks } from './aligned-rows';
import { indexAnalysis } from './analysis-index';
import { prepareComparison, preparedInSteps } from './prepare-comparison';
import { readerSummary } from './reader-summary';
import { summarize } from './story-summary';

const analysis = buildFixtureAnalysis({
  articles: [
    {
      key: 'a',
      outlet: 'A',
      paragraphs: [['A fire destroyed the depot on Monday.', 'Twelve people died.']],
    },
    {
      key: 'b',
      outlet: 'B',
      paragraphs: [['The depot burned down on Monday.', 'Nine people were killed.']],
    },
    {
      key: 'c',
      outlet: 'C',
      paragraphs: [['外交部长表示，会谈将在春季继续进行，他对此充满希望。']],
    },
  ],
  facts: [
    { sentences: ['a:0', 'b:0'], relation: 'agree' },
    { sentences: ['a:1', 'b:1'], relation: 'conflict' },
  ],
  disagreements: [
    {
      summary: 'Dead in the depot fire: 12 vs 9',
      sides: [
        { sentence: 'a:1', quote: 'Twelve', value: 12 },
        { sentence: 'b:1', quote: 'Nine', value: 9 },
      ],
    },
  ],
});

describe('prepareComparison', () => {
  it('computes, step by step, what the view would compute as it draws', async () => {
    let pauses = 0;
    const pause = () => {
      pauses += 1;
      return Promise.resolve();
    };
    const prepared = await prepareComparison(analysis, () => false, pause);
    const index = indexAnalysis(analysis);
    const rows = buildAlignedRows(index);
    expect(prepared?.rows).toEqual(rows);
    expect(prepared?.marks).toEqual(rowMarks(rows));
    expect(prepared?.counts).toEqual(summarize(index, rows));
    expect(prepared?.summary).toEqual(readerSummary(index, rows));
    expect(prepared?.notEnglish).toEqual([2]);
    // A step per stage, and one per article for its language.
    expect(pauses).toBe(8 + analysis.articles.length);
  });

  it('gives null, and stops, once the result is no longer wanted', async () => {
    let steps = 0;
    const pause = () => {
      steps += 1;
      return Promise.resolve();
    };
    expect(await prepareComparison(analysis, () => steps >= 3, pause)).toBeNull();
    expect(steps).toBe(3);
  });

  it('is for analyses of more than a few thousand sentences', () => {
    expect(preparedInSteps(analysis)).toBe(false);
  });
});
