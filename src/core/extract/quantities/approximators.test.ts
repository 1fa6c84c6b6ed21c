import { describe, expect, it } from 'vitest';
import { readQualifier } from './approximators';

const before = (phrase: string) => {
  const words = `${phrase} 40`.split(' ');
  return readQualifier(words, words.length - 1);
};

describe('readQualifier', () => {
  it('reads lower bounds', () => {
    expect(before('at least')?.bound).toBe('min');
    expect(before('more than')?.bound).toBe('min');
    expect(before('killed over')?.bound).toBe('min');
    expect(before('no fewer than')).toEqual({ first: 0, length: 3, bound: 'min' });
  });

  it('reads upper bounds, preferring the longest phrase', () => {
    expect(before('nearly')?.bound).toBe('max');
    expect(before('up to')?.bound).toBe('max');
    expect(before('as many as')?.bound).toBe('max');
    expect(before('no more than')).toEqual({ first: 0, length: 3, bound: 'max' });
  });

  it('reads approximations', () => {
    expect(before('about')?.bound).toBe('around');
    expect(before('roughly')?.bound).toBe('around');
    expect(before('an estimated')).toEqual({ first: 0, length: 2, bound: 'around' });
    expect(before('some')?.bound).toBe('around');
  });

  it('finds nothing before an exact figure', () => {
    expect(before('massed')).toBeNull();
    expect(before('the')).toBeNull();
  });
});
