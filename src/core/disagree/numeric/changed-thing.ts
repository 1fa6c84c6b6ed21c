import { baseForms } from '../../lexicon/base-forms';
import type { Token } from '../../types';
import type { Clause } from '../frames/clauses';

/** Words of change upward, as verbs ("sales rose 8%") and as nouns ("an 8% rise in sales"). */
const UP = [
  'rise',
  'increase',
  'grow',
  'growth',
  'gain',
  'jump',
  'climb',
  'surge',
  'soar',
  'rebound',
  'raise',
  'hike',
];
/** Words of change downward: "shares fell 5%", "a 10% cut". */
const DOWN = [
  'fall',
  'drop',
  'plunge',
  'decrease',
  'decline',
  'slide',
  'tumble',
  'sink',
  'slump',
  'dip',
  'shrink',
  'plummet',
  'cut',
  'lower',
  'reduce',
  'reduction',
  'loss',
];

/** Words of change, either way: a figure they govern is a difference, not a level. */
export const CHANGE_WORDS: ReadonlySet<string> = new Set([...UP, ...DOWN]);

/** Which way a word of change goes, or null for another word. */
export function changeDirection(lemma: string): 'up' | 'down' | null {
  return UP.includes(lemma) ? 'up' : DOWN.includes(lemma) ? 'down' : null;
}

/** Words a noun phrase may open with before its noun: "the", "Norwood's", "crude", "its". */
const PHRASE_WORDS = new Set(['DET', 'ADJ', 'PROPN', 'PART', 'NUM', 'PRON']);

/** The last noun of the run of nouns from `k` on ("crude oil prices" → "prices"), or null. */
function nounRunEnd(tokens: readonly Token[], k: number, to: number): number | null {
  if (tokens[k]?.pos !== 'NOUN') return null;
  while (k + 1 <= to && tokens[k + 1]?.pos === 'NOUN') k++;
  return k;
}

/**
 * A common noun the tagger took for a name because it opens the sentence ("Shares of …"): its
 * base form, when it has one as a noun and no name follows it.
 */
function openingNoun(tokens: readonly Token[], k: number): string | null {
  const t = tokens[k];
  if (k !== 0 || t?.pos !== 'PROPN' || ['PROPN', 'NOUN'].includes(tokens[k + 1]?.pos ?? ''))
    return null;
  return baseForms(t.lower, 'noun')[0] ?? null;
}

/**
 * The lemma of the head of the clause's subject before token `verb`: the first noun phrase
 * that no preposition introduces ("Shares of Norwood Foods fell" → "share"; "In March, sales
 * rose" → "sale").
 */
function subjectHead(tokens: readonly Token[], clause: Clause, verb: number): string | null {
  let afterPreposition = false;
  for (let k = clause.first; k < verb; k++) {
    const t = tokens[k];
    if (!t) return null;
    const opening = openingNoun(tokens, k);
    if (opening) return opening;
    if (t.pos === 'ADP') afterPreposition = true;
    else if (t.pos === 'PUNCT') afterPreposition = false;
    else if (t.pos === 'NOUN') {
      const end = nounRunEnd(tokens, k, verb - 1) ?? k;
      if (!afterPreposition) return tokens[end]?.lemma ?? null;
      afterPreposition = false;
      k = end;
    } else if (!PHRASE_WORDS.has(t.pos)) afterPreposition = false;
  }
  return null;
}

/**
 * What a change figure is a change of, as a lemma: the noun after a noun of change ("a
 * 3% rise in profit" → "profit"), else the subject of the verb of change that governs the
 * figure ("Shares of Norwood Foods fell 5%" → "Shares"; "its stock dropped 7%" → "stock").
 * Two changes of different things ("sales rose 8%", "profit rose 3%") are different figures.
 * `first`..`last` is the figure's phrase; null when nothing says what changed.
 *
 * @example changedThing(tokensOf('Its sales rose 8% last year.'), clause, 3, 4) // 'sale'
 */
export function changedThing(
  tokens: readonly Token[],
  clause: Clause,
  first: number,
  last: number,
): string | null {
  const after = tokens[last + 1];
  if (after?.pos === 'NOUN' && CHANGE_WORDS.has(after.lemma)) {
    const link = tokens[last + 2]?.lower;
    if (link === 'in' || link === 'of') {
      let k = last + 3;
      while (k <= clause.last && PHRASE_WORDS.has(tokens[k]?.pos ?? '')) k++;
      const noun = nounRunEnd(tokens, k, clause.last);
      if (noun !== null) return tokens[noun]?.lemma ?? null;
    }
  }
  // The verb of change right before the figure ("fell 5%", "rose by 5%", "was cut 10%").
  for (let k = first - 1; k >= Math.max(clause.first, first - 3); k--) {
    const t = tokens[k];
    if (!t) break;
    if (t.pos === 'VERB' && CHANGE_WORDS.has(t.lemma)) return subjectHead(tokens, clause, k);
    if (!['ADP', 'ADV', 'PART'].includes(t.pos)) break;
  }
  return null;
}
