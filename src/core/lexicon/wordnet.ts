/**
 * WordNet 3.1 for comparing news text: which senses a word has, most frequent first, and how
 * senses relate (kinds, derivations, antonyms, adjective clusters). Synchronous and pure; the
 * compiled table is parsed on the first call, not at import. What the table keeps and leaves
 * out is in this folder's README.
 */
import { baseForms } from './base-forms';
import {
  entrySenses,
  findLemma,
  hypernymIds,
  isSynset,
  lexfile,
  memberLemmas,
  symmetricIds,
  WORD_CLASSES,
} from './wordnet-table';
import type { WordClass } from './wordnet-table';

export type { WordClass } from './wordnet-table';

const NO_SENSES: readonly number[] = Object.freeze([]);
/** Caches are emptied when they reach this size: a story's vocabulary fits many times over. */
const CACHE_LIMIT = 50_000;
const sensesCache = new Map<string, readonly number[]>();
/** `senses` by the lemma as given, per class: most lookups skip normalising the word. */
const givenCache: Record<WordClass, Map<string, readonly number[]>> = {
  noun: new Map(),
  verb: new Map(),
  adj: new Map(),
  adv: new Map(),
};

/** Stores `value` in a cache, emptying it first when full. */
function remember<K, V>(cache: Map<K, V>, key: K, value: V): V {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

/** A word as the table spells lemmas: trimmed, lower case, one space between words. */
function normalise(word: string): string {
  return word
    .trim()
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[\s_]+/g, ' ');
}

/** The kept senses of an exact lemma in one class, or none. */
function exactSenses(lemma: string, cls: WordClass): number[] {
  const entry = findLemma(lemma);
  return entry < 0 ? [] : (entrySenses(entry)[WORD_CLASSES.indexOf(cls)] ?? []);
}

/**
 * The synsets of a lemma in one word class, most frequent sense first; an inflected form is
 * looked up by its regular base form ("rifles" → "rifle"). Spaces or underscores join the words
 * of a multiword lemma. Rare senses are pruned (see the README); an unknown word has none.
 *
 * @example senses('rifle', 'noun').length // 1
 */
export function senses(lemma: string, cls: WordClass): readonly number[] {
  const given = givenCache[cls];
  const known = given.get(lemma);
  if (known) return known;
  return remember(given, lemma, normalisedSenses(lemma, cls));
}

function normalisedSenses(lemma: string, cls: WordClass): readonly number[] {
  const word = normalise(lemma);
  const key = `${cls} ${word}`;
  let found = sensesCache.get(key);
  if (!found) {
    let ids = exactSenses(word, cls);
    for (const form of ids.length > 0 ? [] : baseForms(word, cls)) {
      ids = exactSenses(form, cls);
      if (ids.length > 0) break;
    }
    found = remember(sensesCache, key, ids.length > 0 ? Object.freeze(ids) : NO_SENSES);
  }
  return found;
}

/**
 * A synset's direct hypernyms, instance hypernyms included (nouns and verbs only).
 *
 * @example synsetLemmas(hypernyms(senses('rifle', 'noun')[0]!)[0]!) // ['firearm', 'small-arm', 'piece']
 */
export function hypernyms(synset: number): readonly number[] {
  return hypernymIds(synset);
}

/**
 * Synsets derivationally related to this one, in any class ("death" ↔ "die", "arrest" noun ↔
 * "arrest" verb, "dead" ↔ "death").
 *
 * @example derived(senses('proposal', 'noun')[0]!).includes(senses('propose', 'verb')[0]!) // true
 */
export function derived(synset: number): readonly number[] {
  return symmetricIds('derived', synset);
}

/**
 * Antonyms of a synset: WordNet states them between words; the table lifts them to synsets.
 *
 * @example antonyms(senses('win', 'verb')[0]!).includes(senses('lose', 'verb')[0]!) // true
 */
export function antonyms(synset: number): readonly number[] {
  return symmetricIds('antonym', synset);
}

/**
 * An adjective synset's cluster: a head adjective ("wet") and its satellites ("soaked").
 *
 * @example similar(senses('wet', 'adj')[0]!).length > 0 // true
 */
export function similar(synset: number): readonly number[] {
  return symmetricIds('similar', synset);
}

/**
 * The lexicographer file of a synset, a coarse supersense: `'noun.person'`, `'verb.motion'`.
 *
 * @example supersense(senses('pirate', 'noun')[0]!) // 'noun.person'
 */
export function supersense(synset: number): string {
  return lexfile(synset);
}

/**
 * The lemmas of a synset that the table keeps: first those whose first sense it is. A lemma
 * left out of the table, or whose sense here was pruned, is missing.
 *
 * @example synsetLemmas(senses('arrest', 'verb')[0]!).includes('apprehend') // true
 */
export function synsetLemmas(synset: number): readonly string[] {
  return memberLemmas(synset);
}

/**
 * The word class of a synset, or null for an id outside the table.
 *
 * @example synsetClass(senses('arrest', 'verb')[0]!) // 'verb'
 */
export function synsetClass(synset: number): WordClass | null {
  if (!isSynset(synset)) return null;
  const prefix = supersense(synset).split('.')[0];
  return WORD_CLASSES.find((cls) => cls === prefix) ?? null;
}

// Helpers for comparing words. Each looks at a word's first `maxSenses` senses only: WordNet
// splits senses finely, and the rare ones would make almost any two words related.

/** The first `maxSenses` senses of a word. */
function firstSenses(lemma: string, cls: WordClass, maxSenses: number): readonly number[] {
  return senses(lemma, cls).slice(0, Math.max(0, maxSenses));
}

const ancestorCache = new Map<number, ReadonlyMap<number, number>>();

/** A synset and every synset above it through hypernyms, each with the fewest steps up to it. */
function ancestors(synset: number): ReadonlyMap<number, number> {
  let found = ancestorCache.get(synset);
  if (!found) {
    const steps = new Map<number, number>([[synset, 0]]);
    const queue = [synset];
    for (let i = 0; i < queue.length; i++) {
      const at = queue[i] ?? 0;
      for (const parent of hypernyms(at)) {
        if (steps.has(parent)) continue;
        steps.set(parent, (steps.get(at) ?? 0) + 1);
        queue.push(parent);
      }
    }
    found = remember(ancestorCache, synset, steps);
  }
  return found;
}

/** Synsets on the shortest hypernym path from a synset up to a root, both ends counted. */
function depth(synset: number): number {
  let shortest = Infinity;
  for (const [at, steps] of ancestors(synset))
    if (hypernyms(at).length === 0) shortest = Math.min(shortest, steps);
  return shortest + 1;
}

/**
 * Whether a word is a kind of another: one of its first senses has one of the other word's
 * first senses among its hypernyms, transitively (a word is a kind of itself).
 *
 * @example isKindOf('rifle', 'weapon') // true
 * @example isKindOf('rifle', 'vehicle') // false
 */
export function isKindOf(
  lemma: string,
  ancestorLemma: string,
  cls: WordClass = 'noun',
  maxSenses = 2,
): boolean {
  const targets = firstSenses(ancestorLemma, cls, maxSenses);
  return firstSenses(lemma, cls, maxSenses).some((s) => targets.some((t) => ancestors(s).has(t)));
}

/** Options of `sharesSense`. */
export type SharesSenseOptions = {
  /** Also count a derivational link between the senses ("death" ~ "die"). */
  viaDerivation?: boolean;
};

/**
 * Whether two words are synonyms in one of their first senses, or, with `viaDerivation`,
 * derivationally related in them. `cls` is one class for both words or one each.
 *
 * @example sharesSense('arrest', 'apprehend', 'verb') // true
 * @example sharesSense('death', 'die', ['noun', 'verb'], 2, { viaDerivation: true }) // true
 */
export function sharesSense(
  a: string,
  b: string,
  cls: WordClass | readonly [WordClass, WordClass],
  maxSenses = 2,
  options: SharesSenseOptions = {},
): boolean {
  const [classA, classB] = typeof cls === 'string' ? [cls, cls] : cls;
  const sensesB = firstSenses(b, classB, maxSenses);
  return firstSenses(a, classA, maxSenses).some(
    (s) =>
      sensesB.includes(s) ||
      (options.viaDerivation === true && derived(s).some((d) => sensesB.includes(d))),
  );
}

/**
 * A derivation that says the same thing in another class: an event and its verb ("death",
 * "die"), not an agent ("killer" is no paraphrase of "kill").
 */
function isParaphraseDerivation(a: number, b: number): boolean {
  return supersense(a) !== 'noun.person' && supersense(b) !== 'noun.person';
}

/**
 * Numeric keys for indexing a word: its first senses and their derivation partners (agent
 * nouns excepted). Two words that share a key are paraphrase candidates, across classes too.
 *
 * @example conceptKeys('death', 'noun').some((k) => conceptKeys('die', 'verb').includes(k)) // true
 */
export function conceptKeys(lemma: string, cls: WordClass, maxSenses = 2): readonly number[] {
  const keys = new Set<number>();
  for (const s of firstSenses(lemma, cls, maxSenses)) {
    keys.add(s);
    for (const d of derived(s)) if (isParaphraseDerivation(s, d)) keys.add(d);
  }
  return [...keys].sort((x, y) => x - y);
}

/** An adjective synset and its cluster (head and satellites); any other synset alone. */
function cluster(synset: number): readonly number[] {
  return [synset, ...similar(synset)];
}

/**
 * Whether two words are antonyms in one of their first senses. Adjectives also count
 * WordNet's indirect antonyms, through their clusters ("soaked" is similar to "wet", whose
 * antonym is "dry").
 *
 * @example areAntonyms('win', 'lose', 'verb') // true
 */
export function areAntonyms(a: string, b: string, cls: WordClass, maxSenses = 2): boolean {
  const expand = cls === 'adj' ? cluster : (s: number) => [s];
  const opposite = new Set(firstSenses(b, cls, maxSenses).flatMap((s) => [...expand(s)]));
  return firstSenses(a, cls, maxSenses).some((s) =>
    expand(s).some((x) => antonyms(x).some((y) => opposite.has(y))),
  );
}

/** Wu–Palmer similarity of two synsets: 2·depth(lcs) / (depth(a) + depth(b)) through the lcs. */
function wuPalmer(a: number, b: number): number {
  const above = ancestors(b);
  let best = 0;
  for (const [c, stepsA] of ancestors(a)) {
    const stepsB = above.get(c);
    if (stepsB === undefined) continue;
    const d = depth(c);
    best = Math.max(best, (2 * d) / (stepsA + stepsB + 2 * d));
  }
  return best;
}

/**
 * Wu–Palmer similarity (0..1) of two words, the best over their first senses: 1 for shared
 * senses, less the further apart their lowest common hypernym is. Adjectives and adverbs have no
 * hypernyms: 1 when they share a sense, else 0.
 *
 * @example similarity('rifle', 'gun', 'noun') > similarity('rifle', 'vehicle', 'noun') // true
 */
export function similarity(a: string, b: string, cls: WordClass, maxSenses = 2): number {
  const sensesB = firstSenses(b, cls, maxSenses);
  let best = 0;
  for (const s of firstSenses(a, cls, maxSenses))
    for (const t of sensesB) best = Math.max(best, wuPalmer(s, t));
  return best;
}
