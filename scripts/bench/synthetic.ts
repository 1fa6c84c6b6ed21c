import type { ArticleInput } from '../../src/core/types';

/**
 * A small seeded PRNG (mulberry32): the same seed gives the same stories on every machine.
 *
 * @example const next = seededRandom(1); next(); // a number in [0, 1), the same on every run
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Real sentences to build from: one event's paragraphs, and sentences about other events. */
export type SentencePool = {
  /** Paragraphs of the articles of one story, each a list of sentences. */
  topic: string[][];
  /** Sentences of every other story. */
  others: string[];
};

/** How synthetic articles are sized and mixed. */
export type SyntheticOptions = {
  /** Words per article (whitespace-separated), reached or just passed. Default 3000. */
  words?: number;
  /** Share of paragraphs taken from the event's own coverage. Default 0.3. */
  topicShare?: number;
  seed?: number;
};

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** A headline from a sentence: its first dozen words, without the final punctuation. */
function headlineOf(sentence: string): string {
  return sentence
    .split(/\s+/)
    .slice(0, 12)
    .join(' ')
    .replace(/[.,;:!?"”’]+$/, '');
}

/** Fisher–Yates with the seeded PRNG (a sort with a random comparator is biased and engine-dependent). */
function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function pick<T>(items: readonly T[], random: () => number): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('cannot pick from an empty pool');
  return item;
}

/**
 * The articles' own sentences as one story-wide stream: the pool in a seeded order, then again
 * in a new order, so that no sentence repeats before all were used (at 12 articles none repeats;
 * at 48 each is used about three times, as the corpus holds about 36,000 words).
 */
function sentenceStream(sentences: readonly string[], random: () => number): () => string {
  let queue: string[] = [];
  return () => {
    if (queue.length === 0) queue = shuffled(sentences, random);
    const next = queue.pop();
    if (next === undefined) throw new Error('cannot draw from an empty pool');
    return next;
  };
}

/** One synthetic article. Article k depends only on the pool, k and the articles before it. */
function syntheticArticle(
  pool: SentencePool,
  index: number,
  nextOwn: () => string,
  options: Required<SyntheticOptions>,
): ArticleInput {
  const random = seededRandom(options.seed * 7919 + index);
  const topicOrder = shuffled(
    pool.topic.map((_, i) => i),
    random,
  );
  const used = new Set<string>();
  const paragraphs: string[] = [];
  let words = 0;
  while (words < options.words) {
    const topicParagraph = random() < options.topicShare ? topicOrder.pop() : undefined;
    let sentences: string[];
    if (topicParagraph !== undefined) sentences = pool.topic[topicParagraph] ?? [];
    else {
      sentences = [];
      const length = Math.min(2 + Math.floor(random() * 4), pool.others.length);
      // Distinct within an article while the pool allows it (the seed-only fallback is tiny);
      // `pool.others` has no repeats, so the loop below always finds unused sentences.
      if (used.size + length > pool.others.length) used.clear();
      while (sentences.length < length) {
        const sentence = nextOwn();
        if (used.has(sentence)) continue;
        used.add(sentence);
        sentences.push(sentence);
      }
    }
    const paragraph = sentences.join(' ');
    words += wordCount(paragraph);
    paragraphs.push(paragraph);
  }
  const title = headlineOf(pick(pool.topic, random)[0] ?? 'Untitled');
  const file = `synthetic-${String(index + 1).padStart(2, '0')}.txt`;
  return { file, text: `${title}\n\n${paragraphs.join('\n\n')}\n` };
}

/**
 * A story of `count` articles of about `words` words each, assembled from real sentences so the
 * articles overlap like coverage of one event: each paragraph is, with probability
 * `topicShare`, a paragraph of the event's own coverage (each at most once per article, so the
 * same paragraph turns up in several articles), otherwise 2–5 sentences of other stories, drawn
 * from a story-wide stream that uses every sentence once before repeating any. Article k is the
 * same whatever `count` is: the 24-article story is the 12-article one plus 12 more.
 *
 * @example buildSyntheticStory(pool, 12).length // 12
 */
export function buildSyntheticStory(
  pool: SentencePool,
  count: number,
  options: SyntheticOptions = {},
): ArticleInput[] {
  if (pool.topic.length === 0 || pool.others.length === 0) throw new Error('empty sentence pool');
  const resolved = { words: 3000, topicShare: 0.3, seed: 1, ...options };
  // Distinct sentences: a repeated line (a photo credit) would make "unused" ones run out.
  const distinct = { topic: pool.topic, others: [...new Set(pool.others)] };
  const nextOwn = sentenceStream(distinct.others, seededRandom(resolved.seed));
  return Array.from({ length: count }, (_, index) =>
    syntheticArticle(distinct, index, nextOwn, resolved),
  );
}
