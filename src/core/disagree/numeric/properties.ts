import type { Token } from '../../types';
import { senses, supersense } from '../../lexicon/wordnet';
import type { Clause } from '../frames/clauses';

/**
 * Property nouns that stand for a figure given elsewhere rather than name a property of their
 * own: "put the number at 40,000" re-counts the troops of the sentence before.
 */
const PLACEHOLDERS = new Set(['number', 'figure', 'total', 'amount', 'age']);

/** Words that link a property to its figure: "a depth of 35 km", "its depth at 48 km". */
const LINKS = new Set(['of', 'at']);

/**
 * The property a figure gives, named just before it: "a magnitude 6.8 earthquake", "a magnitude
 * of 7.1", "at a depth of about 35 km", "measured its depth at 48 km". A property is a noun
 * whose most common WordNet sense is an attribute (magnitude, depth, height, temperature,
 * strength…). Gives its lemma, or null. `first` is the figure's first token (its qualifier
 * included).
 *
 * @example propertyBefore(tokensOf('a magnitude of 7.1'), 3, clause) // 'magnitude'
 */
export function propertyBefore(
  tokens: readonly Token[],
  first: number,
  clause: Clause,
): string | null {
  let k = first - 1;
  if (LINKS.has(tokens[k]?.lower ?? '')) k--;
  const noun = tokens[k];
  if (!noun || k < clause.first || noun.pos !== 'NOUN' || PLACEHOLDERS.has(noun.lemma)) return null;
  const sense = senses(noun.lemma, 'noun')[0];
  return sense !== undefined && supersense(sense) === 'noun.attribute' ? noun.lemma : null;
}
