import type { Token } from '../../types';
import { TIME_UNITS, isMeasureNoun, unitName } from './units';

/** The thing a figure counts, with the token range of the words that name it. */
export type UnitHead = {
  unit: string;
  first: number;
  last: number;
  /** "three-plus seasons": the figure is a lower bound. */
  plus?: boolean;
};

/** Words between a figure and its head noun that only describe it: "100,000 more troops". */
const MODIFIER_WORDS = new Set(['more', 'additional', 'other', 'extra', 'further', 'fewer', 'new']);
const POSSESSIVE_DETERMINERS = new Set([
  'the',
  'his',
  'her',
  'its',
  'their',
  'our',
  'these',
  'those',
]);
const MAX_MODIFIERS = 4;

/**
 * Finds the head noun counted by the figure that ends before token `after`: skips adjectives
 * and proper adjectives ("100,000 Russian troops" → "troops"), reads hyphenated compounds
 * ("three-run homer" → "run", "the 33-year-old" → "years old") and partitives ("hundreds of
 * people" → "people"). Returns null for a bare figure.
 *
 * @example findUnitHead(tokens('four hours in Paris'), 1)?.unit // 'hour'
 */
export function findUnitHead(tokens: readonly Token[], after: number): UnitHead | null {
  const next = tokens[after];
  if (!next) return null;
  if (next.text === '-' && tokens[after - 1]?.end === next.start)
    return compoundUnit(tokens, after);
  let i = after;
  if (next.lower === 'of') {
    i++;
    if (POSSESSIVE_DETERMINERS.has(tokens[i]?.lower ?? '')) i++;
  }
  i = skipModifiers(tokens, i);
  return headNoun(tokens, i);
}

function compoundUnit(tokens: readonly Token[], hyphen: number): UnitHead | null {
  const word = tokens[hyphen + 1];
  if (!word || word.kind !== 'word' || word.start !== tokens[hyphen]?.end) return null;
  if (word.lower === 'plus') {
    const head = headNoun(tokens, skipModifiers(tokens, hyphen + 2));
    return head ? { ...head, plus: true } : null;
  }
  if (
    word.lemma === 'year' &&
    tokens[hyphen + 2]?.text === '-' &&
    tokens[hyphen + 3]?.lower === 'old'
  ) {
    return { unit: 'years old', first: hyphen + 1, last: hyphen + 3 };
  }
  const lemma = TIME_UNITS.has(word.lemma) ? word.lemma : singular(word.lower, word.lemma);
  return { unit: lemma, first: hyphen + 1, last: hyphen + 1 };
}

function skipModifiers(tokens: readonly Token[], from: number): number {
  let i = from;
  for (let skipped = 0; skipped < MAX_MODIFIERS; skipped++) {
    const t = tokens[i];
    const after = tokens[i + 1];
    if (!t || !after) return i;
    const designator = designatorLength(tokens, i);
    if (designator > 0) {
      i += designator; // "four MP-5 submachine guns", "three Boeing 747 jets"
    } else if (isModifier(t, after)) {
      i++;
    } else if (
      (t.lower === 'and' || t.text === ',') &&
      skipped > 0 &&
      isModifier(after, tokens[i + 2] ?? after)
    ) {
      i++; // "23 Kenyan and Ugandan poachers"
    } else if (t.pos === 'ADV' && (after.pos === 'ADJ' || after.pos === 'VERB')) {
      i++; // "9 freshly painted boats"
    } else if (t.text === '-' && tokens[i - 1]?.end === t.start && after.start === t.end) {
      i++; // "Russian-speaking": the hyphen inside a compound adjective
    } else {
      return i;
    }
  }
  return i;
}

function isModifier(t: Token, after: Token): boolean {
  if (t.pos === 'ADJ') return true;
  if (MODIFIER_WORDS.has(t.lower)) return true;
  const nounLike =
    after.pos === 'NOUN' || after.pos === 'ADJ' || after.pos === 'PROPN' || after.lower === 'and';
  // Proper adjectives and acronyms before a noun: "Russian troops", "U.S. soldiers".
  if (t.pos === 'PROPN' && nounLike && isProperAdjective(t.text)) return true;
  // Participles before a noun: "26 suspected pirates", "three wounded soldiers".
  return (
    t.pos === 'VERB' && /(?:ed|ing)$/.test(t.lower) && (after.pos === 'NOUN' || after.pos === 'ADJ')
  );
}

/**
 * How many tokens from `i` name a model or type before a noun: "AK-47", "F-16", "AK 47",
 * "Boeing 747" (a name glued to, or followed by, a number), else 0.
 *
 * @example designatorLength(tokens('MP-5 submachine guns'), 0) // 1
 */
export function designatorLength(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (!t || !/^[A-Z]/.test(t.text)) return 0;
  const nounAt = (k: number) => tokens[k]?.pos === 'NOUN' || tokens[k]?.pos === 'PROPN';
  if (/^[A-Z][A-Za-z]*-?\d+[A-Za-z]?$/.test(t.text) && /\d/.test(t.text))
    return nounAt(i + 1) ? 1 : 0;
  const number = tokens[i + 1];
  if (
    t.pos === 'PROPN' &&
    number?.kind === 'number' &&
    /^\d+$/.test(number.text) &&
    nounAt(i + 2)
  ) {
    return 2;
  }
  return 0;
}

/** "Russian", "Chinese", "Kenyan", "U.S.", "UN": words that describe a noun's origin. */
export function isProperAdjective(text: string): boolean {
  if (/^(?:[A-Z]\.){2,}$/.test(text) || /^[A-Z]{2,4}$/.test(text)) return true;
  return /^[A-Z][a-z]+(?:an|ian|ese|ish|i|ic|ch)$/.test(text);
}

function headNoun(tokens: readonly Token[], from: number): UnitHead | null {
  const first = tokens[from];
  if (!first || !continuesHead(tokens, from)) return null;
  if (first.lower === 'years' && tokens[from + 1]?.lower === 'old') {
    return { unit: 'years old', first: from, last: from + 1 };
  }
  // A unit of measure names what is counted even before another noun: "four-hour meeting".
  if (isMeasureNoun(first.lemma)) {
    return { unit: unitName(first.lower, first.lemma), first: from, last: from };
  }
  let last = from;
  while (continuesHead(tokens, last + 1)) last++;
  const head = tokens[last] ?? first;
  return { unit: unitName(head.lower, head.lemma), first: from, last };
}

function singular(lower: string, lemma: string): string {
  return lemma && lemma !== lower ? lemma : lower;
}

/** Nouns of time that end a head noun run: "three bank tellers today". */
const TIME_ADVERB_NOUNS = new Set(['today', 'tonight', 'yesterday', 'tomorrow']);
const AFTER_PLURAL_VERB = new Set(['PUNCT', 'CCONJ', 'ADP']);

/**
 * Whether token `i` carries on a compound head noun: another noun, or a plural noun the tagger
 * took for a verb ("21 free throws and …": a verb in -s cannot agree with a counted subject).
 */
function continuesHead(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.kind !== 'word' || TIME_ADVERB_NOUNS.has(t.lower)) return false;
  if (t.pos === 'NOUN') return true;
  const after = tokens[i + 1];
  return t.pos === 'VERB' && /[a-z]s$/.test(t.text) && (!after || AFTER_PLURAL_VERB.has(after.pos));
}
