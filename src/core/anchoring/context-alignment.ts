/**
 * Cost of a run of extra text characters (text inserted into the context since the description
 * was made): opening the run costs this much, each character this much more. A run of inserted
 * text is one edit, so it costs far less than its length; a character of the description that
 * is missing still costs a full error (the evidence it carried is gone).
 */
const INSERTION_OPEN = 2;
const INSERTION_EXTEND = 0.1;

/** How far past the pattern's length the alignment may reach into the text. */
export const CONTEXT_REACH = 64;

function reverse(text: string): string {
  let out = '';
  for (let i = text.length - 1; i >= 0; i--) out += text[i];
  return out;
}

/**
 * Errors of the best alignment of `pattern` (a passage's context) with the text touching
 * `anchor` on `side`, where a run of inserted text costs little (2 + 0.1 per character) and a
 * missing or changed character costs 1: so context split by an insertion still counts, while
 * unrelated text scores about as badly as with plain edit distance. The far end is free.
 *
 * @example contextErrors('said on Sunday', 'said, as reported, on Sunday', 0, 'after') // ≈ 3.4
 */
export function contextErrors(
  pattern: string,
  text: string,
  anchor: number,
  side: 'before' | 'after',
  reach = CONTEXT_REACH,
): number {
  const m = pattern.length;
  if (m === 0) return 0;
  const segment =
    side === 'after'
      ? text.slice(anchor, anchor + m + reach)
      : reverse(text.slice(Math.max(0, anchor - m - reach), anchor));
  const pat = side === 'after' ? pattern : reverse(pattern);
  // best[i]: cost with i pattern characters aligned and the text so far consumed;
  // gap[i]: the same, ending inside a run of inserted text.
  let best = new Float64Array(m + 1);
  let gap = new Float64Array(m + 1).fill(Infinity);
  let nextBest = new Float64Array(m + 1);
  let nextGap = new Float64Array(m + 1);
  for (let i = 0; i <= m; i++) best[i] = i;
  let answer = m;
  for (let j = 0; j < segment.length; j++) {
    const c = segment.charCodeAt(j);
    for (let i = 0; i <= m; i++) {
      const opened = (best[i] ?? 0) + INSERTION_OPEN + INSERTION_EXTEND;
      const extended = (gap[i] ?? Infinity) + INSERTION_EXTEND;
      nextGap[i] = Math.min(opened, extended);
      let cost = nextGap[i] ?? Infinity;
      if (i > 0) {
        const aligned = (best[i - 1] ?? 0) + (pat.charCodeAt(i - 1) === c ? 0 : 1);
        const missing = (nextBest[i - 1] ?? 0) + 1;
        cost = Math.min(cost, aligned, missing);
      }
      nextBest[i] = cost;
    }
    [best, nextBest] = [nextBest, best];
    [gap, nextGap] = [nextGap, gap];
    answer = Math.min(answer, best[m] ?? m);
  }
  return answer;
}
