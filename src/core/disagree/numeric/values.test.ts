import { describe, expect, it } from 'vitest';
import { allowedRange, roundingStep, valuesConflict } from './values';

describe('roundingStep', () => {
  it('reads the last digit written in the figure’s own scale; whole numbers are exact', () => {
    expect(roundingStep({ value: 22e9, written: '22 billion' })).toBe(1e9);
    expect(roundingStep({ value: 2.5, written: '2.5' })).toBeCloseTo(0.1);
    expect(roundingStep({ value: 1400, written: '1,400' })).toBe(0);
    expect(roundingStep({ value: 3, written: 'three' })).toBe(0);
  });
});

describe('valuesConflict', () => {
  it('sets two exact counts apart, however close', () => {
    expect(valuesConflict({ value: 2, written: 'two' }, { value: 3, written: 'three' })).toBe(true);
    expect(valuesConflict({ value: 45, written: '45' }, { value: 43, written: '43' })).toBe(true);
  });

  it('allows the rounding a scale word implies, and 2% on any figure', () => {
    const rounded = { value: 22e9, written: '22 billion' };
    expect(valuesConflict(rounded, { value: 22.4e9, written: '22.4 billion' })).toBe(false);
    expect(
      valuesConflict(
        { value: 143e9, written: '$143 billion' },
        { value: 141e9, written: '$141 billion' },
      ),
    ).toBe(false);
  });

  it('reads "nearly", "up to", "at least" and "about" as ranges', () => {
    const nearly = (value: number, written: string) => ({
      value,
      written,
      bound: 'max' as const,
      approximate: true,
    });
    expect(valuesConflict(nearly(235000, '235,000'), nearly(300000, '300,000'))).toBe(true);
    expect(
      valuesConflict({ value: 200e6, written: '$200 million' }, nearly(180e6, '$180 million')),
    ).toBe(true);
    expect(
      valuesConflict(
        { value: 160e6, written: '$160 million', bound: 'min', approximate: true },
        { value: 180e6, written: '$180 million', bound: 'max', approximate: true },
      ),
    ).toBe(false);
    expect(
      valuesConflict(
        { value: 300, written: '300', bound: 'around', approximate: true },
        { value: 300, written: '300' },
      ),
    ).toBe(false);
  });

  it('gives "at least" no upper end', () => {
    expect(allowedRange({ value: 8, bound: 'min', written: 'eight' })[1]).toBe(Infinity);
  });
});
