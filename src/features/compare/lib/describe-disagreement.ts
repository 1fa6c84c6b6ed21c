import type { Disagreement, Side } from '../../../core/contract';
import type { AnalysisIndex } from './analysis-index';

/**
 * Whom a claim is credited to, as a reader-facing phrase.
 *
 * @example attributionPhrase({ attribution: 'Kyiv' }) // 'according to Kyiv'
 */
export function attributionPhrase(side: Pick<Side, 'attribution'>): string {
  const who = side.attribution?.trim();
  return who ? `according to ${who}` : 'no source named';
}

/** The disputed words as the article prints them (or the normalized value if the span is off). */
export function sideText(index: AnalysisIndex, side: Side): string {
  const info = index.sentences.get(side.sentence);
  const text = info?.article.text.slice(side.start, side.end).trim();
  if (text) return text;
  return side.value === null ? '(unknown)' : side.value.toLocaleString('en');
}

/** The column name of the article that holds a side's sentence. */
export function sideSource(index: AnalysisIndex, side: Side): string {
  const column = index.sentences.get(side.sentence)?.column;
  return column === undefined ? 'unknown source' : (index.labels[column] ?? 'unknown source');
}

/** True when the sides of a disagreement come from more than one article. */
export function spansSources(index: AnalysisIndex, disagreement: Disagreement): boolean {
  return new Set(disagreement.sides.map((side) => sideSource(index, side))).size > 1;
}

/**
 * One side in words: value, attribution and, when the sides come from several articles, the
 * source ("40,000 according to US officials (DW)").
 */
export function describeSide(index: AnalysisIndex, disagreement: Disagreement, side: Side): string {
  const source = spansSources(index, disagreement) ? ` (${sideSource(index, side)})` : '';
  return `${sideText(index, side)} ${attributionPhrase(side)}${source}`;
}

/**
 * Why a disputed span is marked, naming this side first and then the others.
 *
 * @example conflictDescription(index, d, d.sides[0])
 *   // 'Conflict: 100,000 according to Kyiv vs 40,000 according to US officials'
 */
export function conflictDescription(
  index: AnalysisIndex,
  disagreement: Disagreement,
  side: Side,
): string {
  const others = disagreement.sides.filter((other) => other !== side);
  const parts = [side, ...others].map((s) => describeSide(index, disagreement, s));
  return `Conflict: ${parts.join(' vs ')}`;
}

/** Why a vague mention of a disputed thing is marked. */
export function relatedDescription(
  index: AnalysisIndex,
  disagreement: Disagreement,
  side: Side,
): string {
  const values = disagreement.sides.map((s) => describeSide(index, disagreement, s)).join(' vs ');
  return `Partial overlap: “${sideText(index, side)}” (${attributionPhrase(side)}) describes the disputed thing without a figure; the sources say ${values}`;
}
