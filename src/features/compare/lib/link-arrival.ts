import type { AnalysisIndex } from './analysis-index';
import type { ClaimResolution } from './claim-link';
import { formatPublished } from '../../../lib/format-published';

/** What a reader who arrived by a claim link is told it points to: a lead and a quotation. */
export type Arrival = { lead: string; quote: string };

/** The longest quotation shown; longer sentences are cut at a word and end in "…". */
export const ARRIVAL_QUOTE_LENGTH = 180;

/**
 * `text` cut to at most `limit` characters, at a space when there is one in its last fifth.
 *
 * @example clip('The bridge closed on Tuesday.', 12) // 'The bridge…'
 */
export function clip(text: string, limit = ARRIVAL_QUOTE_LENGTH): string {
  const whole = text.trim().replace(/\s+/g, ' ');
  if (whole.length <= limit) return whole;
  const cut = whole.slice(0, limit - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > limit * 0.8 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}

/** Names joined the way a sentence lists them: "A", "A and B", "A, B and C". */
function listed(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/**
 * What the claim link that opened `claim` points to, in words: "A claim in DW, 30 March 2014"
 * and the sentence; a fact with the sources that report it; a disagreement with its sides'
 * sources and its summary. Null when nothing the link names was found (the notices say why).
 *
 * @example describeArrival(index, claim)
 *   // { lead: 'A claim in DW, 30 March 2014', quote: 'US officials have put the number at 40,000…' }
 */
export function describeArrival(index: AnalysisIndex, claim: ClaimResolution): Arrival | null {
  const found = claim.sentences.flatMap((id) => {
    const info = index.sentences.get(id);
    return info ? [info] : [];
  });
  const first = found[0];
  if (!first) return null;
  const sources = [...new Set(found.map((s) => s.column))]
    .sort((a, b) => a - b)
    .map((column) => index.labels[column] ?? `Source ${column + 1}`);
  if (claim.kind === 'fact' && sources.length > 1) {
    return { lead: `A fact reported by ${listed(sources)}`, quote: clip(first.text) };
  }
  if (claim.kind === 'disagreement') {
    const disagreement = index.disagreements.find((d) => d.id === claim.disagreement);
    const lead =
      sources.length > 1 ? `A disagreement between ${listed(sources)}` : `A disagreement`;
    return { lead, quote: clip(disagreement?.summary ?? first.text) };
  }
  const date = formatPublished(first.article.published);
  const where = `${index.labels[first.column] ?? `Source ${first.column + 1}`}${date ? `, ${date}` : ''}`;
  return { lead: `A claim in ${where}`, quote: clip(first.text) };
}
