import type { MarkKind } from './sentence-segments';

/** How each highlight kind is named and drawn; the legend, badges and gutter all use this. */
export type KindMeta = {
  /** A text symbol, so a kind never depends on colour alone. */
  symbol: string;
  label: string;
  /** The pattern of its rule and underline, in words, for the legend. */
  pattern: string;
  explanation: string;
};

/** Each highlight kind's symbol, name, pattern and meaning. */
export const KIND_META: Record<MarkKind, KindMeta> = {
  conflict: {
    symbol: '≠',
    label: 'Conflict',
    pattern: 'wavy underline, double rule',
    explanation:
      'The sources contradict each other; each disputed figure or claim shows whom it is credited to.',
  },
  differs: {
    symbol: 'Δ',
    label: 'Differs',
    pattern: 'double underline',
    explanation:
      'A figure, name, date or negation that the other version of the fact gives differently or not at all.',
  },
  agree: {
    symbol: '=',
    label: 'Agreement',
    pattern: 'solid underline and rule',
    explanation:
      'The sources report the same thing; underlined words are shared with the other version.',
  },
  partial: {
    symbol: '≈',
    label: 'Partial overlap',
    pattern: 'dashed underline and rule',
    explanation: 'The sources report related but not identical things.',
  },
  unique: {
    symbol: '+',
    label: 'Only in this source',
    pattern: 'dotted underline and rule',
    explanation: 'No other source reports this passage, or these words of a shared fact.',
  },
};

/** The legend's order: what needs attention first. */
export const KIND_ORDER: MarkKind[] = ['conflict', 'differs', 'agree', 'partial', 'unique'];
