import { describe, expect, it } from 'vitest';
import type { SlicedWork } from './sliced-work';
import { finish, runInSlices } from './sliced-work';

/** Sums 1…n, pausing after each number; `done` records how far it got. */
function* sum(n: number, done: number[]): SlicedWork<number> {
  let total = 0;
  for (let k = 1; k <= n; k++) {
    total += k;
    done.push(k);
    yield;
  }
  return total;
}

describe('sliced work', () => {
  it('runs to its end at once with finish', () => {
    expect(finish(sum(4, []))).toBe(10);
  });

  it('pauses between slices: after every part when a slice has no time', async () => {
    const done: number[] = [];
    const seen: number[] = [];
    const pause = () => {
      seen.push(done.length);
      return Promise.resolve();
    };
    expect(await runInSlices(sum(3, done), pause, () => false, 0)).toBe(6);
    expect(seen).toEqual([0, 1, 2, 3]);
  });

  it('runs many parts in one slice when they are quick', async () => {
    let pauses = 0;
    const pause = () => {
      pauses += 1;
      return Promise.resolve();
    };
    expect(await runInSlices(sum(1000, []), pause, () => false, 10_000)).toBe(500_500);
    expect(pauses).toBe(1);
  });

  it('stops between slices once the result is no longer wanted', async () => {
    const done: number[] = [];
    let pauses = 0;
    const pause = () => {
      pauses += 1;
      return Promise.resolve();
    };
    expect(await runInSlices(sum(10, done), pause, () => pauses > 2, 0)).toBeNull();
    expect(done).toEqual([1, 2]);
  });
});
