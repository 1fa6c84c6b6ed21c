import { articleKey } from '../../../core/anchoring/article-ref';
import { encodeLink, MAX_PASSAGES } from '../../../core/anchoring/link-codec';
import type { ClaimKind, LinkedPassage } from '../../../core/anchoring/link-codec';
import { describePassage } from '../../../core/anchoring/quote-selector';
import type { Disagreement, Fact } from '../../../core/contract';
import type { AnalysisIndex } from './analysis-index';

/** Makes the deep links (`#/claim/v1/…`) to the claims of one comparison. */
export type ClaimLinkBuilder = {
  /** The link to a whole sentence. */
  sentence: (sentenceId: string) => string | null;
  /** The link to a span of a sentence (a disputed figure), offsets relative to the sentence. */
  span: (sentenceId: string, start: number, end: number) => string | null;
  /** The link to a shared fact: one passage per sentence (up to 8). */
  fact: (fact: Fact) => string | null;
  /** The link to a disagreement: one passage per side (up to 8). */
  disagreement: (disagreement: Disagreement) => string | null;
};

/**
 * Builds deep links for the claims of `index` in story `storyId`. Each link is a description of
 * its passages (core/anchoring: quote, context, position hint, the article's key), so it still
 * opens at the passage after the articles are edited. Every function gives the hash with its
 * '#', or null when the claim cannot be described (an empty or unknown passage).
 *
 * @example claimLinkBuilder(index, 'seed:kerry-lavrov-2014').sentence('dw-…:15')
 *   // '#/claim/v1/seed:kerry-lavrov-2014/s?a=1.c8a5c70d&p=…&q=…&r=1057-1153'
 */
export function claimLinkBuilder(index: AnalysisIndex, storyId: string): ClaimLinkBuilder {
  // Every link of an article names it by the same key: hash its name once.
  const keys = new Map<number, string>();
  const keyOf = (column: number, file: string): string => {
    let key = keys.get(column);
    if (key === undefined) keys.set(column, (key = articleKey(file)));
    return key;
  };
  /** One passage: `[start, end)` of the article holding sentence `sentenceId`, absolute offsets. */
  const passage = (sentenceId: string, start: number, end: number): LinkedPassage | null => {
    const info = index.sentences.get(sentenceId);
    if (!info || start >= end) return null;
    try {
      return {
        article: { key: keyOf(info.column, info.article.file), index: info.column },
        selector: describePassage(info.article.text, start, end),
      };
    } catch {
      return null;
    }
  };
  const whole = (sentenceId: string): LinkedPassage | null => {
    const info = index.sentences.get(sentenceId);
    return info ? passage(sentenceId, info.sentence.start, info.sentence.end) : null;
  };
  const link = (kind: ClaimKind, passages: (LinkedPassage | null)[]): string | null => {
    const found = passages.filter((p): p is LinkedPassage => p !== null).slice(0, MAX_PASSAGES);
    try {
      return `#${encodeLink({ story: storyId, kind, passages: found })}`;
    } catch {
      // Too few passages left (an unknown sentence): no link rather than a broken one.
      return null;
    }
  };
  return {
    sentence: (id) => link('sentence', [whole(id)]),
    span: (id, start, end) => {
      const base = index.sentences.get(id)?.sentence.start ?? 0;
      return link('span', [passage(id, base + start, base + end)]);
    },
    fact: (fact) => link('fact', fact.sentences.map(whole)),
    disagreement: (d) =>
      link(
        'disagreement',
        d.sides.map((side) => passage(side.sentence, side.start, side.end)),
      ),
  };
}
