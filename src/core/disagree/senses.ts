import {
  isKindOf,
  senses,
  sharesSense,
  similarity,
  supersense,
  type WordClass,
} from '../lexicon/wordnet';
import { causes } from '../lexicon/verb-causes';

/**
 * Word knowledge the detectors ask for, from WordNet (`../lexicon/wordnet`). Lemmas in, yes or
 * no out, so the lexical database behind it can change without the detectors noticing.
 */

/** Answers asked once per pair of words: the lexicon's walks are costly, the same pairs recur. */
const memo = new Map<string, boolean>();
function remember(key: string, answer: () => boolean): boolean {
  let known = memo.get(key);
  if (known === undefined) {
    known = answer();
    memo.set(key, known);
  }
  return known;
}

/** How many of a word's most frequent senses count: news uses words in their common senses. */
const COMMON_SENSES = 4;

/**
 * The same word, or words sharing a sense (or a noun and the verb it derives from):
 * "seize"/"confiscate", "arrest"/"nab", "death"/"die".
 */
export function synonymous(a: string, b: string, cls: WordClass = 'verb'): boolean {
  if (a === b) return true;
  return remember(`s ${cls} ${a} ${b}`, () =>
    sharesSense(a, b, cls, COMMON_SENSES, { viaDerivation: true }),
  );
}

/**
 * Verbs that tell one event from either end: one causes the other in WordNet ("killed 12",
 * "12 died"; "raised prices 5%", "prices rose 5%").
 */
export function causeAndEffect(a: string, b: string): boolean {
  return causes(a, b) || causes(b, a);
}

/**
 * Nouns that can name the same thing: the same, synonyms, or one a kind of the other ("rifle"
 * and "gun").
 */
export function compatibleNouns(a: string, b: string): boolean {
  if (a === b || synonymous(a, b, 'noun')) return true;
  return remember(`k ${a} ${b}`, () => isKindOf(a, b, 'noun') || isKindOf(b, a, 'noun'));
}

/**
 * Nouns that can name the same thing in any of their common senses: compatible nouns, or one a
 * kind of the other over four senses each ("share" is a kind of "stock" in its sense of a
 * certificate of ownership). For what a figure's change is of, where the senses are narrowed by
 * the figure already.
 */
export function compatibleInAnySense(a: string, b: string): boolean {
  if (compatibleNouns(a, b)) return true;
  return remember(
    `k4 ${a} ${b}`,
    () => isKindOf(a, b, 'noun', COMMON_SENSES) || isKindOf(b, a, 'noun', COMMON_SENSES),
  );
}

/** Nouns close under one parent ("thief" and "burglar": Wu–Palmer 0.85 or more). */
export function relatedNouns(a: string, b: string): boolean {
  return compatibleNouns(a, b) || remember(`n ${a} ${b}`, () => similarity(a, b, 'noun') >= 0.85);
}

/**
 * Verbs that can report one event: synonyms, or verbs close in WordNet's hierarchy
 * ("capture"/"arrest", "burn"/"destroy": Wu–Palmer 0.6 or more over their common senses).
 */
export function relatedVerbs(a: string, b: string): boolean {
  return synonymous(a, b) || remember(`v ${a} ${b}`, () => similarity(a, b, 'verb', 3) >= 0.6);
}

/**
 * The broad classes of a noun's senses ("noun.group" for "troop" and for "force", which
 * can both be bodies of soldiers).
 */
export function nounClasses(lemma: string): string[] {
  return [...new Set(senses(lemma, 'noun').map(supersense))];
}

/**
 * Nouns that count the same things: compatible nouns, except that two different words for
 * people ("observers" and "experts", "jurors" and "women") count different groups even when one
 * is a kind of the other; only synonyms do.
 */
export function sameCountedThing(a: string, b: string): boolean {
  if (a === b) return true;
  // "people" counts whoever the other noun counts: "40 workers" and "60 people" were injured.
  if (GENERIC_PEOPLE.has(a) || GENERIC_PEOPLE.has(b)) return isPeople(a) && isPeople(b);
  if (isPeople(a) && isPeople(b)) return synonymous(a, b, 'noun');
  return compatibleNouns(a, b);
}

/** Nouns that count people as such, whoever they are. */
const GENERIC_PEOPLE = new Set(['people', 'person', 'individual', 'human']);
/** Whether a noun counts people: "people", or a noun whose first sense is a kind of person. */
export const isPeople = (w: string): boolean =>
  GENERIC_PEOPLE.has(w) || nounClasses(w)[0] === 'noun.person';
