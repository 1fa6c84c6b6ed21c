import type { Token } from '../../types';
import { ESTIMATE_VERBS } from '../cue-words';
import { TIME_UNITS } from './units';

/** Nouns that stand for a figure already given: "put the number at 40,000", "the toll rose to". */
const FIGURE_NOUNS = new Set([
  'number',
  'figure',
  'toll',
  'count',
  'total',
  'tally',
  'estimate',
  'size',
  'strength',
]);
/** Words right before a figure that give it to such a noun or verb. */
const LINK_WORDS = new Set(['at', 'to', 'is', 'was', 'be', 'stood', 'reached', 'hit', 'of', 'as']);
const PRONOUNS = new Set(['it', 'that', 'this', 'them']);
const WINDOW = 6;

/**
 * Whether the bare figure whose phrase starts at token `first` re-counts something named before:
 * a figure noun in the few words before it ("the number at", "the toll rose to"), or an
 * estimating verb with a pronoun ("estimated it at").
 *
 * @example isAnaphoricFigure(tokens('US officials have put the number at 40,000'), 7) // true
 */
export function isAnaphoricFigure(tokens: readonly Token[], first: number): boolean {
  if (!LINK_WORDS.has(tokens[first - 1]?.lower ?? '')) return false;
  let verb = false;
  for (let k = first - 1; k >= 0 && k >= first - WINDOW; k--) {
    const t = tokens[k];
    if (!t || t.text === ',' || t.text === ';') break;
    if (t.pos === 'NOUN' && FIGURE_NOUNS.has(t.lemma)) return true;
    if (t.pos === 'VERB' && ESTIMATE_VERBS.has(t.lemma)) verb = true;
    if (verb && PRONOUNS.has(t.lower)) return true;
    if (
      PRONOUNS.has(t.lower) &&
      tokens[k - 1]?.pos === 'VERB' &&
      ESTIMATE_VERBS.has(tokens[k - 1]?.lemma ?? '')
    ) {
      return true;
    }
  }
  return false;
}

/** A figure that an anaphoric one may point back to. */
export type AntecedentCandidate = { sentence: number; unit: string | null };

/**
 * The index (in `candidates`, reading order) of the nearest figure before position `before` with
 * a counted unit, in the same sentence or the `reach` sentences before; time spans and ages are
 * passed over (nobody re-counts "four hours" as "the number").
 */
export function findAntecedent(
  candidates: readonly AntecedentCandidate[],
  before: number,
  sentence: number,
  reach = 2,
): number | null {
  for (let k = before - 1; k >= 0; k--) {
    const c = candidates[k];
    if (!c || c.sentence < sentence - reach) return null;
    if (c.unit && !TIME_UNITS.has(c.unit) && c.unit !== 'years old') return k;
  }
  return null;
}
