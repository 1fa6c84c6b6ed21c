import type { QuantityBound } from '../../extract/types';

/** A figure's value with how it is qualified and how it is written. */
export type Reading = {
  value: number;
  approximate?: boolean;
  bound?: QuantityBound | null;
  /** The figure as written: "22 billion" may stand for 22.4 billion, "1,400" for 1,380. */
  written?: string;
};

/**
 * The step of the last digit written, in the figure's own scale: "22 billion" is written to
 * the billion, "22.4 billion" to the hundred million, "2.5" to a tenth; a whole number ("1,400",
 * "seven") is exact. Half of it is the rounding a reader allows.
 *
 * @example roundingStep({ value: 22e9, written: '22 billion' }) // 1e9
 * @example roundingStep({ value: 1400, written: '1,400' }) // 0
 */
export function roundingStep(r: Reading): number {
  const v = Math.abs(r.value);
  if (v === 0 || !Number.isFinite(v)) return 0;
  const digits = /\d[\d,]*(?:\.\d+)?/.exec(r.written ?? '')?.[0]?.replace(/,/g, '');
  if (!digits) return 0;
  const decimals = digits.includes('.') ? (digits.split('.')[1]?.length ?? 0) : 0;
  const number = Number(digits);
  const scale = number > 0 ? v / number : 1;
  // A whole number written out counts exactly: "two" and "three" do not touch.
  if (decimals === 0 && scale <= 1) return 0;
  return 10 ** -decimals * (scale >= 1 ? Math.round(scale) : scale);
}

/** The values a figure allows: "nearly 300,000" a little under it, "at least 12" anything above. */
export function allowedRange(r: Reading): [number, number] {
  const v = Math.abs(r.value);
  const rounding = Math.max(roundingStep(r) / 2, v * 0.02);
  if (r.bound === 'min') return [v - rounding, Infinity];
  if (r.bound === 'max') return [r.approximate ? v * 0.9 - rounding : 0, v + rounding];
  const slack = r.approximate || r.bound === 'around' ? Math.max(v * 0.12, rounding) : rounding;
  return [v - slack, v + slack];
}

/**
 * Whether two figures for the same thing disagree: their allowed ranges do not meet. Exact
 * figures allow the rounding their writing implies (and 2%), "about" 12%, "nearly" up to a
 * tenth below, "at least"/"more than" anything above.
 *
 * @example valuesConflict({ value: 100000, written: '100,000' }, { value: 40000, written: '40,000' }) // true
 * @example valuesConflict({ value: 22e9, written: '22 billion' }, { value: 22.4e9, written: '22.4 billion' }) // false
 */
export function valuesConflict(a: Reading, b: Reading): boolean {
  const [a0, a1] = allowedRange(a);
  const [b0, b1] = allowedRange(b);
  return a1 < b0 || b1 < a0;
}
