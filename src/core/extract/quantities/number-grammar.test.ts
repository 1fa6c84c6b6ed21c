import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuantities } from './quantities';
import { analyzeStory } from '../../analyze';
import { loadNlpEngine } from '../../nlp/node-engine';
import { tokensOf } from '../../testing/sentence-tokens';

/** Figures of one sentence as "text = value unit", with "~bound" and "?" when uncertain. */
function figures(text: string): string[] {
  return findQuantities(tokensOf(text), new Set()).map(
    (q) =>
      `${text.slice(q.start, q.end)} = ${q.value} ${q.unit ?? '-'}${q.bound ? ` ~${q.bound}` : ''}${q.uncertain ? ' ?' : ''}`,
  );
}

/** The value of the one figure a sentence has. */
function only(text: string): number | undefined {
  const found = findQuantities(tokensOf(text), new Set());
  expect(found, text).toHaveLength(1);
  return found[0]?.value;
}

describe('number grammar in sentences', () => {
  it('reads lakh, crore and Indian grouping', () => {
    expect(figures('The new bridge will cost ₹5 crore, the ministry said.')).toEqual([
      '₹5 crore = 50000000 ₹',
    ]);
    expect(figures('Nearly 2.5 lakh pilgrims reached the shrine on Monday.')).toEqual([
      'Nearly 2.5 lakh = 250000 pilgrims ~max',
    ]);
    expect(figures('Each family was promised 10 lakh rupees in compensation.')).toEqual([
      '10 lakh = 1000000 ₹',
    ]);
    expect(figures('Organisers expected 1,00,000 runners at the marathon.')).toEqual([
      '1,00,000 = 100000 runners',
    ]);
    expect(figures('The scheme is worth Rs 1.5 lakh crore over five years.')[0]).toBe(
      'Rs 1.5 lakh crore = 1500000000000 ₹',
    );
    expect(only('Officials counted 12,34,567 ballots by noon.')).toBe(1234567);
  });

  it('reads signs, the minus sign included', () => {
    expect(figures('Overnight the temperature fell to −15 degrees in the valley.')).toEqual([
      '−15 = -15 degrees',
    ]);
    expect(figures('Exports shrank by -6.1% in the second quarter.')).toEqual(['-6.1% = -6.1 %']);
    expect(figures('The carrier booked a result of -$120 million for the year.')).toEqual([
      '-$120 million = -120000000 $',
    ]);
    expect(only('The fund returned −2.5% last year.')).toBe(-2.5);
  });

  it('reads fractions in words and vulgar fractions', () => {
    expect(figures('Two-thirds of the delegates backed the motion.')).toEqual([
      'Two-thirds = 66.6666666666667 %',
    ]);
    expect(figures('Roughly a quarter of the harvest was lost.')).toEqual([
      'Roughly a quarter = 25 % ~around',
    ]);
    expect(figures('The rescue took three-quarters of an hour.')).toEqual([
      'three-quarters of an hour = 0.75 hour',
    ]);
    expect(figures('The census counted 2½ million residents.')).toEqual([
      '2½ million = 2500000 residents',
    ]);
    expect(figures('He finished a third round of talks.')).toEqual([]);
  });

  it('reads both ends of a range written with a hyphen or an en dash', () => {
    expect(figures('Analysts put the force at 40,000-50,000 soldiers.')).toEqual([
      '40,000 = 40000 soldiers ~min',
      '50,000 = 50000 soldiers ~max',
    ]);
    expect(figures('Analysts put the force at 40,000–50,000 soldiers.')).toEqual([
      '40,000 = 40000 soldiers ~min',
      '50,000 = 50000 soldiers ~max',
    ]);
    expect(figures('The repairs will cost $5–10 million.')).toEqual([
      '$5 = 5000000 $ ~min',
      '10 million = 10000000 $ ~max',
    ]);
    expect(figures('Prices rose 1.5-2.5% in the spring.')).toEqual([
      '1.5 = 1.5 % ~min',
      '2.5% = 2.5 % ~max',
    ]);
    expect(figures('The home side won 5-3 on Sunday.')).toEqual([]);
  });

  it('reads apostrophe and thin-space grouping', () => {
    expect(figures("The canton spent 1'200 francs per pupil.")).toEqual(["1'200 = 1200 francs"]);
    expect(figures('The canton spent 1\u2009200 francs per pupil.')).toEqual([
      '1\u2009200 = 1200 francs',
    ]);
    expect(figures('The canton spent 1\u202F200\u202F000 francs in all.')).toEqual([
      '1\u202F200\u202F000 = 1200000 francs',
    ]);
  });

  it('reads through invisible characters, never a part of the number', () => {
    for (const mark of ['\u200B', '\u00AD', '\u2060']) {
      const sentence = `The depot held 15${mark}00 tonnes of grain.`;
      expect(figures(sentence), JSON.stringify(sentence)).toEqual([`15${mark}00 = 1500 tonnes`]);
    }
  });

  it('scales exactly', () => {
    expect(only('The region has 4.1 million inhabitants.')).toBe(4100000);
    expect(only('The club paid $2.3bn for the stadium.')).toBe(2300000000);
    expect(only('The state borrowed 0.7 crore rupees.')).toBe(7000000);
  });

  it('marks a single dot before three digits as uncertain', () => {
    expect(figures('The march drew 1.500 people, organisers said.')).toEqual([
      '1.500 = 1.5 people ?',
    ]);
    expect(figures('The march drew 1,500 people, organisers said.')).toEqual([
      '1,500 = 1500 people',
    ]);
  });
});

describe('uncertain figures in the Analysis', () => {
  it('marks the quantity, and only that one', () => {
    const text = 'Lyon march\n\nThe march drew 1.500 people and 40 buses, organisers said.';
    const analysis = analyzeStory([{ file: 'a.txt', text }], { nlp: loadNlpEngine() });
    expect(
      analysis.quantities.map((q) => [text.slice(q.start, q.end), q.value, q.uncertain ?? false]),
    ).toEqual([
      ['1.500', 1.5, true],
      ['40', 40, false],
    ]);
  });
});

describe('number grammar properties', () => {
  const groupings: Record<string, (digits: string) => string> = {
    plain: (d) => d,
    comma: (d) => d.replace(/\B(?=(\d{3})+(?!\d))/g, ','),
    apostrophe: (d) => d.replace(/\B(?=(\d{3})+(?!\d))/g, "'"),
    'thin space': (d) => d.replace(/\B(?=(\d{3})+(?!\d))/g, '\u2009'),
    'narrow no-break space': (d) => d.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202F'),
    indian: (d) =>
      d.length <= 3 ? d : `${d.slice(0, -3).replace(/\B(?=(\d{2})+(?!\d))/g, ',')},${d.slice(-3)}`,
  };
  const invisible = ['\u200B', '\u00AD', '\u2060'];

  /** The figure read from a sentence built around a numeral, as value and unit. */
  function reading(numeral: string): string[] {
    return findQuantities(
      tokensOf(`The agency counted ${numeral} voters on Sunday.`),
      new Set(),
    ).map((q) => `${q.value} ${q.unit ?? '-'}`);
  }

  it('reads a whole number the same in every grouping', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 999_999_999 }),
        fc.constantFrom(...Object.keys(groupings)),
        (n, name) => {
          expect(reading(groupings[name]?.(String(n)) ?? '')).toEqual([`${n} voters`]);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('reads a number the same with invisible characters anywhere inside it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 999_999_999 }),
        fc.constantFrom(...Object.keys(groupings)),
        fc.array(fc.record({ at: fc.nat({ max: 20 }), mark: fc.nat({ max: 2 }) }), {
          minLength: 1,
          maxLength: 4,
        }),
        (n, name, marks) => {
          const chars = [...(groupings[name]?.(String(n)) ?? '')];
          for (const { at, mark } of marks)
            chars.splice(1 + (at % chars.length), 0, invisible[mark] ?? '');
          expect(reading(chars.join(''))).toEqual([`${n} voters`]);
        },
      ),
      { numRuns: 60 },
    );
  });
});
