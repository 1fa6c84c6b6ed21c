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

  it('reads money, percentages and qualifiers from real articles', () => {
    expect(figures('Boston has made Teixeira an eight-year, $200 million offer.')).toEqual([
      'eight = 8 year',
      '$200 million = 200000000 $',
    ]);
    expect(figures('The deal could be up to $180 million.')).toEqual([
      'up to $180 million = 180000000 $ ~max',
    ]);
    expect(figures('Authorities said turnout reached 93.87 percent.')).toEqual([
      '93.87 percent = 93.87 %',
    ]);
    expect(figures('More than 2,000 booths were closed.')).toEqual([
      'More than 2,000 = 2000 booths ~min',
    ]);
    expect(figures('A 4.4 magnitude quake struck.')).toEqual(['4.4 = 4.4 magnitude']);
    expect(figures('He hit a three-run homer.')).toEqual(['three = 3 run']);
  });

  it('keeps ages as "years old"', () => {
    expect(figures('Reid, 33, checked into rehab.')).toEqual(['33 = 33 years old']);
    expect(figures('The 33-year-old actress checked in.')).toEqual(['33 = 33 years old']);
    expect(figures('The actress, 26, checked in late Thursday night.')).toEqual([
      '26 = 26 years old',
    ]);
    expect(figures('She was 91.')).toEqual(['91 = 91 years old']);
  });

  it('shares the closing unit along a list or range', () => {
    expect(figures('eight, 10, 12 years from now')).toEqual([
      'eight = 8 year',
      '10 = 10 year',
      '12 = 12 year',
    ]);
  });

  it('skips list numbers, labels, codes and clock times', () => {
    expect(figures('1. Inhalt')).toEqual([]);
    expect(figures('He is the No. 2 seed.')).toEqual([]);
    expect(figures('Flight 447 crashed into the sea.')).toEqual([]);
    expect(figures('the offices of 4 Yawkey Way')).toEqual([]);
    expect(figures('DiLeo has spent 19 seasons with the 76ers.')).toEqual(['19 = 19 seasons']);
    expect(figures('Polls opened at 0300 GMT.')).toEqual([]);
    expect(figures('At 9.25 a. m. on Thursday')).toEqual([]);
    expect(figures('They seized AK 47 rifles.')).toEqual([]);
    expect(figures('Call police on 0845 125 2222.')).toEqual([]);
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
