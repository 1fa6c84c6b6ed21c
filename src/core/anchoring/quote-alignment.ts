/**
 * Extra cost of each run of consecutive errors (substituted, inserted or deleted characters),
 * on top of one per character. A small edit (a figure corrected, a word swapped) is one run;
 * a look-alike elsewhere (a headline turned into a URL slug, a similar sentence) differs in
 * many scattered places, so counting runs separates the two better than plain edit distance.
 */
const RUN_OPEN = 1;

/**
 * Cost of aligning `pattern` with `segment`, where each error costs 1 and each run of
 * consecutive errors 1 more. With `freeEnd`, the alignment may stop before the end of
 * `segment` (the pattern is a prefix of it, approximately); otherwise both are aligned whole.
 *
 * @example quoteErrors('Rovers offer $90 million', 'Rovers offer $75 million', false) // 3
 */
export function quoteErrors(pattern: string, segment: string, freeEnd: boolean): number {
  const m = pattern.length;
  const n = segment.length;
  if (m === 0) return n === 0 || freeEnd ? 0 : n + RUN_OPEN;
  if (n === 0) return m + RUN_OPEN;
  // matched[i] / erring[i]: best cost over the first i pattern characters and the segment so
  // far, the last column being a match (or nothing yet) / an error.
  let matched = new Float64Array(m + 1).fill(Infinity);
  let erring = new Float64Array(m + 1);
  let nextMatched = new Float64Array(m + 1);
  let nextErring = new Float64Array(m + 1);
  matched[0] = 0;
  erring[0] = Infinity;
  for (let i = 1; i <= m; i++) erring[i] = RUN_OPEN + i;
  let best = freeEnd ? Math.min(matched[m] ?? Infinity, erring[m] ?? Infinity) : Infinity;
  for (let j = 1; j <= n; j++) {
    const c = segment.charCodeAt(j - 1);
    nextMatched[0] = Infinity;
    nextErring[0] = RUN_OPEN + j;
    for (let i = 1; i <= m; i++) {
      const diagonal = Math.min(matched[i - 1] ?? Infinity, erring[i - 1] ?? Infinity);
      nextMatched[i] = pattern.charCodeAt(i - 1) === c ? diagonal : Infinity;
      const fromDiagonal = Math.min(
        (matched[i - 1] ?? Infinity) + RUN_OPEN,
        erring[i - 1] ?? Infinity,
      );
      const fromAbove = Math.min(
        (nextMatched[i - 1] ?? Infinity) + RUN_OPEN,
        nextErring[i - 1] ?? Infinity,
      );
      const fromLeft = Math.min((matched[i] ?? Infinity) + RUN_OPEN, erring[i] ?? Infinity);
      nextErring[i] = Math.min(fromDiagonal, fromAbove, fromLeft) + 1;
    }
    [matched, nextMatched] = [nextMatched, matched];
    [erring, nextErring] = [nextErring, erring];
    if (freeEnd) best = Math.min(best, matched[m] ?? Infinity, erring[m] ?? Infinity);
  }
  return freeEnd ? best : Math.min(matched[m] ?? Infinity, erring[m] ?? Infinity);
}
