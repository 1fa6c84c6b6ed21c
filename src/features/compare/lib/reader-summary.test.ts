import { describe, expect, it } from 'vitest';
import { buildFixtureAnalysis } from '../../../testing/analysis-fixture';
import type { FixtureStory } from '../../../testing/analysis-fixture';
import { buildAlignedRows } from './aligned-rows';
import { indexAnalysis } from './analysis-index';
import { coverageOf, shorten } from './coverage';
import type { DisputeSide } from './reader-summary';
import { groupSides, readerSummary } from './reader-summary';

/** Three reports of one (invented) fire: C gives another toll, B says nothing of the cause. */
const FIRE: FixtureStory = {
  articles: [
    {
      key: 'a',
      outlet: 'A',
      paragraphs: [
        ['A fire destroyed the depot on Monday.', 'Twelve people died, police said.'],
        ['The cause was an electrical fault.'],
      ],
    },
    {
      key: 'b',
      outlet: 'B',
      paragraphs: [['The depot burned down on Monday.', 'Twelve people were killed.']],
    },
    {
      key: 'c',
      outlet: 'C',
      paragraphs: [
        ['Fire razed the depot on Monday.', 'Nine people died, officials said.'],
        ['Investigators blamed faulty wiring.', 'The mayor visited the site.'],
      ],
    },
  ],
  facts: [
    { sentences: ['a:0', 'b:0', 'c:0'], relation: 'agree' },
    { sentences: ['a:1', 'b:1', 'c:1'], relation: 'conflict' },
    { sentences: ['a:2', 'c:2'], relation: 'agree' },
  ],
  disagreements: [
    {
      summary: 'Dead in the depot fire: 12 vs 9',
      sides: [
        { sentence: 'a:1', quote: 'Twelve', value: 12, attribution: 'police' },
        { sentence: 'b:1', quote: 'Twelve', value: 12 },
        { sentence: 'c:1', quote: 'Nine', value: 9, attribution: 'officials' },
      ],
    },
  ],
};

describe('coverageOf', () => {
  it('says for every fact and source: reports it, not reported, or reports it differently', () => {
    const index = indexAnalysis(buildFixtureAnalysis(FIRE));
    const coverage = coverageOf(index, buildAlignedRows(index));
    const table = coverage.rows.map((row) => [row.ordinal, row.cells.map((c) => c.state)]);
    expect(table).toEqual([
      [1, ['reports', 'reports', 'reports']],
      [2, ['differs', 'differs', 'differs']],
      [3, ['reports', 'absent', 'reports']],
    ]);
    expect(coverage.rows[1]?.cells.map((c) => c.values)).toEqual([
      ['Twelve'],
      ['Twelve'],
      ['Nine'],
    ]);
    expect(coverage.rows[0]?.gist).toBe('A fire destroyed the depot on Monday.');
    expect(coverage.totals[1]).toEqual({ reports: 1, differs: 1, absent: 1 });
  });

  it('numbers its rows as the aligned grid does', () => {
    const index = indexAnalysis(buildFixtureAnalysis(FIRE));
    const rows = buildAlignedRows(index, 2);
    const ordinals = rows.flatMap((row) => (row.kind === 'fact' ? [row.fact.id] : []));
    expect(coverageOf(index, rows).rows.map((row) => row.factId)).toEqual(ordinals);
  });
});

describe('readerSummary', () => {
  it('tells each dispute by value, attribution and source, and what only one source has', () => {
    const index = indexAnalysis(buildFixtureAnalysis(FIRE));
    const summary = readerSummary(index, buildAlignedRows(index));
    expect(summary.disputes).toHaveLength(1);
    const sides = summary.disputes[0]?.sides.map((s) => [s.value, s.attribution, s.source]);
    expect(sides).toEqual([
      ['Twelve', 'according to police', 'A'],
      ['Twelve', 'no source named', 'B'],
      ['Nine', 'according to officials', 'C'],
    ]);
    const side = summary.disputes[0]?.sides[2];
    expect(side && side.sentence.text.slice(side.start, side.end)).toBe('Nine');
    expect(summary.onlyIn.map((o) => [o.label, o.sentences.map((s) => s.text)])).toEqual([
      ['A', []],
      ['B', []],
      ['C', ['The mayor visited the site.']],
    ]);
    expect(summary.coverage?.rows).toHaveLength(3);
  });

  it('has no coverage matrix for two sources', () => {
    const two: FixtureStory = { ...FIRE, articles: FIRE.articles.slice(0, 2), facts: [] };
    const index = indexAnalysis(buildFixtureAnalysis({ ...two, disagreements: [] }));
    expect(readerSummary(index, buildAlignedRows(index)).coverage).toBeNull();
  });
});

describe('groupSides', () => {
  const index = indexAnalysis(buildFixtureAnalysis(FIRE));
  const sides = readerSummary(index, buildAlignedRows(index)).disputes[0]?.sides ?? [];
  /** The same side as printed by another source (a copy of the same sentence). */
  const copy = (side: DisputeSide, source: string): DisputeSide => ({ ...side, source });

  it('tells a side that several sources print alike once, with each source', () => {
    const [police, unnamed, officials] = sides as [DisputeSide, DisputeSide, DisputeSide];
    const groups = groupSides([police, copy(police, 'D'), unnamed, officials, copy(police, 'E')]);
    expect(groups.map((g) => [g.value, g.attribution, g.sources])).toEqual([
      ['Twelve', 'according to police', ['A', 'D', 'E']],
      ['Twelve', 'no source named', ['B']],
      ['Nine', 'according to officials', ['C']],
    ]);
    expect(groups[0]?.sentence).toBe(police.sentence);
  });

  it('keeps apart sides that differ in value, attribution, sentence or place', () => {
    const [police] = sides as [DisputeSide];
    const groups = groupSides([
      police,
      { ...police, source: 'D', attribution: 'no source named' },
      { ...police, source: 'E', start: police.start + 1 },
      { ...police, source: 'F', sentence: { ...police.sentence, text: 'Twelve died.' } },
      copy(police, 'A'),
    ]);
    expect(groups.map((g) => g.sources)).toEqual([['A'], ['D'], ['E'], ['F']]);
  });
});

describe('shorten', () => {
  it('cuts at a word boundary', () => {
    expect(shorten('Kerry and Lavrov met in Paris on Sunday', 20)).toBe('Kerry and Lavrov met…');
    expect(shorten('Short.', 20)).toBe('Short.');
  });
});
