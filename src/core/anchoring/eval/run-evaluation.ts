import type { Span } from '../../types';
import { scoreCandidates } from '../passage-search';
import { anchorPassage, describePassage } from '../quote-selector';
import type { AnchorResult, PassageSelector } from '../quote-selector';
import { deleteRange, paragraphSpans } from './edit-article';
import type { TrackedText } from './edit-article';
import { createRandom } from './prng';
import type { Random } from './prng';
import {
  editInsideClaim,
  editOutside,
  insertParagraphBefore,
  reorderRandomly,
} from './random-edits';
import type { EditPools } from './random-edits';
import { sampleClaims } from './sample-claims';
import type { Claim, EvalArticle } from './sample-claims';

/** Options of an evaluation run. */
export type EvaluationOptions = {
  seed: number;
  perArticle: { sentences: number; spans: number };
  /**
   * What a link does to a description before it is anchored (encode, then decode it); given
   * the claim too, for links that name its sentence rather than describe it.
   */
  throughLink: (selector: PassageSelector, claim: Claim) => PassageSelector;
  /** Also record candidate similarities, to tune thresholds (doubles the time). */
  collectScores?: boolean;
  /** The anchoring to evaluate: `anchorPassage` unless another is given, to compare. */
  anchor?: (text: string, selector: PassageSelector) => AnchorResult;
};

/**
 * Similarities (quote and context, weighted) of the best candidates whose quote survives,
 * accepted or not: what thresholds are tuned on. `null` where there was none.
 */
export type ScoreTrace = {
  /** Per trial with the claim present: the best candidate at the right place, and elsewhere. */
  present: { right: number | null; elsewhere: number | null }[];
  /** Per trial with the claim deleted: the best candidate (every one is wrong). */
  deleted: (number | null)[];
};

/** Counts of one evaluation run. */
export type EvaluationReport = {
  claims: number;
  /** Claims still in the edited article: found at the right place, elsewhere, or orphaned. */
  present: { trials: number; right: number; wrong: number; orphan: number; sameBounds: number };
  /** Claims whose sentence was deleted: reported as orphans, or placed (wrongly) somewhere. */
  deleted: { trials: number; orphan: number; wrong: number };
  /** Milliseconds spent anchoring (both trials of every claim). */
  anchorMs: number;
  /** One line per failed trial, to read when a rate drops. */
  failures: string[];
  scores: ScoreTrace;
};

/**
 * "The right place": the found range overlaps the claim's true place in the edited article by
 * at least half of their union (intersection over union ≥ 0.5).
 */
export function isRightPlace(found: Span, truth: Span): boolean {
  const overlap = Math.min(found.end, truth.end) - Math.max(found.start, truth.start);
  const union = Math.max(found.end, truth.end) - Math.min(found.start, truth.start);
  return overlap > 0 && overlap / union >= 0.5;
}

/**
 * Words and paragraphs to draw inserted text from: from articles of other stories only, since
 * articles of one story share sentences, and inserting the deleted claim back would be no test.
 */
function poolsFor(story: string, articles: readonly EvalArticle[]): EditPools {
  const words: string[] = [];
  const paragraphs: string[] = [];
  for (const article of articles) {
    if (article.story === story) continue;
    const { text } = article;
    words.push(...(text.match(/\S+/g) ?? []));
    for (const p of paragraphSpans(text)) paragraphs.push(text.slice(p.start, p.end));
  }
  return { words, paragraphs: paragraphs.filter((p) => p.length > 40) };
}

/** Random edits around (and, in present trials, inside) the claim, as the issue lists them. */
function editArticle(doc: TrackedText, random: Random, pools: EditPools, log: string[]) {
  let edited = doc;
  const step = (result: { doc: TrackedText; log: string[] }) => {
    edited = result.doc;
    log.push(...result.log);
  };
  if (random.chance(0.35)) step(reorderRandomly(edited, random));
  if (random.chance(0.35)) step(insertParagraphBefore(edited, random, pools));
  step(editOutside(edited, random, pools, 0.01 + random.next() * 0.04));
  if (edited.claim && random.chance(0.6)) step(editInsideClaim(edited, random, pools));
  return edited;
}

/** The article without the claim's sentence (and the space or line break that followed it). */
function withoutSentence(claim: Claim): TrackedText {
  const { text } = claim.article;
  let { start, end } = claim.sentence;
  while (end < text.length && /\s/.test(text[end] ?? '')) end++;
  if (end === text.length) while (start > 0 && /\s/.test(text[start - 1] ?? '')) start--;
  return deleteRange({ text, claim: null }, start, end);
}

/** A result in words, with the scores of the best candidate whose quote survives. */
function describeResult(result: AnchorResult, text: string, selector: PassageSelector): string {
  const best = scoreCandidates(text, selector).find((c) => c.quoteSurvives);
  const n = (x: number | null) => (x === null ? '-' : x.toFixed(2));
  const scores = best
    ? ` (best [${best.start}, ${best.end}) "${text.slice(best.start, best.end)}" quote ${n(best.score.quote)} prefix ${n(best.score.prefix)} suffix ${n(best.score.suffix)} similarity ${n(best.score.similarity)})`
    : '';
  return result.status === 'found'
    ? `found [${result.start}, ${result.end})${scores}`
    : `orphan${scores}`;
}

/** Anchors `selector` in `text`, adding the time taken to the report. */
function timedAnchor(
  report: EvaluationReport,
  text: string,
  selector: PassageSelector,
  options: EvaluationOptions,
) {
  const t0 = performance.now();
  const result = (options.anchor ?? anchorPassage)(text, selector);
  report.anchorMs += performance.now() - t0;
  return result;
}

/** The trial where the claim is still there, after random edits around and inside it. */
function presentTrial(
  report: EvaluationReport,
  claim: Claim,
  selector: PassageSelector,
  random: Random,
  pools: EditPools,
  options: EvaluationOptions,
): void {
  const log: string[] = [];
  const { text } = claim.article;
  const edited = editArticle({ text, claim: claim.span }, random, pools, log);
  const truth = edited.claim;
  if (!truth) throw new Error('the claim was lost by an edit that should keep it');
  const found = timedAnchor(report, edited.text, selector, options);
  report.present.trials++;
  const right = found.status === 'found' && isRightPlace(found, truth);
  if (found.status === 'orphan') report.present.orphan++;
  else if (right) report.present.right++;
  else report.present.wrong++;
  if (found.status === 'found' && found.start === truth.start && found.end === truth.end) {
    report.present.sameBounds++;
  }
  if (!right) {
    const where = `truth [${truth.start}, ${truth.end}) "${edited.text.slice(truth.start, truth.end)}"`;
    const result = describeResult(found, edited.text, selector);
    report.failures.push(`present ${labelOf(claim)}: ${result}; ${where}; ${log.join(', ')}`);
  }
  if (options.collectScores) {
    const candidates = scoreCandidates(edited.text, selector).filter((c) => c.quoteSurvives);
    const at = candidates.find((c) => isRightPlace(c, truth));
    const elsewhere = candidates.find((c) => !isRightPlace(c, truth));
    report.scores.present.push({
      right: at?.score.similarity ?? null,
      elsewhere: elsewhere?.score.similarity ?? null,
    });
  }
}

/** The trial where the claim's sentence was deleted, plus random edits elsewhere. */
function deletedTrial(
  report: EvaluationReport,
  claim: Claim,
  selector: PassageSelector,
  random: Random,
  pools: EditPools,
  options: EvaluationOptions,
): void {
  const log: string[] = [];
  const without = editArticle(withoutSentence(claim), random, pools, log);
  const lost = timedAnchor(report, without.text, selector, options);
  report.deleted.trials++;
  if (lost.status === 'orphan') report.deleted.orphan++;
  else {
    report.deleted.wrong++;
    const result = describeResult(lost, without.text, selector);
    report.failures.push(`deleted ${labelOf(claim)}: ${result}; ${log.join(', ')}`);
  }
  if (options.collectScores) {
    const best = scoreCandidates(without.text, selector).find((c) => c.quoteSurvives);
    report.scores.deleted.push(best?.score.similarity ?? null);
  }
}

function labelOf(claim: Claim): string {
  const { name, text } = claim.article;
  return `${name} ${claim.kind} "${text.slice(claim.span.start, claim.span.end)}"`;
}

/**
 * Re-anchoring evaluation: samples claims from `articles` with a seeded PRNG, and for each one
 * anchors its description (made on the original article, then passed `throughLink`) in two
 * edited copies: one where the claim is still present (random edits outside and inside it),
 * and one where its sentence was deleted (plus the same kinds of edits elsewhere).
 */
export function runEvaluation(
  articles: readonly EvalArticle[],
  options: EvaluationOptions,
): EvaluationReport {
  const random = createRandom(options.seed);
  const pools = new Map<string, EditPools>();
  const claims = sampleClaims(articles, random, options.perArticle);
  const report: EvaluationReport = {
    claims: claims.length,
    present: { trials: 0, right: 0, wrong: 0, orphan: 0, sameBounds: 0 },
    deleted: { trials: 0, orphan: 0, wrong: 0 },
    anchorMs: 0,
    failures: [],
    scores: { present: [], deleted: [] },
  };
  for (const claim of claims) {
    const { text, story } = claim.article;
    const storyPools = pools.get(story) ?? poolsFor(story, articles);
    pools.set(story, storyPools);
    const described = describePassage(text, claim.span.start, claim.span.end);
    const selector = options.throughLink(described, claim);
    presentTrial(report, claim, selector, random, storyPools, options);
    deletedTrial(report, claim, selector, random, storyPools, options);
  }
  return report;
}
