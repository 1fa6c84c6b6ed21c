import type { Disagreement, DisagreementKind } from '../contract';
import { detectClaimDenials } from './attribution/claim-denial';
import { detectResponsibility } from './attribution/responsibility';
import { detectSameClaimSources } from './attribution/same-claim';
import { detectDates } from './date/detect-dates';
import { detectNumeric } from './numeric/detect-numeric';
import { detectElapsed } from './numeric/elapsed';
import { detectRecords } from './numeric/records';
import { detectTallies } from './numeric/tallies';
import { detectDescribedThings } from './qualitative/described-things';
import { detectStances } from './qualitative/detect-stances';
import { detectEventPlaces } from './qualitative/event-place';
import { detectGroupOrigins } from './qualitative/group-origins';
import { detectNameVariants } from './qualitative/name-variants';
import { detectPolarity } from './qualitative/polarity';
import type { Story } from './story';

/** A detector reads the whole story and returns the disagreements of its kind it finds. */
export type Detector = (story: Story) => Disagreement[];

/**
 * The detectors of each kind. Adding a kind means a folder of its own and an entry here and in
 * `kinds.ts`; the compiler flags a kind left out of either.
 */
export const DETECTORS: Record<DisagreementKind, readonly Detector[]> = {
  numeric: [detectNumeric, detectRecords, detectElapsed, detectTallies],
  date: [detectDates],
  qualitative: [
    detectStances,
    detectNameVariants,
    detectPolarity,
    detectGroupOrigins,
    detectEventPlaces,
    detectDescribedThings,
  ],
  attribution: [detectSameClaimSources, detectClaimDenials, detectResponsibility],
};
