import { candidateRanges, exactRanges } from './passage-candidates';
import type { CandidateRange } from './passage-candidates';
import { passageScorer, quoteForm, quoteWeight } from './passage-score';
import type { PassageScore, QuoteForm } from './passage-score';
import type { PassageSelector } from './quote-selector';

/**
 * Choosing where a passage is: candidate places (from `passage-candidates.ts`) scored by
 * `passage-score.ts`, then accepted or not by thresholds measured on the re-anchoring
 * evaluation (`eval/run-evaluation.test.ts`).
 */

/** Thresholds of `anchorPassage`, measured by `eval/run-evaluation.test.ts`. */
export const ANCHOR_THRESHOLDS = {
  /** The weighted similarity of quote and context below which a passage is an orphan… */
  similarity: 0.68,
  /** …unless its quote is nearly intact (this similarity or more)… */
  intactQuote: 0.85,
  /** …in which case less context needs to agree: this weighted similarity is enough. */
  similarityWithIntactQuote: 0.55,
  /** The largest part of a quote that may have changed (alignment cost over its length). */
  quoteChange: 0.5,
  /** The alignment cost of one small edit, allowed however short the quote. */
  smallEdit: 3,
  /** A similarity at which the search stops early (exact place found). */
  confident: 0.92,
};

/** A candidate place of a passage, with its score and whether it passes the thresholds. */
export type ScoredCandidate = CandidateRange & {
  score: PassageScore;
  /** The quote survives there (see `quoteSurvives`); the similarity may still be too low. */
  quoteSurvives: boolean;
  /** Both the quote and the similarity pass: the place may be reported. */
  accepted: boolean;
  /** The similarity plus a small bonus for nearness to the old position: orders candidates. */
  rank: number;
};

/**
 * Whether the quote itself survives at the candidate: at most half of it changed, or one small
 * edit (a corrected figure costs 2) in a very short quote. Context alone — the neighbours of a
 * deleted sentence, the same surroundings in a URL — is not enough.
 */
function quoteSurvives(quoteCost: number, form: QuoteForm): boolean {
  const length = quoteWeight(form);
  const allowed = Math.max(ANCHOR_THRESHOLDS.smallEdit, length * ANCHOR_THRESHOLDS.quoteChange);
  return quoteCost <= allowed;
}

/**
 * Whether quote and context together agree enough. A nearly intact quote needs less of its
 * context (paragraphs move, their neighbours change); a changed one needs more.
 */
function similarEnough(score: PassageScore): boolean {
  const t = ANCHOR_THRESHOLDS;
  return (
    score.similarity >= t.similarity ||
    (score.quote >= t.intactQuote && score.similarity >= t.similarityWithIntactQuote)
  );
}

/**
 * Every candidate place of the passage in `text.slice(from, to)`, scored, best first. For
 * diagnostics and evaluation; `anchorPassage` takes the first accepted one. Where the quote
 * does not survive, the context is not scored (it is null, and counts as 0).
 */
export function scoreCandidates(
  text: string,
  selector: PassageSelector,
  from = 0,
  to = text.length,
): ScoredCandidate[] {
  if (!selector.exact || text.length === 0) return [];
  const { form, length, hint } = describedBy(selector);
  return scoreRanges(
    text,
    selector,
    candidateRanges(text, form, selector, { length, hint, from, to }),
  );
}

/** The quote form, length and position hint of a selector, made safe to compute with. */
function describedBy(selector: PassageSelector) {
  const hint = Number.isFinite(selector.start) ? selector.start : 0;
  const span = selector.end - selector.start;
  const length = Number.isFinite(span) && span > 0 ? span : selector.exact.length;
  return { form: quoteForm(selector.exact, selector.tail, length), length, hint };
}

/** Scores `ranges` as places of the passage, best first. */
function scoreRanges(
  text: string,
  selector: PassageSelector,
  ranges: readonly CandidateRange[],
): ScoredCandidate[] {
  const { form, hint } = describedBy(selector);
  const scoreOf = passageScorer(text, form, selector, (cost) => quoteSurvives(cost, form));
  return ranges
    .map((range) => {
      const score = scoreOf(range.start, range.end);
      // Nearness to the old position only breaks near-ties.
      const distance = Math.min(1, Math.abs(range.start - hint) / text.length);
      const rank = score.similarity + 0.01 * (1 - distance);
      const survives = quoteSurvives(score.quoteCost, form);
      const accepted = survives && similarEnough(score);
      return { ...range, score, quoteSurvives: survives, accepted, rank };
    })
    .sort((a, b) => b.rank - a.rank);
}

/** The best accepted candidate of `text.slice(from, to)`, or null. */
export function bestCandidate(
  text: string,
  selector: PassageSelector,
  from: number,
  to: number,
): ScoredCandidate | null {
  return scoreCandidates(text, selector, from, to).find((c) => c.accepted) ?? null;
}

/**
 * The best accepted place where the quote occurs verbatim (a cheap first look: most linked
 * passages were not edited), or null.
 */
export function verbatimCandidate(text: string, selector: PassageSelector): ScoredCandidate | null {
  if (!selector.exact || text.length === 0) return null;
  const { form, length, hint } = describedBy(selector);
  const ranges = exactRanges(text, form, length, hint);
  return scoreRanges(text, selector, ranges).find((c) => c.accepted) ?? null;
}
