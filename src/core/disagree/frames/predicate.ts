import { REPORTING_VERBS } from '../../extract/cue-words';
import type { Token } from '../../types';
import type { Clause } from './clauses';

/** The verb that says what happened to a thing: "seized" in "seized seven rifles". */
export type Predicate = {
  lemma: string;
  /** Token index of the verb. */
  at: number;
  /** "never checked in", "did not seize". */
  negated: boolean;
  /** Whether the thing is the verb's object (after it) or its subject (before it). */
  role: 'object' | 'subject';
};

/** Verbs that carry tense or mood, not an event: "has", "were", "could". */
const LIGHT_VERBS = new Set(['be', 'have', 'do', 'get', 'become', 'seem', 'remain', 'let']);
const NEGATORS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor']);
/** Subjects that deny the verb: "None of the teams has offered…", "nobody was hurt". */
const NEGATIVE_SUBJECTS = new Set(['none', 'nobody', 'nothing', 'neither', 'noone']);
/** How far left of a thing its verb may stand: a list of seized items is long. */
const MAX_OBJECT_DISTANCE = 18;
const MAX_SUBJECT_DISTANCE = 4;

/** A verb that tells of an event: not a light verb ("has", "let") nor a reporting verb ("said"). */
export function isEventVerb(t: Token | undefined): boolean {
  return (
    !!t &&
    t.pos === 'VERB' &&
    !LIGHT_VERBS.has(t.lemma) &&
    !REPORTING_VERBS.has(t.lemma) &&
    /\p{L}/u.test(t.text)
  );
}

/**
 * Whether the verb at `at` is negated: a negator right before it, a negative subject ("none of
 * the teams has offered", "nobody was hurt") from `from` on, or the model's flag with a
 * negator next to it.
 */
export function isNegatedVerb(tokens: readonly Token[], at: number, from = at): boolean {
  for (let k = Math.max(0, at - 3); k < at; k++) {
    if (NEGATORS.has(tokens[k]?.lower ?? '')) return true;
  }
  for (let k = from; k < at; k++) {
    const w = tokens[k]?.lower ?? '';
    if (NEGATIVE_SUBJECTS.has(w) || (w === 'no' && tokens[k + 1]?.lower === 'one')) return true;
  }
  return tokens[at]?.negated === true && NEGATORS.has(tokens[at - 1]?.lower ?? '');
}

/**
 * The verb governing the noun phrase from token `first` to `last` in its clause: the nearest
 * event verb before it ("seized four MP-5 carbines, two other carbines"), else one right after it
 * ("23 people were killed", "1,400 species listed"). Reporting verbs ("said") and light verbs
 * ("has", "were") are not events.
 *
 * @example predicateOf(tokens('Police seized seven rifles.'), clause, 2, 3)?.lemma // 'seize'
 */
export function predicateOf(
  tokens: readonly Token[],
  clause: Clause,
  first: number,
  last: number,
): Predicate | null {
  // "17 people died and more than 60 were wounded": a figure that opens a conjunct is the
  // subject of the verb after it, not the object of the one before.
  if (CONJUNCTIONS.has(tokens[first - 1]?.lower ?? '')) {
    const after = verbAfter(tokens, clause, last);
    if (after) return after;
  }
  return verbBefore(tokens, clause, first) ?? verbAfter(tokens, clause, last);
}

const CONJUNCTIONS = new Set(['and', 'but', ';']);

/** The nearest event verb before the phrase, of which it is the object. */
function verbBefore(tokens: readonly Token[], clause: Clause, first: number): Predicate | null {
  for (let k = first - 1; k >= Math.max(clause.first, first - MAX_OBJECT_DISTANCE); k--) {
    const t = tokens[k];
    if (t && isEventVerb(t) && !isAttributive(tokens, k)) {
      return { lemma: t.lemma, at: k, negated: isNegatedVerb(tokens, k, 0), role: 'object' };
    }
  }
  return null;
}

/** The event verb right after the phrase, behind auxiliaries, of which it is the subject. */
function verbAfter(tokens: readonly Token[], clause: Clause, last: number): Predicate | null {
  for (let k = last + 1; k <= Math.min(clause.last, last + MAX_SUBJECT_DISTANCE); k++) {
    const t = tokens[k];
    if (!t) break;
    if (isEventVerb(t)) {
      return { lemma: t.lemma, at: k, negated: isNegatedVerb(tokens, k, 0), role: 'subject' };
    }
    if (!['AUX', 'ADV', 'PART'].includes(t.pos)) break;
  }
  return null;
}

/** "9 freshly painted boats", "the wounded soldiers": a participle describing the next noun. */
function isAttributive(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  const before = tokens[k - 1];
  if (!t || !/(?:ed|en)$/.test(t.lower) || (next?.pos !== 'NOUN' && next?.pos !== 'ADJ'))
    return false;
  return !before || ['DET', 'NUM', 'ADJ', 'ADV', 'CCONJ', 'PUNCT'].includes(before.pos);
}
