import { describe, expect, it } from 'vitest';
import { buildFixtureAnalysis } from '../../../testing/analysis-fixture';
import { indexAnalysis } from './analysis-index';
import { buildAlignedRows } from './aligned-rows';
import type { FactRow } from './aligned-rows';
import {
  columnWidth,
  factCellHeight,
  gapCellHeight,
  metricsFor,
  paragraphHeight,
  rowHeight,
  rowsToDraw,
  rowWeight,
} from './row-estimates';

const long = 'The storm cut power to thousands of homes along the coast overnight, officials said.';
const short = 'It rained.';
const index = indexAnalysis(
  buildFixtureAnalysis({
    articles: [
      { key: 'a', outlet: 'A', paragraphs: [[long, short], [`${long} ${long}`]] },
      { key: 'b', outlet: 'B', paragraphs: [[short, long]] },
      { key: 'c', outlet: 'C', paragraphs: [['Nothing to see.']] },
    ],
    facts: [{ sentences: ['a:0', 'b:1'], relation: 'agree' }],
  }),
);
const rows = buildAlignedRows(index);
const wide = metricsFor(304, true);
const factRow = rows.find((r): r is FactRow => r.kind === 'fact');

describe('columnWidth and metricsFor', () => {
  it('gives a column at least 19rem beside the panel, or the whole narrow window', () => {
    expect(columnWidth(1440, 12, true)).toBe(304);
    expect(columnWidth(1440, 2, true)).toBe(524);
    expect(columnWidth(390, 12, false)).toBe(390);
    expect(metricsFor(524, true).charsPerLine).toBeGreaterThan(wide.charsPerLine);
  });
});

describe('cell heights', () => {
  it('grows with the text and its lines, and gives an empty fact cell its note', () => {
    if (!factRow) throw new Error('no fact row');
    const [a, b, c] = factRow.cells;
    if (!a || !b || !c) throw new Error('cells');
    expect(factCellHeight(c, wide)).toBe(45);
    expect(factCellHeight(a, wide)).toBeGreaterThan(factCellHeight(c, wide));
    // The narrow layout shows each cell's fact label; a wider column needs fewer lines.
    expect(factCellHeight(a, metricsFor(304, false))).toBeGreaterThan(factCellHeight(a, wide));
    expect(factCellHeight(a, metricsFor(1200, true))).toBeLessThan(factCellHeight(a, wide));
    expect(gapCellHeight([], wide)).toBe(0);
  });

  it('makes a row as tall as its tallest cell, and a fact row at least as tall as its gutter', () => {
    for (const row of rows) {
      const cells =
        row.kind === 'fact'
          ? row.cells.map((cell) => factCellHeight(cell, wide))
          : row.cells.map((items) => gapCellHeight(items, wide));
      expect(rowHeight(row, wide)).toBeGreaterThanOrEqual(Math.max(...cells));
    }
  });

  it('estimates a paragraph of the reading view by its running text', () => {
    const [first, , third] = index.body[0] ?? [];
    if (!first || !third) throw new Error('sentences');
    expect(paragraphHeight([first, third], wide)).toBeGreaterThan(paragraphHeight([first], wide));
  });
});

describe('rowsToDraw', () => {
  it('draws rows until the height is filled and the work done, never past the end', () => {
    const all = rows.length;
    expect(rowsToDraw(rows, 0, 0, 0, wide)).toBe(0);
    expect(rowsToDraw(rows, 0, 1, 0, wide)).toBe(1);
    expect(rowsToDraw(rows, 0, 0, 1, wide)).toBe(1);
    expect(rowsToDraw(rows, 0, 1e9, 0, wide)).toBe(all);
    expect(rowsToDraw(rows, all - 1, 0, 1e9, wide)).toBe(1);
    const weight = rows.reduce((n, row) => n + rowWeight(row), 0);
    expect(rowsToDraw(rows, 0, 0, weight, wide)).toBe(all);
  });

  it('weighs a row by its cells and, more, its sentences', () => {
    if (!factRow) throw new Error('no fact row');
    // Three columns, two sentences.
    expect(rowWeight(factRow)).toBe(3 + 2 * 2);
  });
});
