/**
 * Approximate string matching for re-anchoring quotes: Myers' bit-parallel search (G. Myers,
 * "A fast bit-vector algorithm for approximate string matching based on dynamic programming",
 * JACM 1999) for patterns of up to 32 UTF-16 code units, and small dynamic-programming
 * alignments for scoring a candidate. Longer quotes are searched piece by piece
 * (see `quote-selector.ts`), which keeps every scan of a long text one machine word wide.
 */

/** A match of a pattern in a text: the range [start, end) and its edit distance. */
export type ApproxMatch = { start: number; end: number; errors: number };

/** The longest pattern `searchApprox` takes: one 32-bit word of the bit-parallel algorithm. */
export const MAX_PATTERN_LENGTH = 32;

/** Bit masks of the pattern positions holding each character: ASCII in an array, the rest in a map. */
type PatternMasks = { ascii: Int32Array; other: Map<number, number> };

function reverse(text: string): string {
  let out = '';
  for (let i = text.length - 1; i >= 0; i--) out += text[i];
  return out;
}

function patternMasks(pattern: string): PatternMasks {
  const ascii = new Int32Array(128);
  const other = new Map<number, number>();
  for (let i = 0; i < pattern.length; i++) {
    const code = pattern.charCodeAt(i);
    if (code < 128) ascii[code] = (ascii[code] ?? 0) | (1 << i);
    else other.set(code, (other.get(code) ?? 0) | (1 << i));
  }
  return { ascii, other };
}

/**
 * Levenshtein distance from `pattern` to its best alignment with `text` that touches `anchor`:
 * `side: 'after'` aligns the pattern with some `text.slice(anchor, e)`, `side: 'before'` with
 * some `text.slice(s, anchor)`. Returns the distance and the other end of the aligned range
 * (on ties, the one giving the length closest to the pattern's). Cost O(|pattern| × reach),
 * where reach = |pattern| + `slack` characters of text.
 *
 * @example anchoredDistance('cat', 'the cats', 4, 'after') // { errors: 0, other: 7 }
 */
export function anchoredDistance(
  pattern: string,
  text: string,
  anchor: number,
  side: 'before' | 'after',
  slack = Math.ceil(pattern.length / 2),
): { errors: number; other: number } {
  const m = pattern.length;
  // Walk away from the anchor: forwards after it, backwards (on reversed strings) before it.
  const segment =
    side === 'after'
      ? text.slice(anchor, anchor + m + slack)
      : reverse(text.slice(Math.max(0, anchor - m - slack), anchor));
  const pat = side === 'after' ? pattern : reverse(pattern);
  // column[i]: distance of the first i pattern characters to the text consumed so far.
  let column = new Int32Array(m + 1);
  let next = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) column[i] = i;
  let best = m;
  let bestLength = 0;
  for (let j = 0; j < segment.length; j++) {
    next[0] = j + 1;
    const c = segment.charCodeAt(j);
    for (let i = 1; i <= m; i++) {
      const substitute = (column[i - 1] ?? 0) + (pat.charCodeAt(i - 1) === c ? 0 : 1);
      next[i] = Math.min(substitute, (column[i] ?? 0) + 1, (next[i - 1] ?? 0) + 1);
    }
    [column, next] = [next, column];
    const cost = column[m] ?? m;
    const length = j + 1;
    if (cost < best || (cost === best && Math.abs(length - m) < Math.abs(bestLength - m))) {
      best = cost;
      bestLength = length;
    }
  }
  return { errors: best, other: side === 'after' ? anchor + bestLength : anchor - bestLength };
}

/**
 * Levenshtein distance between `a` and `b` (two rows, O(|a| × |b|)).
 *
 * @example editDistance('kitten', 'sitting') // 3
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const c = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const substitute = (previous[j - 1] ?? 0) + (b.charCodeAt(j - 1) === c ? 0 : 1);
      current[j] = Math.min(substitute, (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length] ?? 0;
}

/** Options of `searchApprox`. */
export type SearchOptions = {
  /** Search only `text.slice(from, to)` (offsets stay those of `text`). */
  from?: number;
  to?: number;
  /** Keep at most this many matches, fewest errors first. */
  limit?: number;
};

/**
 * Every place where `pattern` (1 to 32 code units) occurs in `text` with at most `maxErrors`
 * edits (insertions, deletions, substitutions); `maxErrors` should stay below the pattern's
 * length, or every position matches. Myers' algorithm scans the text once in
 * O(|text|); each run of adjacent end positions yields one match, at its fewest errors, whose
 * start is then found by a small backward alignment. Sorted by errors, then by position.
 *
 * @example searchApprox('a quick brown fox', 'quack', 1) // [{ start: 2, end: 7, errors: 1 }]
 */
export function searchApprox(
  text: string,
  pattern: string,
  maxErrors: number,
  options: SearchOptions = {},
): ApproxMatch[] {
  const m = pattern.length;
  if (m === 0 || m > MAX_PATTERN_LENGTH) {
    throw new RangeError(`searchApprox: pattern length ${m} is not in 1..${MAX_PATTERN_LENGTH}`);
  }
  const from = Math.max(0, options.from ?? 0);
  const to = Math.min(text.length, options.to ?? text.length);
  const { ascii, other } = patternMasks(pattern);
  const last = 1 << (m - 1);
  let pv = m === 32 ? -1 : (1 << m) - 1;
  let mv = 0;
  let score = m;
  const ends: { end: number; errors: number }[] = [];
  let runBest = -1;
  let runErrors = Infinity;
  for (let j = from; j < to; j++) {
    const code = text.charCodeAt(j);
    const eq = code < 128 ? (ascii[code] ?? 0) : (other.get(code) ?? 0);
    const xv = eq | mv;
    const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if ((ph & last) !== 0) score++;
    else if ((mh & last) !== 0) score--;
    // No carry into row 0: the pattern may start anywhere in the text (semi-global search).
    ph <<= 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
    if (score <= maxErrors) {
      if (score < runErrors) {
        runErrors = score;
        runBest = j + 1;
      }
    } else if (runBest >= 0) {
      ends.push({ end: runBest, errors: runErrors });
      runBest = -1;
      runErrors = Infinity;
    }
  }
  if (runBest >= 0) ends.push({ end: runBest, errors: runErrors });
  ends.sort((a, b) => a.errors - b.errors || a.end - b.end);
  const kept = ends.slice(0, options.limit ?? ends.length);
  return kept.map(({ end, errors }) => {
    const window = text.slice(Math.max(from, end - m - errors), end);
    const { other: start } = anchoredDistance(pattern, window, window.length, 'before', errors);
    return { start: end - window.length + start, end, errors };
  });
}
