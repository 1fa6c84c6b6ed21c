import { describe, expect, it } from 'vitest';
import { findNumericDisagreements, unitKey, valuesConflict, type QuantityFinding } from './numeric';

const q = (over: Partial<QuantityFinding>): QuantityFinding => ({
  article: 0,
  sentence: 'a:0',
  start: 0,
  end: 5,
  value: 1,
  unit: 'troops',
  approximate: false,
  attribution: null,
  antecedent: null,
  described: 'troops',
  written: '1',
  bound: null,
  context: new Set(['mass', 'border']),
  ...over,
});
const order = new Map([
  ['a:0', 0],
  ['a:1', 1],
  ['a:5', 5],
  ['b:0', 0],
]);
const never = () => 0;

describe('valuesConflict', () => {
  it('tolerates rounding, and more for approximate figures', () => {
    expect(valuesConflict({ value: 100000 }, { value: 40000 })).toBe(true);
    expect(valuesConflict({ value: 1000 }, { value: 1010 })).toBe(false);
    expect(valuesConflict({ value: 100, approximate: true }, { value: 90 })).toBe(false);
    expect(valuesConflict({ value: 100, approximate: true }, { value: 60 })).toBe(true);
  });

  it('reads bounds: "at least"/"hundreds" from below, "nearly" from above', () => {
    expect(valuesConflict({ value: 200, bound: 'min', approximate: true }, { value: 485 })).toBe(
      false,
    );
    expect(valuesConflict({ value: 12, bound: 'min' }, { value: 9 })).toBe(true);
    expect(
      valuesConflict({ value: 3, bound: 'max', approximate: true }, { value: 1, bound: 'min' }),
    ).toBe(false);
    expect(valuesConflict({ value: 1, bound: 'max', approximate: true }, { value: 4 })).toBe(true);
  });
});

describe('unitKey', () => {
  it('folds plurals and paraphrases', () => {
    expect(unitKey('troops')).toBe(unitKey('troop'));
    expect(unitKey('forces')).toBe(unitKey('troops'));
    expect(unitKey('casualties')).toBe(unitKey('casualty'));
    expect(unitKey('hours')).toBe(unitKey('hour'));
    expect(unitKey(null)).toBeNull();
  });
});

describe('findNumericDisagreements', () => {
  it('pairs a bare figure that refers back ("put the number at") with its antecedent', () => {
    const found = findNumericDisagreements(
      [
        q({ value: 100000, written: '100,000', attribution: 'Kyiv' }),
        q({
          sentence: 'a:1',
          value: 40000,
          written: '40,000',
          attribution: 'US officials',
          antecedent: 0,
        }),
      ],
      order,
      never,
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.sides.map((s) => [s.value, s.attribution])).toEqual([
      [100000, 'Kyiv'],
      [40000, 'US officials'],
    ]);
    expect(found[0]?.summary).toContain('100,000 vs 40,000');
  });

  it('pairs figures credited to different sources in consecutive sentences', () => {
    const found = findNumericDisagreements(
      [
        q({ attribution: 'police', value: 12 }),
        q({ sentence: 'a:1', attribution: 'the army', value: 30 }),
      ],
      order,
      never,
    );
    expect(found).toHaveLength(1);
  });

  it('pairs figures for one thing in aligned sentences of two articles', () => {
    const found = findNumericDisagreements(
      [q({ value: 26 }), q({ article: 1, sentence: 'b:0', value: 12 })],
      order,
      () => 0.5,
    );
    expect(found).toHaveLength(1);
  });

  it('finds no conflict with a sentence that lists a fitting figure among others', () => {
    const found = findNumericDisagreements(
      [
        q({ value: 4, unit: 'life sentences' }),
        q({ article: 1, sentence: 'b:0', value: 7, unit: 'life sentences' }),
        q({ article: 1, sentence: 'b:0', value: 4, unit: 'life sentences' }),
      ],
      order,
      () => 1,
    );
    expect(found).toEqual([]);
  });

  it('leaves apart figures of different things, unrelated sentences, and agreeing figures', () => {
    expect(
      findNumericDisagreements(
        [q({ value: 4, unit: 'hour' }), q({ article: 1, sentence: 'b:0', value: 1, unit: 'hour' })],
        order,
        never,
      ),
    ).toEqual([]);
    expect(
      findNumericDisagreements(
        [q({ value: 4 }), q({ sentence: 'a:5', value: 9, attribution: 'x' })],
        order,
        never,
      ),
    ).toEqual([]);
    expect(
      findNumericDisagreements(
        [
          q({ value: 4, unit: 'hour' }),
          q({ article: 1, sentence: 'b:0', value: 4, unit: 'hours' }),
        ],
        order,
        () => 1,
      ),
    ).toEqual([]);
    expect(
      findNumericDisagreements(
        [
          q({ value: 4, unit: 'hour' }),
          q({ article: 1, sentence: 'b:0', value: 9, unit: 'pirates' }),
        ],
        order,
        () => 1,
      ),
    ).toEqual([]);
  });
});

describe('findNumericDisagreements on many figures', () => {
  it('stays fast on thousands of conflicting figures of one unit (no cubic blow-up)', () => {
    // 1,000 figures in 1,000 sentences of two articles, every pair of values in conflict.
    const many = Array.from({ length: 1000 }, (_, i) =>
      q({ article: i % 2, sentence: `${i % 2 ? 'b' : 'a'}:${i}`, value: 10 + i * 10 }),
    );
    const started = performance.now();
    const found = findNumericDisagreements(many, new Map(), never);
    expect(found).toEqual([]);
    // Was minutes (a scan of all figures per conflicting pair); now about half a second.
    expect(performance.now() - started).toBeLessThan(5000);
  });

  /** An alignment of sentences `a:i` with `b:i` (same i) only, listing its partners. */
  const pairwise = Object.assign(
    (x: string, y: string) => (x.slice(2) === y.slice(2) && x !== y ? 0.5 : 0),
    { partners: (s: string) => [`${s.startsWith('a') ? 'b' : 'a'}${s.slice(1)}`] },
  );

  it('finds the same disagreements visiting only aligned pairs as visiting all pairs', () => {
    const figures = Array.from({ length: 60 }, (_, i) =>
      q({
        article: i % 2,
        sentence: `${i % 2 ? 'b' : 'a'}:${Math.floor(i / 4)}`,
        value: i % 3 === 0 ? 100 : 40 + i,
        attribution: i % 5 === 0 ? 'police' : null,
        antecedent: i % 7 === 6 ? i - 5 : null,
      }),
    );
    const sentenceOrder = new Map(figures.map((f) => [f.sentence, Number(f.sentence.slice(2))]));
    // The same scores without a list of partners: every pair of one unit is visited.
    const everyPair = (x: string, y: string) => pairwise(x, y);
    const visitingAll = findNumericDisagreements(figures, sentenceOrder, everyPair);
    expect(visitingAll.length).toBeGreaterThan(0);
    expect(findNumericDisagreements(figures, sentenceOrder, pairwise)).toEqual(visitingAll);
  });

  it('visits only aligned pairs: 20,000 conflicting figures in seconds, not minutes', () => {
    const many = Array.from({ length: 20_000 }, (_, i) =>
      q({ article: i % 2, sentence: `${i % 2 ? 'b' : 'a'}:${i >> 1}`, value: i % 2 ? 200 : 100 }),
    );
    const started = performance.now();
    const found = findNumericDisagreements(many, new Map(), pairwise);
    // Every aligned pair (a:i, b:i) conflicts and shares its context: 10,000 disagreements.
    expect(found).toHaveLength(10_000);
    // All pairs would be 200 million: minutes. Aligned pairs only: about a second when busy.
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
