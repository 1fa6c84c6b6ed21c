import { describe, expect, it } from 'vitest';
import { findQuantities } from './quantities';
import { tokensOf } from '../../testing/sentence-tokens';

/** Figures of one sentence as "text = value unit". */
function figures(text: string, taken: Set<number> = new Set()): string[] {
  return findQuantities(tokensOf(text), taken).map(
    (q) =>
      `${text.slice(q.start, q.end)} = ${q.value} ${q.unit ?? '-'}${q.approximate ? ` ~${q.bound}` : ''}`,
  );
}

describe('findQuantities', () => {
  it('reads the seed figures', () => {
    expect(
      figures(
        "The Kremlin has massed 100,000 Russian troops near Ukraine's eastern borders, according to Kyiv.",
      ),
    ).toEqual(['100,000 = 100000 troops']);
    expect(figures('Obama and Putin spoke for nearly an hour on the phone.')).toEqual([
      'nearly an hour = 1 hour ~max',
    ]);
    expect(figures('after meeting with Lavrov for four hours in Paris')).toEqual(['four = 4 hour']);
    expect(figures('since the Cold War ended two decades ago.')).toEqual(['two = 2 decade']);
  });

  it('reads money, percentages and qualifiers', () => {
    expect(figures('Dayton has made Ferrandi a six-year, $90 million offer.')).toEqual([
      'six = 6 year',
      '$90 million = 90000000 $',
    ]);
    expect(figures('The contract could be up to $75 million.')).toEqual([
      'up to $75 million = 75000000 $ ~max',
    ]);
    expect(figures('Officials said turnout reached 71.42 percent.')).toEqual([
      '71.42 percent = 71.42 %',
    ]);
    expect(figures('More than 3,000 stalls were closed.')).toEqual([
      'More than 3,000 = 3000 stalls ~min',
    ]);
    expect(figures('A 4.4 magnitude quake struck.')).toEqual(['4.4 = 4.4 magnitude']);
    expect(figures('He hit a three-run homer.')).toEqual(['three = 3 run']);
  });

  it('keeps ages as "years old"', () => {
    expect(figures('Price, 41, checked into rehab.')).toEqual(['41 = 41 years old']);
    expect(figures('The 41-year-old singer checked in.')).toEqual(['41 = 41 years old']);
    expect(figures('The singer, 31, checked in late Friday night.')).toEqual(['31 = 31 years old']);
    expect(figures('She was 87.')).toEqual(['87 = 87 years old']);
  });

  it('shares the closing unit along a list or range', () => {
    expect(figures('six, 9, 14 years from now')).toEqual([
      'six = 6 year',
      '9 = 9 year',
      '14 = 14 year',
    ]);
  });

  it('skips list numbers, labels, codes and clock times', () => {
    expect(figures('1. Inhalt')).toEqual([]);
    expect(figures('He is the No. 2 seed.')).toEqual([]);
    expect(figures('Flight 447 crashed into the sea.')).toEqual([]);
    expect(figures('the offices of 12 Larkspur Lane')).toEqual([]);
    expect(figures('Marsh has spent 14 seasons with the 49ers.')).toEqual(['14 = 14 seasons']);
    expect(figures('Polls opened at 0400 GMT.')).toEqual([]);
    expect(figures('At 6.40 a. m. on Friday')).toEqual([]);
    expect(figures('They seized MP 5 carbines.')).toEqual([]);
    expect(figures('Call police on 0800 316 4477.')).toEqual([]);
  });

  it('skips "one" used as a pronoun and articles without a unit', () => {
    expect(figures('one of the best players')).toEqual([]);
    expect(figures('no one was hurt')).toEqual([]);
    expect(figures('a report came out')).toEqual([]);
    expect(figures('one day later')).toEqual(['one = 1 day']);
  });

  it('leaves tokens that dates own', () => {
    const tokens = tokensOf('in a March 16 referendum');
    expect(findQuantities(tokens, new Set([2, 3]))).toEqual([]);
  });

  it('flags spelled-out figures', () => {
    const [two] = findQuantities(tokensOf('between the two'), new Set());
    expect(two).toMatchObject({ value: 2, unit: null, spelled: true });
  });
});
