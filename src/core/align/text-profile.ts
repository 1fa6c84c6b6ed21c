import { REPORTING_VERBS } from '../extract/cue-words';
import type { Token } from '../types';
import type { SentenceFeatures } from './sentence-features';
import { wordConcepts } from './word-concepts';

/** What the pair model reads of one sentence text. */
export type TextProfile = {
  /** Porter stems of the content words (reporting verbs and fillers left out), as ids. */
  stems: number[];
  /** WordNet concepts of its words (the aligner's "c:" features). */
  concepts: number[];
  /** Canonical keys of the names. */
  names: string[];
  /** Figures other than days and years, as written without separators. */
  numbers: string[];
  /** Resolved dates. */
  dates: string[];
  /** Lower-cased words as ids (see `wordId`), in order, for the longest run two texts share. */
  words: number[];
  /** Runs of quoted words (lower-cased, as ids), for quotes printed by two outlets. */
  quotes: number[][];
  /** Keys of the names before the first event verb: who does what the sentence says. */
  doers: string[];
  /** The first event verb is negated ("never checked in"). */
  negated: boolean;
  contentLength: number;
  headline: boolean;
  /** Place in the article (0 for its first line). */
  order: number;
};

const CONTENT_POS = new Set(['NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN']);
const QUOTE_MARKS = new Set(['“', '”', '"', '«', '»']);
const LIGHT_VERBS = new Set(['be', 'have', 'do', 'get', 'become', 'seem']);
/** An id per string, the same in every story: lists of ids compare faster than lists of strings. */
function idTable(): (key: string) => number {
  const ids = new Map<string, number>();
  return (key) => {
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
    }
    return id;
  };
}
/** Stems as numbers, so that overlaps are merges of sorted lists. */
const stemId = idTable();
/** Lower-cased words as numbers, for runs of shared words. */
const wordId = idTable();

/**
 * The profile of one sentence text from its tokens and the aligner's features (names under
 * canonical keys, figures, dates).
 */
export function textProfile(
  tokens: readonly Token[],
  features: SentenceFeatures,
  headline: boolean,
  order: number,
): TextProfile {
  const stems = new Set<number>();
  const concepts = new Set<number>();
  let contentLength = 0;
  tokens.forEach((t, i) => {
    if (t.stop || !CONTENT_POS.has(t.pos) || !/\p{L}/u.test(t.text)) return;
    if (REPORTING_VERBS.has(t.lemma) || t.lemma === 'accord') return;
    contentLength++;
    stems.add(stemId(t.stem));
    for (const c of wordConcepts(tokens, i)) concepts.add(c);
  });
  const names: string[] = [];
  const numbers: string[] = [];
  const dates: string[] = [];
  features.forEach((kind, key) => {
    if (kind === 'name') names.push(key.slice(2));
    else if (kind === 'number') numbers.push(key.slice(2));
    else if (kind === 'date') dates.push(key.slice(2));
  });
  const verb = tokens.findIndex(
    (t) => t.pos === 'VERB' && !LIGHT_VERBS.has(t.lemma) && !REPORTING_VERBS.has(t.lemma),
  );
  const doers =
    verb < 0
      ? []
      : tokens
          .slice(0, verb)
          .filter((t) => t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text))
          .map((t) => t.lower);
  return {
    stems: [...stems].sort((x, y) => x - y),
    concepts: [...concepts].sort((x, y) => x - y),
    names: names.sort(),
    numbers: numbers.sort(),
    dates: dates.sort(),
    words: tokens.filter((t) => t.pos !== 'PUNCT').map((t) => wordId(t.lower)),
    quotes: quotedRuns(tokens),
    doers,
    negated: verb >= 0 && negatedAt(tokens, verb),
    contentLength,
    headline,
    order,
  };
}

function negatedAt(tokens: readonly Token[], at: number): boolean {
  for (let k = Math.max(0, at - 3); k < at; k++) {
    if (['not', "n't", 'never', 'no'].includes(tokens[k]?.lower ?? '')) return true;
  }
  return false;
}

/** Word runs between quotation marks. */
function quotedRuns(tokens: readonly Token[]): number[][] {
  const runs: number[][] = [];
  let open: number[] | null = null;
  for (const t of tokens) {
    if (QUOTE_MARKS.has(t.text)) {
      if (open && open.length) runs.push(open);
      open = open ? null : [];
      continue;
    }
    if (open && t.pos !== 'PUNCT') open.push(wordId(t.lower));
  }
  if (open && open.length >= 4) runs.push(open);
  return runs;
}
