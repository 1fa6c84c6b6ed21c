import { describe, expect, it } from 'vitest';
import { pushTo } from './multimap';

describe('pushTo', () => {
  it('keeps one list per key and adds in place', () => {
    const m = new Map<string, number[]>();
    pushTo(m, 'a', 1);
    const first = m.get('a');
    pushTo(m, 'a', 2);
    pushTo(m, 'b', 3);
    expect(m.get('a')).toBe(first);
    expect([...m]).toEqual([
      ['a', [1, 2]],
      ['b', [3]],
    ]);
  });
});
