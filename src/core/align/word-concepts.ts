import { conceptKeys, senses, type WordClass } from '../lexicon/wordnet';
import type { Token } from '../types';

const CLASS_OF: Partial<Record<string, WordClass>> = { NOUN: 'noun', VERB: 'verb', ADJ: 'adj' };
/** Particles that make a phrasal verb with the verb before them: "pull back", "check in". */
const PARTICLES = new Set(['back', 'out', 'in', 'into', 'up', 'down', 'off', 'over', 'away', 'on']);
/** Concepts by class, then lemma: looked up for every word of every sentence. */
const cache: Record<WordClass, Map<string, readonly number[]>> = {
  noun: new Map(),
  verb: new Map(),
  adj: new Map(),
  adv: new Map(),
};
const phrasalVerbs = new Map<string, boolean>();

function keysOf(lemma: string, cls: WordClass): readonly number[] {
  const known = cache[cls];
  let found = known.get(lemma);
  if (!found) {
    found = conceptKeys(lemma, cls);
    known.set(lemma, found);
  }
  return found;
}

/**
 * The WordNet concepts of the word at `index` (its first senses and the nouns or verbs they
 * derive from), so that "withdrawal" meets "pull back" and "fear" meets "concern". A verb and
 * its particle that WordNet knows as one verb ("pull back", "step down") count as that verb.
 *
 * @example wordConcepts(tokensOf('Russia will pull back its troops'), 2).length > 0 // true
 */
export function wordConcepts(tokens: readonly Token[], index: number): readonly number[] {
  const token = tokens[index];
  if (!token) return [];
  const cls = CLASS_OF[token.pos];
  if (!cls) return [];
  const next = tokens[index + 1];
  if (cls === 'verb' && next && PARTICLES.has(next.lower)) {
    const phrasal = `${token.lemma} ${next.lower}`;
    let known = phrasalVerbs.get(phrasal);
    if (known === undefined) {
      known = senses(phrasal, 'verb').length > 0;
      phrasalVerbs.set(phrasal, known);
    }
    if (known) return keysOf(phrasal, 'verb');
  }
  return keysOf(token.lemma, cls);
}
