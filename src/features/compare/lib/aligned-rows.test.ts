import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildFixtureAnalysis } from '../../../testing/analysis-fixture';
import {
  buildAlignedRows,
  claimRows,
  nextFactRow,
  orderClaims,
  rowMarks,
  rowOfSentence,
} from './aligned-rows';
import type { AlignedRow } from './aligned-rows';
import { indexAnalysis } from './analysis-index';

const story = buildFixtureAnalysis({
  articles: [
    {
      key: 'a',
      outlet: 'A',
      paragraphs: [
        ['Ministers meet.'],
        ['They met in Paris.', 'Only A says this.'],
        ['A press event.'],
        ['Troops withdraw.'],
        ['A closing line.'],
      ],
    },
    {
      key: 'b',
      outlet: 'B',
      paragraphs: [
        ['Ministers met.'],
        ['Only B says this.'],
        ['Troops should go.'],
        ['They met in Paris on Sunday.'],
        ['A news conference.'],
      ],
    },
  ],
  facts: [
    { sentences: ['a:1', 'b:3'], relation: 'agree' },
    { sentences: ['a:3', 'b:4'], relation: 'agree' },
    { sentences: ['a:4', 'b:2'], relation: 'partial' },
    { sentences: ['a:0', 'b:0'], relation: 'agree' },
  ],
});

/** The rows in words: "fact a:1|b:3" or "gap -|b:1". */
function describeRows(rows: AlignedRow[]): string[] {
  return rows.map((row) =>
    row.kind === 'fact'
      ? `fact ${row.cells.map((c) => c.placed.map((p) => p.info.id + (p.outOfOrder ? '*' : '')).join(',') || '-').join('|')}`
      : `gap ${row.cells.map((c) => c.map((i) => i.info.id + (i.linkedTo ? `~${i.linkedTo}` : '')).join(',') || '-').join('|')}`,
  );
}

describe('orderClaims', () => {
  it('follows the lead article', () => {
    const index = indexAnalysis(story);
    const claims = claimRows(index);
    expect(orderClaims(index, claims, 0).map((c) => c.fact.sentences[0])).toEqual([
      'a:0',
      'a:1',
      'a:3',
      'a:4',
    ]);
    expect(orderClaims(index, claims, 1).map((c) => c.fact.sentences[1])).toEqual([
      'b:0',
      'b:2',
      'b:3',
      'b:4',
    ]);
  });
});

describe('claimRows', () => {
  it('places the strongest facts first and keeps weaker links that add no new pair as links', () => {
    const linked = buildFixtureAnalysis({
      articles: [
        { key: 'a', outlet: 'A', paragraphs: [['One.', 'Two.']] },
        { key: 'b', outlet: 'B', paragraphs: [['Uno.', 'Dos.']] },
      ],
      facts: [
        { sentences: ['a:0', 'b:1'], relation: 'partial' },
        { sentences: ['a:0', 'b:0'], relation: 'agree' },
        { sentences: ['a:1', 'b:1'], relation: 'partial' },
      ],
    });
    expect(claimRows(indexAnalysis(linked)).map((c) => c.members.map((m) => m.id))).toEqual([
      ['a:0', 'b:0'],
      ['a:1', 'b:1'],
    ]);
  });
});

describe('buildAlignedRows', () => {
  it('puts shared facts side by side and single-source sentences between them in reading order', () => {
    expect(describeRows(buildAlignedRows(indexAnalysis(story), 0))).toEqual([
      'fact a:0|b:0',
      'gap -|b:1',
      'fact a:1|b:3',
      'gap a:2|-',
      'fact a:3|b:4',
      'fact a:4|b:2*',
      'gap a:5|-',
    ]);
  });

  it('flags the other column when another article leads', () => {
    expect(describeRows(buildAlignedRows(indexAnalysis(story), 1))).toEqual([
      'fact a:0|b:0',
      'gap -|b:1',
      'fact a:4*|b:2',
      'fact a:1|b:3',
      'gap a:2|-',
      'fact a:3|b:4',
      'gap a:5|-',
    ]);
  });

  it('shows a sentence held by two facts once: a weaker pair becomes a link, a group refers to it', () => {
    const twice = buildFixtureAnalysis({
      articles: [
        { key: 'a', outlet: 'A', paragraphs: [['One.', 'Two.']] },
        { key: 'b', outlet: 'B', paragraphs: [['Uno.', 'Dos.']] },
        { key: 'c', outlet: 'C', paragraphs: [['Eins.']] },
      ],
      facts: [
        { sentences: ['a:0', 'b:0'], relation: 'agree' },
        { sentences: ['a:0', 'b:1'], relation: 'partial' },
        { sentences: ['a:1', 'b:0', 'c:0'], relation: 'partial' },
      ],
    });
    const rows = buildAlignedRows(indexAnalysis(twice));
    expect(describeRows(rows)).toEqual(['fact a:0|b:0|-', 'gap -|b:1~1|-', 'fact a:1|-|c:0']);
    const group = rows[2];
    if (group?.kind !== 'fact') throw new Error('expected a fact row');
    expect(group.cells[1]?.repeats.map((r) => [r.info.id, r.shownInFact])).toEqual([['b:0', 1]]);
  });

  it('shows a sentence in every agreeing fact it reports, placed once and repeated elsewhere', () => {
    const both = buildFixtureAnalysis({
      articles: [
        {
          key: 'a',
          outlet: 'A',
          paragraphs: [['They met on Sunday and asked for a pullback.', 'Other.']],
        },
        {
          key: 'b',
          outlet: 'B',
          paragraphs: [['They met on Sunday.', 'Middle.', 'They asked for a pullback.']],
        },
      ],
      facts: [
        { sentences: ['a:0', 'b:0'], relation: 'agree', score: 0.9 },
        { sentences: ['a:0', 'b:2'], relation: 'agree', score: 0.8 },
      ],
    });
    const rows = buildAlignedRows(indexAnalysis(both));
    expect(describeRows(rows)).toEqual(['fact a:0|b:0', 'gap a:1|b:1', 'fact -|b:2']);
    const second = rows[2];
    if (second?.kind !== 'fact') throw new Error('expected a fact row');
    expect(second.cells[0]?.repeats.map((r) => [r.info.id, r.shownInFact])).toEqual([['a:0', 1]]);
  });

  it('leaves boilerplate out and shows every body sentence exactly once', () => {
    const noisy = buildFixtureAnalysis({
      articles: [
        {
          key: 'a',
          outlet: 'A',
          paragraphs: [['Menu'], ['Real news.', 'More news.'], ['Share this']],
          boilerplate: [0, 3],
        },
        { key: 'b', outlet: 'B', paragraphs: [['Real news here.']] },
      ],
      facts: [{ sentences: ['a:1', 'b:0'], relation: 'agree' }],
    });
    const rows = buildAlignedRows(indexAnalysis(noisy));
    const shown = rows.flatMap((row) =>
      row.kind === 'fact'
        ? row.cells.flatMap((c) => c.placed.map((p) => p.info.id))
        : row.cells.flat().map((i) => i.info.id),
    );
    expect(shown.sort()).toEqual(['a:1', 'a:2', 'b:0']);
  });

  it('with no facts, gives one gap row holding every article in order', () => {
    const bare = buildFixtureAnalysis({
      articles: [
        { key: 'a', outlet: 'A', paragraphs: [['One.', 'Two.']] },
        { key: 'b', outlet: 'B', paragraphs: [['Uno.']] },
      ],
    });
    expect(describeRows(buildAlignedRows(indexAnalysis(bare)))).toEqual(['gap a:0,a:1|b:0']);
  });
});

describe('fact navigation', () => {
  const rows = buildAlignedRows(indexAnalysis(story), 0);

  it('knows the row of every shown sentence', () => {
    const at = rowOfSentence(rows);
    expect(at.get('a:0')).toBe(0);
    expect(at.get('b:1')).toBe(1);
    expect(at.get('b:2')).toBe(5);
    expect(at.size).toBe(11);
  });

  it('steps from any row to the neighbouring fact rows and stops at the ends', () => {
    expect(nextFactRow(rows, null, 1)).toBe(0);
    expect(nextFactRow(rows, null, -1)).toBe(5);
    expect(nextFactRow(rows, 1, 1)).toBe(2);
    expect(nextFactRow(rows, 3, -1)).toBe(2);
    expect(nextFactRow(rows, 5, 1)).toBeNull();
    expect(nextFactRow(rows, 0, -1)).toBeNull();
  });
});

describe('rowMarks', () => {
  it('names the row of every placed sentence and the row a linked sentence points to', () => {
    const linked = buildFixtureAnalysis({
      articles: [
        { key: 'a', outlet: 'A', paragraphs: [['One.', 'Two.']] },
        { key: 'b', outlet: 'B', paragraphs: [['Uno.', 'Dos.']] },
      ],
      facts: [
        { sentences: ['a:0', 'b:0'], relation: 'agree' },
        { sentences: ['a:0', 'b:1'], relation: 'partial' },
      ],
    });
    const marks = rowMarks(buildAlignedRows(indexAnalysis(linked)));
    expect(marks.get('a:0')).toEqual({ ordinal: 1, relation: 'agree', linked: false });
    expect(marks.get('b:1')).toEqual({ ordinal: 1, relation: 'agree', linked: true });
    expect(marks.has('a:1')).toBe(false);
  });
});

describe('buildAlignedRows on any analysis', () => {
  /** A random story: 1–4 articles of 0–8 sentences, random facts of 2–4 sentences. */
  const stories = fc
    .array(fc.integer({ min: 0, max: 8 }), { minLength: 1, maxLength: 4 })
    .chain((sizes) => {
      const ids = sizes.flatMap((n, a) => Array.from({ length: n }, (_, i) => `a${a}:${i}`));
      const fact = fc.record({
        sentences: fc.uniqueArray(fc.constantFrom(...(ids.length > 0 ? ids : ['none'])), {
          minLength: 2,
          maxLength: 4,
        }),
        relation: fc.constantFrom('agree' as const, 'partial' as const, 'conflict' as const),
        score: fc.double({ min: 0, max: 1, noNaN: true }),
      });
      return fc.record({
        sizes: fc.constant(sizes),
        facts: fc.array(fact, { maxLength: ids.length > 1 ? 10 : 0 }),
        lead: fc.integer({ min: 0, max: sizes.length - 1 }),
      });
    });

  it('shows every body sentence exactly once in its place, in reading order between the rows', () => {
    fc.assert(
      fc.property(stories, ({ sizes, facts, lead }) => {
        const analysis = buildFixtureAnalysis({
          articles: sizes.map((n, a) => ({
            key: `a${a}`,
            outlet: `A${a}`,
            paragraphs: n === 0 ? [] : [Array.from({ length: n }, (_, i) => `S${a}-${i}.`)],
          })),
          facts,
        });
        const index = indexAnalysis(analysis);
        const rows = buildAlignedRows(index, lead);
        const placed = rows.flatMap((row) =>
          row.kind === 'fact'
            ? row.cells.flatMap((c) => c.placed.map((p) => p.info.id))
            : row.cells.flatMap((c) => c.map((i) => i.info.id)),
        );
        expect([...placed].sort()).toEqual(
          index.body
            .flat()
            .map((i) => i.id)
            .sort(),
        );
        sizes.forEach((_, column) => {
          // Reading order holds for everything that is not flagged as shown out of order.
          const order = rows.flatMap((row) =>
            row.kind === 'fact'
              ? (row.cells[column]?.placed ?? [])
                  .filter((p) => !p.outOfOrder)
                  .map((p) => p.info.index)
              : (row.cells[column] ?? []).map((i) => i.info.index),
          );
          expect(order).toEqual([...order].sort((x, y) => x - y));
        });
        for (const row of rows) {
          if (row.kind !== 'fact') continue;
          expect(
            row.cells.filter((c) => c.placed.length + c.repeats.length > 0).length,
          ).toBeGreaterThanOrEqual(2);
          for (const repeat of row.cells.flatMap((c) => c.repeats))
            expect(placed).toContain(repeat.info.id);
        }
      }),
    );
  });
});
