import type { Span, Token } from '../../types';

/**
 * Where a sentence stands on whether the parties are coming to terms: +1 ("getting closer",
 * "made progress", "reached a deal"), -1 ("no signs of agreement", "deadlock", "failed to
 * agree"), with the span of the words that say so.
 */
export type Stance = Span & { polarity: 1 | -1 };

/** Lemmas naming an outcome of talks. */
const OUTCOME = new Set([
  'agreement',
  'deal',
  'progress',
  'breakthrough',
  'consensus',
  'compromise',
  'accord',
  'settlement',
]);
/** Verbs that say an outcome was achieved. */
const ACHIEVE = new Set(['reach', 'make', 'achieve', 'strike', 'clinch', 'secure', 'hammer']);
/** Words that on their own say talks are stuck. */
const STUCK = new Set(['deadlock', 'stalemate', 'impasse', 'standstill', 'deadlocked']);
/** Words that say an attempt did not succeed ("failed to reach", "unable to make"). */
const FAILURE = new Set(['fail', 'unable', 'refuse', 'decline']);
const NEGATORS = new Set(['no', 'not', 'never', 'without', 'nor', 'neither', "n't", 'lack']);
const APPROACH = new Set(['get', 'come', 'move', 'draw', 'inch', 'be']);

function negatedNear(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (!token) return false;
  if (token.negated) return true;
  for (let k = Math.max(0, index - 4); k < index; k++) {
    if (NEGATORS.has(tokens[k]?.lower ?? '')) return true;
  }
  return false;
}

function span(tokens: readonly Token[], from: number, to: number): Span {
  return { start: tokens[from]?.start ?? 0, end: tokens[to]?.end ?? 0 };
}

/**
 * The stances a sentence takes on the parties' agreement. A bare mention of a deal ("the
 * framework of a deal") takes none: it must be achieved, denied, or approached.
 *
 * @example agreementStances(tokensOf('There were no signs of agreement.'))
 *   // [{ polarity: -1, ...span of "no signs of agreement" }]
 */
export function agreementStances(tokens: readonly Token[]): Stance[] {
  const stances: Stance[] = [];
  tokens.forEach((token, i) => {
    if (STUCK.has(token.lemma) || STUCK.has(token.lower)) {
      stances.push({ ...span(tokens, i, i), polarity: -1 });
      return;
    }
    if (token.lower === 'closer' || token.lower === 'close') {
      const before = tokens.slice(Math.max(0, i - 2), i);
      if (token.lower === 'closer' || before.some((t) => APPROACH.has(t.lemma))) {
        const from = Math.max(
          0,
          i - (before.length && APPROACH.has(before.at(-1)?.lemma ?? '') ? 1 : 0),
        );
        const polarity = negatedNear(tokens, i) ? -1 : 1;
        stances.push({ ...span(tokens, from, Math.min(tokens.length - 1, i + 3)), polarity });
      }
      return;
    }
    if (token.lower === 'apart' && tokens[i - 1]?.lower === 'far') {
      stances.push({ ...span(tokens, i - 1, i), polarity: -1 });
      return;
    }
    if (!OUTCOME.has(token.lemma)) return;
    const window = tokens.slice(Math.max(0, i - 6), i);
    const negStart = window.findIndex((t) => NEGATORS.has(t.lower));
    if (negStart >= 0 || token.negated) {
      const from = negStart >= 0 ? i - window.length + negStart : i;
      stances.push({ ...span(tokens, from, i), polarity: -1 });
      return;
    }
    const achieved = window.findIndex((t) => ACHIEVE.has(t.lemma) && t.pos === 'VERB');
    const failed = window.some((t) => FAILURE.has(t.lemma));
    // "will make a deal", "seeking to reach a deal": a prospect, not an outcome.
    const at = i - window.length + achieved;
    const before = tokens.slice(Math.max(0, at - 2), at);
    const prospect = before.some((t) => t.pos === 'AUX' || t.lower === 'to' || t.lemma === 'will');
    if (achieved >= 0 && (failed || !prospect)) {
      const from = i - window.length + achieved;
      stances.push({ ...span(tokens, from, i), polarity: failed ? -1 : 1 });
    }
  });
  return stances;
}
