import { REPORTING_VERBS } from '../../extract/cue-words';
import { namesMatch } from '../frames/names';
import type { Story, StorySentence } from '../story';

/** What two sentences have in common: names, content words, and how well they align. */
export type SharedContext = {
  /** In points: 2 a name (up to two), 0.5 a content word (up to four), up to 4 for alignment. */
  evidence: number;
  /** The shared names as the first sentence writes them. */
  names: string[];
  /** The shared content lemmas. */
  words: string[];
};

const LIGHT = new Set(['be', 'have', 'do', 'get', 'make', 'take', 'go', 'come', 'become']);

const lemmaCache = new WeakMap<StorySentence, Set<string>>();

/** Lemmas of a sentence's nouns and event verbs outside names, three letters or more. */
export function contentLemmas(sentence: StorySentence): Set<string> {
  const cached = lemmaCache.get(sentence);
  if (cached) return cached;
  const inName = new Set<number>();
  for (const e of sentence.entities) for (let k = e.first; k <= e.last; k++) inName.add(k);
  const out = new Set<string>();
  sentence.tokens.forEach((t, k) => {
    if (inName.has(k) || t.stop || !/\p{L}{3}/u.test(t.text)) return;
    if (t.pos === 'NOUN' || (t.pos === 'VERB' && !LIGHT.has(t.lemma))) {
      if (!REPORTING_VERBS.has(t.lemma)) out.add(t.lemma);
    }
  });
  lemmaCache.set(sentence, out);
  return out;
}

/**
 * How strongly two sentences share a context, leaving out the names in `skip` (the ones that
 * differ): the other names they both write ("Owen Hart"), the content words they share,
 * and the aligner's score.
 *
 * @example sharedContext(a, b, story, ['nora vance', 'nora blake']).names // ['Owen Hart']
 */
export function sharedContext(
  a: StorySentence,
  b: StorySentence,
  story: Story,
  skip: readonly string[] = [],
): SharedContext {
  const skipWords = new Set(skip.flatMap((k) => k.split(' ')));
  const usable = (key: string) =>
    !skip.some((s) => namesMatch(s, key)) && !key.split(' ').some((w) => skipWords.has(w));
  const names: string[] = [];
  const seen = new Set<string>();
  for (const e of a.entities) {
    if (seen.has(e.key) || !usable(e.key)) continue;
    seen.add(e.key);
    if (b.entities.some((f) => usable(f.key) && namesMatch(e.key, f.key))) names.push(e.name);
  }
  const wordsB = contentLemmas(b);
  const words = [...contentLemmas(a)].filter((w) => wordsB.has(w));
  const evidence =
    2 * Math.min(2, names.length) + 0.5 * Math.min(4, words.length) + 4 * story.aligned(a.id, b.id);
  return { evidence, names, words };
}
