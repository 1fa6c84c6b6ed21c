/**
 * The positions of a longest strictly increasing subsequence of `values` (patience sorting,
 * O(n log n)). Among equally long answers it keeps the one that ends on the smallest values,
 * which favours keeping earlier items in place.
 *
 * @example longestIncreasingPositions([3, 1, 2, 5, 4]) // [1, 2, 4]  (the values 1, 2, 4)
 */
export function longestIncreasingPositions(values: readonly number[]): number[] {
  // tails[k]: position of the smallest tail of an increasing run of length k + 1.
  const tails: number[] = [];
  const previous: number[] = new Array<number>(values.length).fill(-1);
  values.forEach((value, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((values[tails[mid] ?? 0] ?? 0) < value) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1] ?? -1;
    tails[lo] = i;
  });
  const out: number[] = [];
  let at = tails.length > 0 ? (tails[tails.length - 1] ?? -1) : -1;
  while (at >= 0) {
    out.push(at);
    at = previous[at] ?? -1;
  }
  return out.reverse();
}
