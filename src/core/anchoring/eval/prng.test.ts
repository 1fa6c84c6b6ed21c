import { describe, expect, it } from 'vitest';
import { createRandom } from './prng';

describe('createRandom', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const a = Array.from({ length: 5 }, createRandom(42).next);
    const b = Array.from({ length: 5 }, createRandom(42).next);
    const c = Array.from({ length: 5 }, createRandom(43).next);
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it('keeps integers within bounds and reaches both ends', () => {
    const random = createRandom(1);
    const seen = new Set<number>();
    for (let i = 0; i < 500; i++) seen.add(random.int(2, 5));
    expect([...seen].sort()).toEqual([2, 3, 4, 5]);
  });

  it('shuffles without losing items, and refuses to pick from nothing', () => {
    const random = createRandom(3);
    expect(random.shuffle([1, 2, 3, 4]).sort()).toEqual([1, 2, 3, 4]);
    expect(() => random.pick([])).toThrow(RangeError);
  });
});
