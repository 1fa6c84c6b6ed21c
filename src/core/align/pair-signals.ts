import type { TextProfile } from './text-profile';

/** Inverse document frequencies of the story's stems and concept keys, by id. */
export type StoryWeights = {
  stem: (stem: number) => number;
  concept: (key: number) => number;
};

/** The signals, in the order the pair model weighs them. */
export const SIGNALS = [
  'bias',
  'featureCosine',
  'stemCosine',
  'stemContainment',
  'conceptCosine',
  'conceptContainment',
  'sharedStems',
  'sharedNames',
  'sharedFigures',
  'bothHeadlines',
  'oneHeadline',
  'nearTop',
  'longestRun',
  'lengthRatio',
  'negationDiffers',
  'short',
  'doersDiffer',
  'sharedQuote',
  'sharedDate',
  'datesDiffer',
  'bothOnMainFact',
] as const;

export type SignalName = (typeof SIGNALS)[number];

/**
 * The weight two ascending id lists share, and how many ids, by merging: only shared ids are
 * looked up (each list's own total is the caller's, computed once per text).
 */
function sharedWeight(
  a: readonly number[],
  b: readonly number[],
  weight: (x: number) => number,
): [number, number] {
  let shared = 0;
  let count = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x < y) i++;
    else if (y < x) j++;
    else {
      shared += weight(x);
      count++;
      i++;
      j++;
    }
  }
  return [shared, count];
}

/** The total weight of each text's stems and concepts, computed once per story. */
export type TextWeights = { stems: number; concepts: number };

/** A text's total weights under the story's weights. */
export function textWeights(profile: TextProfile, weights: StoryWeights): TextWeights {
  let stems = 0;
  let concepts = 0;
  for (const s of profile.stems) stems += weights.stem(s);
  for (const c of profile.concepts) concepts += weights.concept(c);
  return { stems, concepts };
}

/** The longest run of words (or word ids) the two texts share, in words. */
export function longestSharedRun<T>(a: readonly T[], b: readonly T[]): number {
  let best = 0;
  const previous = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const word = a[i - 1];
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j] as number;
      const run = word === b[j - 1] ? diagonal + 1 : 0;
      previous[j] = run;
      if (run > best) best = run;
      diagonal = above;
    }
  }
  return best;
}

/** Whether `long` ends with a space and then `short` ("barack obama", "obama"). */
const endsWithWord = (long: string, short: string): boolean =>
  long.length > short.length &&
  long.charCodeAt(long.length - short.length - 1) === 32 &&
  long.endsWith(short);

const sameName = (x: string, y: string): boolean =>
  x === y || endsWithWord(x, y) || endsWithWord(y, x);

function sharedQuote(a: TextProfile, b: TextProfile): boolean {
  for (const x of a.quotes)
    for (const y of b.quotes)
      if (longestSharedRun(x, y) >= Math.min(4, x.length, y.length)) return true;
  return false;
}

/**
 * The signals of a pair of texts from different articles, each in 0..1 (counts capped), in
 * `SIGNALS` order. `featureCosine` is the aligner's weighted cosine over its features;
 * `onMainFact` how closely the less central of the two tells the story's main fact (its best
 * cosine with another article's headline).
 */
export function pairSignals(
  a: TextProfile,
  b: TextProfile,
  weights: StoryWeights,
  featureCosine: number,
  onMainFact = 0,
  totals: [TextWeights, TextWeights] = [textWeights(a, weights), textWeights(b, weights)],
): number[] {
  const [ss, sharedStemCount] = sharedWeight(a.stems, b.stems, weights.stem);
  const [cs] = sharedWeight(a.concepts, b.concepts, weights.concept);
  const [{ stems: sa, concepts: ca }, { stems: sb, concepts: cb }] = totals;
  const names = a.names.filter((x) => b.names.some((y) => sameName(x, y))).length;
  const figures = a.numbers.filter((x) => b.numbers.includes(x)).length;
  const dates = a.dates.filter((x) => b.dates.includes(x)).length;
  const doersDiffer =
    a.doers.length > 0 && b.doers.length > 0 && !a.doers.some((x) => b.doers.includes(x));
  // Only a pair that already shares much can share a long run of words.
  const run = featureCosine >= 0.15 ? longestSharedRun(a.words, b.words) : 0;
  const shortest = Math.min(a.contentLength, b.contentLength);
  return [
    1,
    featureCosine,
    ss / Math.sqrt(sa * sb || 1),
    ss / Math.max(1e-9, Math.min(sa, sb)),
    cs / Math.sqrt(ca * cb || 1),
    cs / Math.max(1e-9, Math.min(ca, cb)),
    Math.min(sharedStemCount, 8) / 8,
    Math.min(names, 3) / 3,
    Math.min(figures, 2) / 2,
    a.headline && b.headline ? 1 : 0,
    a.headline !== b.headline ? 1 : 0,
    Math.max(a.order, b.order) <= 3 ? 1 : 0,
    Math.min(run, 10) / 10,
    Math.min(2, Math.abs(Math.log((a.contentLength + 1) / (b.contentLength + 1)))) / 2,
    a.negated !== b.negated ? 1 : 0,
    shortest <= 5 ? 1 : 0,
    doersDiffer ? 1 : 0,
    sharedQuote(a, b) ? 1 : 0,
    dates > 0 ? 1 : 0,
    a.dates.length > 0 && b.dates.length > 0 && dates === 0 ? 1 : 0,
    onMainFact,
  ];
}
