import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildFixtureAnalysis } from '../../../testing/analysis-fixture';
import { buildAlignedRows } from './aligned-rows';
import type { AlignedRow, FactRow } from './aligned-rows';
import { indexAnalysis } from './analysis-index';
import { factRowSentence, factStop } from './fact-steps';
import type { FactStop } from './fact-steps';

/**
 * Three sources. A's first sentence reports two facts: it is shown in row 1, and row 2 (which
 * places C's first sentence) refers to it. B's and C's first sentences also agree with each
 * other, but both are shown by then: that fact gets no row of its own.
 */
const story = buildFixtureAnalysis({
  articles: [
    {
      key: 'a',
      outlet: 'A',
      paragraphs: [['Storm kills 12 and floods the port.'], ['Aid comes.']],
    },
    { key: 'b', outlet: 'B', paragraphs: [['Twelve die in the storm.'], ['Aid is on its way.']] },
    { key: 'c', outlet: 'C', paragraphs: [['The port is flooded.'], ['Schools close.']] },
  ],
  facts: [
    { sentences: ['a:0', 'b:0'], relation: 'agree', score: 0.9 },
    { sentences: ['a:0', 'c:0'], relation: 'agree', score: 0.8 },
    { sentences: ['b:0', 'c:0'], relation: 'agree', score: 0.7 },
    { sentences: ['a:1', 'b:1'], relation: 'agree', score: 0.6 },
  ],
});

/** Every stop of j (delta 1) or k (delta -1) from `from` on, until there is none. */
function walk(rows: AlignedRow[], from: number | null, delta: 1 | -1, column: number) {
  const stops: FactStop[] = [];
  for (let stop = factStop(rows, from, delta, column); stop;) {
    stops.push(stop);
    stop = factStop(rows, stop.row, delta, column);
  }
  return stops;
}

const ordinal = (rows: AlignedRow[], r: number) => {
  const row = rows[r];
  return row?.kind === 'fact' ? row.ordinal : null;
};

function factRow(rows: AlignedRow[], ordinalWanted: number): FactRow {
  const row = rows.find((r) => r.kind === 'fact' && r.ordinal === ordinalWanted);
  if (row?.kind !== 'fact') throw new Error(`no fact row ${ordinalWanted}`);
  return row;
}

describe('factRowSentence', () => {
  const rows = buildAlignedRows(indexAnalysis(story), 0);

  it("takes the column's sentence that the row shows, else the row's first", () => {
    expect(factRowSentence(factRow(rows, 1), 0)?.id).toBe('a:0');
    // Row 2 refers to a:0 (shown in row 1) and shows c:0: j lands on c:0.
    expect(factRow(rows, 2).cells[0]?.repeats.map((r) => r.info.id)).toEqual(['a:0']);
    expect(factRowSentence(factRow(rows, 2), 0)?.id).toBe('c:0');
    expect(factRowSentence(factRow(rows, 2), 2)?.id).toBe('c:0');
  });

  it('gives no row to a fact whose sentences are all shown in other rows', () => {
    const ordinals = rows.flatMap((r) => (r.kind === 'fact' ? [r.ordinal] : []));
    expect(ordinals).toEqual([1, 2, 3]);
    expect(rows.every((r) => r.kind !== 'fact' || r.cells.some((c) => c.placed.length > 0))).toBe(
      true,
    );
  });
});

describe('factStop', () => {
  const rows = buildAlignedRows(indexAnalysis(story), 0);

  it('visits every fact row in order with j, then back with k', () => {
    const forward = walk(rows, null, 1, 0);
    expect(forward.map((s) => ordinal(rows, s.row))).toEqual([1, 2, 3]);
    expect(forward.map((s) => s.info.id)).toEqual(['a:0', 'c:0', 'a:1']);
    const last = forward.at(-1)?.row ?? null;
    expect(walk(rows, last, -1, 0).map((s) => ordinal(rows, s.row))).toEqual([2, 1]);
  });

  it('starts from the first or the last fact row', () => {
    expect(ordinal(rows, factStop(rows, null, 1, 0)?.row ?? -1)).toBe(1);
    expect(ordinal(rows, factStop(rows, null, -1, 0)?.row ?? -1)).toBe(3);
  });

  it('visits every fact row of any analysis, whichever column leads', () => {
    const stories = fc
      .array(fc.integer({ min: 1, max: 6 }), { minLength: 2, maxLength: 4 })
      .chain((sizes) => {
        const ids = sizes.flatMap((n, a) => Array.from({ length: n }, (_, i) => `a${a}:${i}`));
        const fact = fc.record({
          sentences: fc.uniqueArray(fc.constantFrom(...ids), { minLength: 2, maxLength: 4 }),
          relation: fc.constantFrom('agree' as const, 'partial' as const, 'conflict' as const),
          score: fc.double({ min: 0, max: 1, noNaN: true }),
        });
        return fc.record({
          sizes: fc.constant(sizes),
          facts: fc.array(fact, { maxLength: 12 }),
          lead: fc.integer({ min: 0, max: sizes.length - 1 }),
        });
      });
    fc.assert(
      fc.property(stories, ({ sizes, facts, lead }) => {
        const analysis = buildFixtureAnalysis({
          articles: sizes.map((n, a) => ({
            key: `a${a}`,
            outlet: `A${a}`,
            paragraphs: [Array.from({ length: n }, (_, i) => `S${a}-${i}.`)],
          })),
          facts,
        });
        const all = buildAlignedRows(indexAnalysis(analysis), lead);
        const factRows = all.flatMap((row, r) => (row.kind === 'fact' ? [r] : []));
        expect(walk(all, null, 1, lead).map((s) => s.row)).toEqual(factRows);
        expect(walk(all, null, -1, lead).map((s) => s.row)).toEqual([...factRows].reverse());
        for (const stop of walk(all, null, 1, lead)) {
          const row = all[stop.row];
          const inRow =
            row?.kind === 'fact' &&
            row.cells.some((c) => c.placed.some((p) => p.info === stop.info));
          expect(inRow).toBe(true);
        }
      }),
    );
  });
});
