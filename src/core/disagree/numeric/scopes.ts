import type { Token } from '../../types';
import type { Clause } from '../frames/clauses';
import { CHANGE_WORDS } from './changed-thing';

/**
 * Marks that make a figure a different quantity from a plain count of the same thing:
 * a rate ("$3 million a year"), a running or career total ("14 rifles in five operations",
 * "so far"), a figure for one part ("in the third round": `part:third round`), a figure at a
 * moment before the end ("as of 4 p.m."), a change ("plunged 5.4%"), or a conversion of
 * another figure ("110 billion euros ($143 billion)").
 */
export type Scope =
  | 'rate'
  | 'cumulative'
  | 'interim'
  | 'change'
  | 'conversion'
  | 'subset'
  | 'offset'
  | `part:${string}`
  | `as:${string}`;

const RATE_OPENERS = new Set(['a', 'an', 'per', 'each', 'every']);
const RATE_WORDS = new Set(['annually', 'apiece', 'each', 'yearly', 'monthly', 'weekly', 'daily']);
const TOTAL_WORDS = new Set([
  'total',
  'totalling',
  'totaling',
  'altogether',
  'overall',
  'career',
  'combined',
  'cumulative',
  'cumulatively',
  'aggregate',
]);
/** Word pairs that make a figure a running total: "in all", "so far". */
const TOTAL_PAIRS = [
  ['in', 'all'],
  ['so', 'far'],
  ['to', 'date'],
];
/** Word pairs that date a figure before the final count: "as of", "so far". */
const INTERIM_PAIRS = [
  ['as', 'of'],
  ['so', 'far'],
  ['until', 'now'],
];
/** What "of" refers back to in "eight of the jurors", "two of them". */
const GROUP_WORDS = ['the', 'them', 'those', 'these', 'whom', 'which', 'his', 'her', 'their'];

/** Whether `word` and the token after it make one of `pairs`. */
function startsPair(pairs: readonly string[][], word: string, next: Token | undefined): boolean {
  for (const pair of pairs) if (word === pair[0] && (next?.lower ?? '') === pair[1]) return true;
  return false;
}

const ORDINAL =
  /^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|final|last|opening)$/;
const CLOCK_OR_DAY =
  /^(?:\d{1,2}(?::\d\d)?|noon|midnight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight)$/;

/**
 * The scopes of the figure whose phrase spans tokens `first`..`last` of its clause.
 *
 * @example scopesOf(tokens('He earns $4 million a year.'), clause, 2, 4, 'money') // ['rate']
 */
export function scopesOf(
  tokens: readonly Token[],
  clause: Clause,
  first: number,
  last: number,
  measure: string,
): Scope[] {
  const scopes = new Set<Scope>();
  const word = (k: number) => tokens[k]?.lower ?? '';
  const after = word(last + 1);
  if (RATE_WORDS.has(after) || (RATE_OPENERS.has(after) && tokens[last + 2]?.pos === 'NOUN')) {
    scopes.add('rate');
  }
  if (after === 'per' && word(last + 2) === 'cent' && RATE_OPENERS.has(word(last + 3))) {
    scopes.add('rate');
  }
  for (let k = clause.first; k <= clause.last; k++) {
    const w = word(k);
    if (TOTAL_WORDS.has(w)) scopes.add('cumulative');
    if (startsPair(TOTAL_PAIRS, w, tokens[k + 1])) scopes.add('cumulative');
    if (startsPair(INTERIM_PAIRS, w, tokens[k + 1])) scopes.add('interim');
    if (w === 'by' && CLOCK_OR_DAY.test(word(k + 1)) && k > last) scopes.add('interim');
    // "in five operations", "over four seasons": a count of occasions after the figure.
    if (
      (w === 'in' || w === 'over' || w === 'across') &&
      k > last &&
      tokens[k + 1]?.pos === 'NUM'
    ) {
      const noun = tokens[k + 2];
      if (noun?.pos === 'NOUN' && noun.lower !== noun.lemma) scopes.add('cumulative');
    }
    if (w === 'since' && k > last && tokens[k + 1]?.pos === 'NUM') scopes.add('cumulative');
    // "nine seasons as a player", "five as an assistant coach": the figure counts one role.
    if (w === 'as' && k > last && k <= last + 3) {
      let n = k + 1;
      if (['a', 'an', 'the'].includes(word(n))) n++;
      while (tokens[n + 1]?.pos === 'NOUN') n++;
      if (tokens[n]?.pos === 'NOUN') scopes.add(`as:${tokens[n]?.lemma ?? ''}`);
    }
    // "in the third round", "in the first half": one part of the whole.
    if ((w === 'in' || w === 'during') && word(k + 1) === 'the' && ORDINAL.test(word(k + 2))) {
      const noun = tokens[k + 3];
      if (noun?.pos === 'NOUN') scopes.add(`part:${word(k + 2)} ${noun.lemma}`);
    }
  }
  const verb = nearestVerb(tokens, clause, first);
  if (
    verb &&
    CHANGE_WORDS.has(verb.lemma) &&
    (measure === 'percent' || measure === 'money' || word(first - 1) === 'by')
  ) {
    scopes.add('change');
  }
  if ((word(first - 1) === 'up' || word(first - 1) === 'down') && measure === 'percent')
    scopes.add('change');
  // "a 3% rise in profit", "a $2 billion cut": the phrase's noun is one of change.
  const noun = tokens[last];
  if ((measure === 'percent' || measure === 'money') && noun?.pos === 'NOUN' && last > first) {
    if (CHANGE_WORDS.has(noun.lemma)) scopes.add('change');
  }
  if (measure === 'money' && isConversion(tokens, first)) scopes.add('conversion');
  // "Five of the judges", "two of them": a part of a group counted elsewhere.
  for (let k = first; k <= last + 1; k++) {
    if (word(k) === 'of' && GROUP_WORDS.includes(word(k + 1))) scopes.add('subset');
  }
  // "nine days before the inauguration", "in about 30 days", "three weeks ago": a point in
  // time told by its distance from another, read as a date.
  if (measure === 'duration') {
    const next = word(last + 1);
    const before = word(first - 1);
    if (['before', 'after', 'ago', 'later', 'earlier', 'prior', 'from'].includes(next))
      scopes.add('offset');
    if (['in', 'within'].includes(before)) scopes.add('offset');
  }
  return [...scopes].sort();
}

function nearestVerb(tokens: readonly Token[], clause: Clause, first: number): Token | undefined {
  for (let k = first - 1; k >= Math.max(clause.first, first - 4); k--) {
    const t = tokens[k];
    if (t?.pos === 'VERB') return t;
  }
  return undefined;
}

/** "(about $143 billion)" after another sum of money: the same sum in another currency. */
function isConversion(tokens: readonly Token[], first: number): boolean {
  let k = first - 1;
  while (
    k >= 0 &&
    ['about', 'around', 'roughly', 'some', 'or', 'nearly', 'approximately'].includes(
      tokens[k]?.lower ?? '',
    )
  )
    k--;
  if (tokens[k]?.text !== '(' && tokens[k]?.lower !== 'or') return false;
  for (let j = k - 1; j >= Math.max(0, k - 5); j--) {
    const t = tokens[j];
    if (
      t?.kind === 'currency' ||
      /^(?:euros?|dollars?|pounds?|yen|yuan|rupees?)$/.test(t?.lower ?? '')
    )
      return true;
  }
  return false;
}
