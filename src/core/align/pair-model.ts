import { SIGNALS } from './pair-signals';
import { PAIR_WEIGHTS } from './pair-weights';

/**
 * Weights of the pair models: logistic regressions on the pair's signals of "the two sentences
 * report the same fact" (`same`) and of "they report the same or a related fact" (`linked`),
 * fit on the corpus stories whose every sentence is placed in a reference fact group. How they
 * were fit, and their cross-validated figures, are in docs/decisions/alignment-model.md;
 * `npx tsx scripts/eval/fit-aligner.ts` prints them again.
 */

/** A model's weights in `SIGNALS` order. */
export type PairModel = readonly number[];

/** The two models: "same fact" and "same or related fact". */
export type PairModels = { same: PairModel; linked: PairModel };

export const PAIR_MODELS: PairModels = {
  same: SIGNALS.map((name) => PAIR_WEIGHTS.same[name]),
  linked: SIGNALS.map((name) => PAIR_WEIGHTS.linked[name]),
};

/** A model's probability for a pair with these signals. */
export function pairProbability(signals: readonly number[], model: PairModel): number {
  let z = 0;
  for (let i = 0; i < signals.length; i++) z += (model[i] ?? 0) * (signals[i] ?? 0);
  return 1 / (1 + Math.exp(-z));
}
