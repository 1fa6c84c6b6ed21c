import { articleKey } from '../../../core/anchoring/article-ref';
import { encodeLink, MAX_PASSAGES } from '../../../core/anchoring/link-codec';
import type { ClaimKind, LinkedPassage } from '../../../core/anchoring/link-codec';
import { registerArticle } from '../../../core/anchoring/passage-register';
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

/** Options of `claimLinkBuilder`. */
export type ClaimLinkOptions = {
  /**
   * The story ships with a passage register: name each passage by its sentence's key (and a
   * span by its offsets in the sentence) instead of describing it — a short link.
   */
  short?: boolean;
};

/**
 * The longest hash a short fact link takes: it keeps as many of the fact's sentences as fit
 * (two at least), leaving room in `SHORT_LINK_LENGTH` for the story's name.
 */
export const SHORT_FACT_HASH = 90;

/**
 * Builds deep links for the claims of `index` in story `storyId`. Each link is a description of
 * its passages (core/anchoring: quote, context, position hint, the article's key), so it still
 * opens at the passage after the articles are edited; with `short`, it names them in the
 * story's passage register instead (which keeps their descriptions). Every function gives the
 * hash with its '#', or null when the claim cannot be described (an empty or unknown passage).
 *
 * @example claimLinkBuilder(index, 'seed:kerry-lavrov-2014').sentence('dw-…:15')
 *   // '#/claim/v1/seed:kerry-lavrov-2014/s?a=1.c8a5c70d&p=…&q=…&r=1057-1153'
 * @example claimLinkBuilder(index, 'seed:kerry-lavrov-2014', { short: true }).sentence('dw-…:15')
 *   // '#/claim/v1/seed:kerry-lavrov-2014/s?k=4fQ0aZ'
 */
export function claimLinkBuilder(
  index: AnalysisIndex,
  storyId: string,
  options: ClaimLinkOptions = {},
): ClaimLinkBuilder {
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
  // Short links: each sentence's register key, computed once per article as the build does.
  const sentenceKeys = new Map<string, string>();
  const keyOfSentence = (sentenceId: string): string | undefined => {
    const info = index.sentences.get(sentenceId);
    if (!options.short || !info) return undefined;
    if (!sentenceKeys.has(sentenceId)) {
      const { article, column } = info;
      const entries = registerArticle(article.file, column, article.text, article.sentences);
      const byStart = new Map(entries.map(([key, entry]) => [entry.start, key]));
      for (const s of article.sentences) sentenceKeys.set(s.id, byStart.get(s.start) ?? '');
    }
    return sentenceKeys.get(sentenceId) || undefined;
  };
  /** A short link's passage: `[start, end)` (absolute) inside sentence `sentenceId`, by key. */
  const named = (sentenceId: string, start: number, end: number): LinkedPassage | null => {
    const info = index.sentences.get(sentenceId);
    const key = keyOfSentence(sentenceId);
    if (!info || !key || start < info.sentence.start || end > info.sentence.end) return null;
    if (start === info.sentence.start && end === info.sentence.end) return { key };
    return { key, within: { start: start - info.sentence.start, end: end - info.sentence.start } };
  };
  const at = (sentenceId: string, start: number, end: number): LinkedPassage | null =>
    start < end ? (named(sentenceId, start, end) ?? passage(sentenceId, start, end)) : null;
  const whole = (sentenceId: string): LinkedPassage | null => {
    const info = index.sentences.get(sentenceId);
    return info ? at(sentenceId, info.sentence.start, info.sentence.end) : null;
  };
  const encode = (kind: ClaimKind, passages: LinkedPassage[]): string | null => {
    try {
      return `#${encodeLink({ story: storyId, kind, passages })}`;
    } catch {
      // Too few passages left (an unknown sentence): no link rather than a broken one.
      return null;
    }
  };
  const link = (kind: ClaimKind, passages: (LinkedPassage | null)[]): string | null =>
    encode(kind, passages.filter((p): p is LinkedPassage => p !== null).slice(0, MAX_PASSAGES));
  /** A fact's short link keeps the sentences that fit in `SHORT_FACT_HASH` (two at least). */
  const factLink = (fact: Fact): string | null => {
    const passages = fact.sentences.map(whole).filter((p): p is LinkedPassage => p !== null);
    let hash = encode('fact', passages.slice(0, MAX_PASSAGES));
    for (let n = Math.min(passages.length, MAX_PASSAGES) - 1; options.short && n >= 2; n--) {
      if (!hash || hash.length <= SHORT_FACT_HASH) break;
      hash = encode('fact', passages.slice(0, n));
    }
    return hash;
  };
  return {
    sentence: (id) => link('sentence', [whole(id)]),
    span: (id, start, end) => {
      const base = index.sentences.get(id)?.sentence.start ?? 0;
      return link('span', [at(id, base + start, base + end)]);
    },
    fact: factLink,
    disagreement: (d) =>
      link(
        'disagreement',
        d.sides.map((side) => at(side.sentence, side.start, side.end)),
      ),
  };
}
