import type { DisagreementKind } from '../contract';

/** How the viewer and the reports name one kind of disagreement. */
export type KindLabel = {
  /** A heading for the kind: "Figures". */
  label: string;
  /** One line on what the kind covers, for help texts. */
  covers: string;
};

/**
 * The kinds of disagreement, with the words every screen and report uses for them. The compiler
 * checks that each kind of the contract has its entry.
 */
export const DISAGREEMENT_KINDS: Record<DisagreementKind, KindLabel> = {
  numeric: {
    label: 'Figures',
    covers: 'counts, money, percentages, ages, records, scores and distances',
  },
  date: { label: 'Dates and times', covers: 'years, days, clock times and how long ago' },
  qualitative: {
    label: 'Accounts',
    covers: 'different names, places or outcomes for the same thing; yes against no',
  },
  attribution: {
    label: 'Sources',
    covers: 'the same claim credited to different sources; a claim and its denial',
  },
};

/** The label of a kind, or "Other" for a kind this version does not know. */
export function kindLabel(kind: string): string {
  return (DISAGREEMENT_KINDS as Record<string, KindLabel | undefined>)[kind]?.label ?? 'Other';
}
