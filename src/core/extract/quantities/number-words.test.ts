import { describe, expect, it } from 'vitest';
import { parseDigits, readNumberWords } from './number-words';

const words = (text: string): string[] => text.split(' ');

describe('parseDigits', () => {
  it('reads plain and grouped figures', () => {
    expect(parseDigits('100,000')).toBe(100000);
    expect(parseDigits('40,000')).toBe(40000);
    expect(parseDigits('4.4')).toBe(4.4);
    expect(parseDigits('1,234,567.5')).toBe(1234567.5);
  });

  it('rejects dates, times, scores and badly grouped digits', () => {
    expect(parseDigits('30.03.2014')).toBeNull();
    expect(parseDigits('12/16/08')).toBeNull();
    expect(parseDigits('1:30')).toBeNull();
    expect(parseDigits('5-3')).toBeNull();
    expect(parseDigits('10,00')).toBeNull();
  });
});

describe('readNumberWords', () => {
  it('reads compound cardinals', () => {
    expect(readNumberWords(words('forty thousand troops'), 0)).toEqual({ value: 40000, length: 2 });
    expect(readNumberWords(words('one hundred and twenty people'), 0)).toEqual({
      value: 120,
      length: 4,
    });
    expect(readNumberWords(words('twenty - five'), 0)).toEqual({ value: 25, length: 3 });
    expect(readNumberWords(words('two million three hundred thousand'), 0)?.value).toBe(2_300_000);
    expect(readNumberWords(words('nineteen hundred'), 0)?.value).toBe(1900);
  });

  it('multiplies by a dozen', () => {
    expect(readNumberWords(words('two dozen eggs'), 0)).toEqual({ value: 24, length: 2 });
  });

  it('stops where the number stops', () => {
    expect(readNumberWords(words('four hours'), 0)).toEqual({ value: 4, length: 1 });
    expect(readNumberWords(words('one two'), 0)).toEqual({ value: 1, length: 1 });
    expect(readNumberWords(words('twenty ten'), 0)).toEqual({ value: 20, length: 1 });
    expect(readNumberWords(words('three and a half'), 0)).toEqual({ value: 3, length: 1 });
  });

  it('returns null when no number starts there', () => {
    expect(readNumberWords(words('the troops'), 0)).toBeNull();
    expect(readNumberWords(words('million'), 0)).toBeNull();
  });
});
