import type { FeatureKind, SentenceFeatures } from './sentence-features';

/**
 * A sentence text as the aligner sees it, once however many articles print it: syndicated copy
 * repeats sentences word for word, and its copies are scored once, not pair by pair.
 */
export type IndexedSentence = {
  /** The articles that print this sentence, one entry per copy (at most one per article). */
  articles: readonly number[];
  features: SentenceFeatures;
  /** Parts of a sentence that reports several things (see `segmentFeatures`); may be absent. */
  segments?: SentenceFeatures[];
};

/** Two sentences of different articles, how alike they are (cosine, 0..1), features shared. */
export type ScoredPair = { a: number; b: number; score: number; shared: number };

const KIND_WEIGHT: Record<FeatureKind, number> = { word: 1, name: 1.3, number: 1.6, date: 1.3 };

/** A match of one part of each sentence counts a little less than a match of the whole. */
const SEGMENT_WEIGHT = 0.85;

/** Feature keys as numbers: a text's features become a sorted list, compared by merging. */
type Vector = { ids: Int32Array; norm: number };

/**
 * The story's feature space: an id per feature key and its squared weight, the inverse
 * document frequency over all copies of all sentences — a word every article repeats
 * ("Ukraine" in a story about Ukraine) weighs less than a telling one. A key seen only in a
 * sentence's parts (not in any whole sentence) weighs nothing, as it has no frequency.
 */
function featureSpace(sentences: readonly IndexedSentence[]) {
  const idOf = new Map<string, number>();
  const df: number[] = [];
  const kinds: FeatureKind[] = [];
  let n = 0;
  for (const s of sentences) {
    n += s.articles.length;
    // forEach: iterating a Map's entries with for…of makes an array per entry.
    s.features.forEach((kind, key) => {
      let id = idOf.get(key);
      if (id === undefined) {
        id = df.length;
        idOf.set(key, id);
        df.push(0);
        kinds.push(kind);
      }
      df[id] = (df[id] ?? 0) + s.articles.length;
    });
  }
  const weighted = df.length;
  const squared = df.map((d, id) => (Math.log(1 + n / d) * KIND_WEIGHT[kinds[id] ?? 'word']) ** 2);
  const vector = (features: SentenceFeatures): Vector => {
    const ids = new Int32Array(features.size);
    let k = 0;
    let sum = 0;
    for (const key of features.keys()) {
      let id = idOf.get(key);
      if (id === undefined) {
        id = idOf.size;
        idOf.set(key, id);
      }
      ids[k++] = id;
      if (id < weighted) sum += squared[id] ?? 0;
    }
    ids.sort();
    return { ids, norm: Math.sqrt(sum) };
  };
  return { squared, vector };
}

/** Squared weights of the features two sorted id lists share, and how many they share. */
function overlap(a: Int32Array, b: Int32Array, squared: readonly number[]): [number, number] {
  let i = 0;
  let j = 0;
  let sum = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      sum += squared[x] ?? 0;
      shared += 1;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return [sum, shared];
}

function cosine(a: Vector, b: Vector, squared: readonly number[]): number {
  return overlap(a.ids, b.ids, squared)[0] / (a.norm * b.norm || 1);
}

/** The best match between a part of one sentence and a part of the other (0 if neither splits). */
function bestSegmentCosine(a: Vector[], b: Vector[], squared: readonly number[]): number {
  if (a.length === 1 && b.length === 1) return 0;
  let best = 0;
  for (const x of a) for (const y of b) best = Math.max(best, cosine(x, y, squared));
  return best;
}

/**
 * Scores pairs of sentences from different articles by weighted cosine over their features.
 * Candidates come from an inverted index over the rarer features, so the work grows with the
 * number of sentences that share something, not with all pairs.
 */
export function scoreSentencePairs(
  sentences: readonly IndexedSentence[],
  minScore: number,
  minShared = 2,
): ScoredPair[] {
  const space = featureSpace(sentences);
  const { squared, vector } = space;
  const wholes = sentences.map((s) => vector(s.features));
  const parts = sentences.map((s, i) =>
    s.segments && s.segments.length > 1 ? s.segments.map(vector) : [wholes[i] as Vector],
  );

  // Postings of each feature; the most common features are left out of candidate generation
  // (they still count in the score of the candidates found).
  const copies = sentences.reduce((n, s) => n + s.articles.length, 0);
  const cap = Math.max(60, Math.ceil(2 * Math.sqrt(copies)));
  const postings: { units: number[]; copies: number }[] = squared.map(() => ({
    units: [],
    copies: 0,
  }));
  wholes.forEach((v, index) => {
    for (const id of v.ids) {
      const list = postings[id];
      if (!list) continue;
      list.units.push(index);
      list.copies += sentences[index]?.articles.length ?? 0;
    }
  });
  // Two texts printed only by one and the same article are never compared.
  const sameArticleOnly = (x: IndexedSentence, y: IndexedSentence): boolean =>
    x.articles.length === 1 && y.articles.length === 1 && x.articles[0] === y.articles[0];

  const candidate = new Uint8Array(sentences.length);
  const found: number[] = [];
  const pairs: ScoredPair[] = [];
  sentences.forEach((s, a) => {
    const whole = wholes[a] as Vector;
    for (const id of whole.ids) {
      const list = postings[id];
      if (!list || list.copies > cap) continue;
      for (const b of list.units) {
        if (b <= a || candidate[b]) continue;
        const other = sentences[b];
        if (!other || sameArticleOnly(s, other)) continue;
        candidate[b] = 1;
        found.push(b);
      }
    }
    for (const b of found) {
      candidate[b] = 0;
      const otherWhole = wholes[b] as Vector;
      const [sum, shared] = overlap(whole.ids, otherWhole.ids, squared);
      if (shared < minShared) continue;
      const score = Math.max(
        sum / (whole.norm * otherWhole.norm || 1),
        SEGMENT_WEIGHT * bestSegmentCosine(parts[a] ?? [], parts[b] ?? [], squared),
      );
      if (score >= minScore) pairs.push({ a, b, score, shared });
    }
    found.length = 0;
  });
  pairs.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  return pairs;
}
