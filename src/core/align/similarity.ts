import type { FeatureKind, SentenceFeatures } from './sentence-features';

/** A sentence as the aligner sees it. `article` and `order` place it in the story. */
export type IndexedSentence = {
  id: string;
  article: number;
  order: number;
  features: SentenceFeatures;
  /** Parts of a sentence that reports several things (see `segmentFeatures`); may be absent. */
  segments?: SentenceFeatures[];
};

/** Two sentences of different articles and how alike they are (cosine, 0..1). */
export type ScoredPair = { a: number; b: number; score: number; shared: string[] };

const KIND_WEIGHT: Record<FeatureKind, number> = { word: 1, name: 1.3, number: 1.6, date: 1.3 };

/**
 * Inverse document frequency of every feature over the story's sentences: a word every
 * article repeats ("Ukraine" in a story about Ukraine) weighs less than a telling one.
 */
function featureWeights(sentences: readonly IndexedSentence[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const s of sentences)
    for (const key of s.features.keys()) df.set(key, (df.get(key) ?? 0) + 1);
  const n = sentences.length;
  const weights = new Map<string, number>();
  for (const s of sentences) {
    for (const [key, kind] of s.features) {
      if (!weights.has(key)) {
        weights.set(key, Math.log(1 + n / (df.get(key) ?? 1)) * KIND_WEIGHT[kind]);
      }
    }
  }
  return weights;
}

/** A match of one part of each sentence counts a little less than a match of the whole. */
const SEGMENT_WEIGHT = 0.85;

function cosine(a: SentenceFeatures, b: SentenceFeatures, weights: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const key of a.keys()) {
    const w = (weights.get(key) ?? 0) ** 2;
    na += w;
    if (b.has(key)) dot += w;
  }
  for (const key of b.keys()) nb += (weights.get(key) ?? 0) ** 2;
  return dot / (Math.sqrt(na * nb) || 1);
}

/** The best match between a part of one sentence and a part of the other (0 if neither splits). */
function bestSegmentCosine(
  a: IndexedSentence,
  b: IndexedSentence,
  weights: Map<string, number>,
): number {
  const sa = a.segments && a.segments.length > 1 ? a.segments : [a.features];
  const sb = b.segments && b.segments.length > 1 ? b.segments : [b.features];
  if (sa.length === 1 && sb.length === 1) return 0;
  let best = 0;
  for (const x of sa) for (const y of sb) best = Math.max(best, cosine(x, y, weights));
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
): ScoredPair[] {
  const weights = featureWeights(sentences);
  const norms = sentences.map((s) => {
    let sum = 0;
    for (const key of s.features.keys()) sum += (weights.get(key) ?? 0) ** 2;
    return Math.sqrt(sum);
  });

  // Postings of each feature; the most common features are left out of candidate generation
  // (they still count in the score of the candidates found).
  const cap = Math.max(60, Math.ceil(2 * Math.sqrt(sentences.length)));
  const postings = new Map<string, number[]>();
  sentences.forEach((s, index) => {
    for (const key of s.features.keys()) {
      const list = postings.get(key);
      if (list) list.push(index);
      else postings.set(key, [index]);
    }
  });

  const dot = new Map<number, number>();
  const pairs: ScoredPair[] = [];
  sentences.forEach((s, a) => {
    dot.clear();
    for (const key of s.features.keys()) {
      const list = postings.get(key);
      if (!list || list.length > cap) continue;
      const w = weights.get(key) ?? 0;
      for (const b of list) {
        if (b <= a || sentences[b]?.article === s.article) continue;
        dot.set(b, (dot.get(b) ?? 0) + w * w);
      }
    }
    for (const b of dot.keys()) {
      const other = sentences[b];
      if (!other) continue;
      const shared: string[] = [];
      let sum = 0;
      for (const key of s.features.keys()) {
        if (other.features.has(key)) {
          shared.push(key);
          sum += (weights.get(key) ?? 0) ** 2;
        }
      }
      const whole = sum / ((norms[a] ?? 1) * (norms[b] ?? 1) || 1);
      const score = Math.max(whole, SEGMENT_WEIGHT * bestSegmentCosine(s, other, weights));
      if (shared.length >= 2 && score >= minScore) pairs.push({ a, b, score, shared });
    }
  });
  pairs.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  return pairs;
}
