import type { Disagreement } from '../contract';
import { withUniqueIds } from '../util/unique-ids';
import { DETECTORS } from './registry';
import { buildStory, type AlignmentLookup, type DisagreementInput } from './story';

export type { AlignmentLookup, DisagreementInput } from './story';

/**
 * Every disagreement in a story: each registered detector reads the whole story once. The
 * order is the kinds' order, then each detector's own.
 */
export function findDisagreements(
  articles: readonly DisagreementInput[],
  aligned: AlignmentLookup,
): Disagreement[] {
  const story = buildStory(articles, aligned);
  const found = Object.values(DETECTORS).flatMap((detectors) =>
    detectors.flatMap((detect) => detect(story)),
  );
  // Hashed ids collide in huge stories; the contract wants them unique.
  return withUniqueIds(found);
}
