import type { FactRelation } from '../../../core/contract';
import type { AlignedRow } from './aligned-rows';
import type { AnalysisIndex } from './analysis-index';
import { listNames } from './sentence-segments';
import { formatPublished } from '../../../lib/format-published';

/** The counts at the top of the comparison. */
export type StorySummary = {
  sources: number;
  /** Facts shown as aligned rows (each sentence is shown once). */
  sharedFacts: number;
  /** All links between sentences of different sources that the analysis found. */
  links: number;
  byRelation: Record<FactRelation, number>;
  disagreements: number;
  /** Per column: body sentences that no Fact holds (what only that source reports). */
  onlyIn: { label: string; count: number }[];
};

/**
 * Counts the shared facts of the aligned rows (by relation), all links, disagreements and, for
 * each source, the sentences only it has (boilerplate excluded).
 *
 * @example summarize(index, rows).onlyIn // [{ label: 'DW', count: 8 }, { label: 'Coinspeaker', count: 12 }]
 */
export function summarize(index: AnalysisIndex, rows: AlignedRow[]): StorySummary {
  const byRelation: Record<FactRelation, number> = { agree: 0, partial: 0, conflict: 0 };
  let sharedFacts = 0;
  for (const row of rows) {
    if (row.kind !== 'fact') continue;
    byRelation[row.fact.relation] += 1;
    sharedFacts += 1;
  }
  return {
    sources: index.analysis.articles.length,
    sharedFacts,
    links: index.facts.length,
    byRelation,
    disagreements: index.disagreements.length,
    onlyIn: index.body.map((body, column) => ({
      label: index.labels[column] ?? '',
      count: body.filter((info) => !index.factsBySentence.has(info.id)).length,
    })),
  };
}

/**
 * A count with its noun, singular or plural.
 *
 * @example plural(1, 'fact') // '1 fact'
 * @example plural(3, 'disagreement') // '3 disagreements'
 */
export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${groupThousands(count)} ${count === 1 ? noun : pluralNoun}`;
}

/**
 * The comparison's heading: the sources by name (up to three), and the span of their
 * publication dates.
 *
 * @example storyHeading(index) // { heading: 'Comparing Coinspeaker and DW', subheading: '30 March 2014' }
 */
export function storyHeading(index: AnalysisIndex): { heading: string; subheading: string | null } {
  const labels = index.labels;
  const heading =
    labels.length <= 3 ? `Comparing ${listNames(labels)}` : `Comparing ${labels.length} sources`;
  const dates = [...new Set(index.analysis.articles.map((a) => a.published))]
    .filter((d): d is string => d !== null && formatPublished(d) !== null)
    .sort()
    .map((d) => formatPublished(d) ?? d);
  // Several dates read as the span the coverage covers: first to last.
  const first = dates[0];
  const last = dates[dates.length - 1];
  const subheading = !first || !last ? null : first === last ? first : `${first} – ${last}`;
  return { heading, subheading };
}

/** "12,345": a count with English thousands separators, without making an Intl formatter. */
function groupThousands(count: number): string {
  if (!Number.isSafeInteger(count)) return count.toLocaleString('en');
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
