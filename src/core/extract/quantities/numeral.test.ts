import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readNumeral, readNumeralRange, scaleExactly } from './numeral';

const value = (text: string) => readNumeral(text)?.value ?? null;

describe('readNumeral', () => {
  it('reads plain, decimal and comma-grouped digits', () => {
    expect(value('1500')).toBe(1500);
    expect(value('4.4')).toBe(4.4);
    expect(value('100,000')).toBe(100000);
    expect(value('1,234,567.5')).toBe(1234567.5);
  });

  it('reads Indian grouping', () => {
    expect(value('1,00,000')).toBe(100000);
    expect(value('10,00,000')).toBe(1000000);
    expect(value('1,00,00,000')).toBe(10000000);
    expect(value('12,34,567.89')).toBe(1234567.89);
  });

  it('reads apostrophes and thin spaces between groups', () => {
    expect(value("1'200")).toBe(1200);
    expect(value('1’200’000')).toBe(1200000);
    expect(value('1\u2009200')).toBe(1200);
    expect(value('1\u202F200\u202F000')).toBe(1200000);
    expect(value('1\u2009200.5')).toBe(1200.5);
  });

  it('reads dots that group more than once, with a decimal comma', () => {
    expect(value('1.500.000')).toBe(1500000);
    expect(value('1.234.567,5')).toBe(1234567.5);
  });

  it('reads signs, the minus sign U+2212 included', () => {
    expect(value('-6.1')).toBe(-6.1);
    expect(value('\u221215')).toBe(-15);
    expect(value('+3.2')).toBe(3.2);
    expect(value('\u22121,500')).toBe(-1500);
  });

  it('reads vulgar fractions after a whole number or alone', () => {
    expect(value('2½')).toBe(2.5);
    expect(value('3¼')).toBe(3.25);
    expect(value('½')).toBe(0.5);
    expect(value('1,000¾')).toBe(1000.75);
    expect(value('2.5½')).toBeNull();
  });

  it('removes invisible characters before reading', () => {
    expect(value('15\u200B00')).toBe(1500);
    expect(value('15\u00AD00')).toBe(1500);
    expect(value('15\u206000')).toBe(1500);
    expect(value('\uFEFF1,\u200B500')).toBe(1500);
  });

  it('marks a single dot before three digits as uncertain', () => {
    expect(readNumeral('1.500')).toEqual({ value: 1.5, uncertain: true });
    expect(readNumeral('12.345')).toEqual({ value: 12.345, uncertain: true });
    expect(readNumeral('0.500')).toEqual({ value: 0.5, uncertain: false });
    expect(readNumeral('1.50')).toEqual({ value: 1.5, uncertain: false });
    expect(readNumeral('1,500.250')).toEqual({ value: 1500.25, uncertain: false });
  });

  it('rejects dates, times, scores, codes and badly grouped digits', () => {
    for (const text of ['30.03.2014', '12/16/08', '1:30', '5-3', '10,00', '1,5', "'86", '1 200'])
      expect(value(text), text).toBeNull();
    expect(value('')).toBeNull();
    expect(value('-')).toBeNull();
  });
});

describe('readNumeralRange', () => {
  it('reads both ends of a range with a hyphen or a dash', () => {
    expect(readNumeralRange('40,000-50,000')).toMatchObject({
      low: { value: 40000 },
      high: { value: 50000 },
      dash: 6,
    });
    expect(readNumeralRange('40,000–50,000')).toMatchObject({ low: { value: 40000 } });
    expect(readNumeralRange('1.5-2.5')).toMatchObject({
      low: { value: 1.5 },
      high: { value: 2.5 },
    });
    expect(readNumeralRange('-5-10')).toMatchObject({ low: { value: -5 }, high: { value: 10 } });
  });

  it('reads no range from scores, records, years or falling pairs', () => {
    expect(readNumeralRange('5-3')).toBeNull();
    expect(readNumeralRange('45-1')).toBeNull();
    expect(readNumeralRange('2014-2015')).toBeNull();
    expect(readNumeralRange('10--5')).toBeNull();
    expect(readNumeralRange('40,000')).toBeNull();
  });
});

describe('scaleExactly', () => {
  it('moves the decimal point instead of multiplying in binary', () => {
    expect(4.1 * 1e6).not.toBe(4100000);
    expect(scaleExactly(4.1, 1e6)).toBe(4100000);
    expect(scaleExactly(2.3, 1e9)).toBe(2300000000);
    expect(scaleExactly(2.5, 1e5)).toBe(250000);
    expect(scaleExactly(0.7, 1e7)).toBe(7000000);
    expect(scaleExactly(1.1, 12)).toBe(13.2);
  });

  it('is the value of the scaled decimal written out, for every decimal with one to three places', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999_999 }),
        fc.integer({ min: 1, max: 3 }),
        fc.constantFrom(3, 5, 6, 7, 9, 12),
        (digits, places, exponent) => {
          const written = (digits / 10 ** places).toFixed(places);
          expect(scaleExactly(Number(written), 10 ** exponent)).toBe(
            Number(`${written}e${exponent}`),
          );
        },
      ),
    );
  });
});

/** Ways to write a whole number's thousands, each as a function of its digits. */
const GROUPINGS: Record<string, (digits: string) => string> = {
  plain: (d) => d,
  comma: (d) => group(d, ','),
  apostrophe: (d) => group(d, "'"),
  'right quote': (d) => group(d, '’'),
  'thin space': (d) => group(d, '\u2009'),
  'narrow no-break space': (d) => group(d, '\u202F'),
  indian: indianGroups,
};

function group(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

function indianGroups(digits: string): string {
  if (digits.length <= 3) return digits;
  const head = digits.slice(0, -3).replace(/\B(?=(\d{2})+(?!\d))/g, ',');
  return `${head},${digits.slice(-3)}`;
}

const INVISIBLE = ['\u200B', '\u00AD', '\u2060', '\uFEFF'];

/** Inserts invisible characters at the given positions of a text. */
function sprinkle(text: string, at: readonly { index: number; char: number }[]): string {
  const chars = [...text];
  for (const { index, char } of at) {
    chars.splice(index % (chars.length + 1), 0, INVISIBLE[char % INVISIBLE.length] ?? '');
  }
  return chars.join('');
}

describe('readNumeral properties', () => {
  const wholeNumber = fc.integer({ min: 0, max: 99_999_999_999 });
  const grouping = fc.constantFrom(...Object.keys(GROUPINGS));
  const invisibles = fc.array(fc.record({ index: fc.nat({ max: 40 }), char: fc.nat({ max: 3 }) }), {
    maxLength: 5,
  });

  it('reads every grouping of a whole number to the same value', () => {
    fc.assert(
      fc.property(wholeNumber, grouping, (n, name) => {
        const written = GROUPINGS[name]?.(String(n)) ?? '';
        expect(readNumeral(written)).toEqual({ value: n, uncertain: false });
      }),
    );
  });

  it('is unchanged by invisible characters anywhere in the numeral', () => {
    fc.assert(
      fc.property(
        wholeNumber,
        fc.nat({ max: 99 }),
        grouping,
        fc.constantFrom('', '-', '\u2212'),
        invisibles,
        (n, cents, name, sign, at) => {
          const written = `${sign}${GROUPINGS[name]?.(String(n)) ?? ''}.${String(cents).padStart(2, '0')}`;
          expect(readNumeral(sprinkle(written, at))).toEqual(readNumeral(written));
        },
      ),
    );
  });

  it('reads a decimal as the nearest double to what is written', () => {
    fc.assert(
      fc.property(wholeNumber, fc.nat({ max: 9999 }), (n, fraction) => {
        const decimals = String(fraction).padStart(4, '0');
        expect(readNumeral(`${group(String(n), ',')}.${decimals}`)?.value).toBe(
          Number(`${n}.${decimals}`),
        );
      }),
    );
  });
});
