import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { longestIncreasingPositions } from './longest-increasing';

describe('longestIncreasingPositions', () => {
  it('finds a longest strictly increasing run', () => {
    expect(longestIncreasingPositions([3, 1, 2, 5, 4])).toEqual([1, 2, 4]);
    expect(longestIncreasingPositions([])).toEqual([]);
    expect(longestIncreasingPositions([2, 2, 2])).toHaveLength(1);
    expect(longestIncreasingPositions([0, 1, 2, 3])).toEqual([0, 1, 2, 3]);
  });

  it('always returns increasing positions holding strictly increasing values', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 40 }), (values) => {
        const picked = longestIncreasingPositions(values);
        for (let k = 1; k < picked.length; k++) {
          expect(picked[k]).toBeGreaterThan(picked[k - 1] ?? -1);
          expect(values[picked[k] ?? 0]).toBeGreaterThan(values[picked[k - 1] ?? 0] ?? -1);
        }
        // Optimal: no increasing run is longer (checked by the O(n²) dynamic programme).
        const best = values.map(() => 1);
        values.forEach((v, i) => {
          for (let j = 0; j < i; j++) {
            if ((values[j] ?? 0) < v) best[i] = Math.max(best[i] ?? 1, (best[j] ?? 1) + 1);
          }
        });
        expect(picked.length).toBe(values.length === 0 ? 0 : Math.max(...best));
      }),
    );
  });
});
