import { markBoilerplate } from '../ingest/boilerplate';
import type { SentenceSpan, Span } from '../types';
import { findSentenceSpans } from './sentence-boundaries';

/**
 * Longest sentence kept whole, in UTF-16 units. A run of text without sentence punctuation (a
 * scraped table, a blob of code) is cut into pieces of at most this length so that later stages
 * that compare words pairwise stay fast.
 */
export const MAX_SENTENCE_LENGTH = 1200;

/** What the caller knows about the article that splitting needs. */
export type SplitOptions = {
  /**
   * Spans of the article's title (where it stands in the text, and repeats of it). Sentences
   * inside them are marked `headline`. Default: the first paragraph.
   */
  headlines?: Span[];
};

/** Cuts an over-long span at a clause break or a space, never inside a surrogate pair. */
function capLength(text: string, span: Span): Span[] {
  const pieces: Span[] = [];
  let start = span.start;
  while (span.end - start > MAX_SENTENCE_LENGTH) {
    const limit = start + MAX_SENTENCE_LENGTH;
    const window = text.slice(start + (MAX_SENTENCE_LENGTH >> 1), limit);
    const clause = Math.max(window.lastIndexOf('; '), window.lastIndexOf(', '));
    const space = window.search(/\s\S*$/);
    let cut = limit;
    if (clause >= 0) cut = start + (MAX_SENTENCE_LENGTH >> 1) + clause + 1;
    else if (space >= 0) cut = start + (MAX_SENTENCE_LENGTH >> 1) + space;
    else if (/[\uDC00-\uDFFF]/.test(text[cut] ?? '')) cut -= 1;
    let end = cut;
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
    pieces.push({ start, end });
    start = cut;
    while (start < span.end && /\s/.test(text[start] ?? '')) start++;
  }
  if (span.end > start) pieces.push({ start, end: span.end });
  return pieces;
}

const inside = (s: Span, outer: Span): boolean => s.start >= outer.start && s.end <= outer.end;

/**
 * Sentences of the article with exact offsets into `text`, paragraph by paragraph, each marked
 * `headline` (inside a title span) and `boilerplate` (navigation, share blurbs, credits…: never
 * part of a fact). A paragraph without final punctuation (a headline, a caption) is at least its
 * own sentence, because sentences never cross paragraphs.
 *
 * @example splitSentences('Title\nHe said: “We go.” Then they left.', [
 *   { start: 0, end: 5 }, { start: 6, end: 37 }])
 *   // → 'Title' (headline), 'He said: “We go.”', 'Then they left.'
 */
export function splitSentences(
  text: string,
  paragraphs: Span[],
  options: SplitOptions = {},
): SentenceSpan[] {
  const first = paragraphs[0];
  const headlines = [...(options.headlines ?? (first ? [first] : []))].sort(
    (a, b) => a.start - b.start,
  );
  const sentences: SentenceSpan[] = [];
  let h = 0; // sentences come in order: walk the sorted headline spans alongside them
  paragraphs.forEach((p, paragraph) => {
    for (const found of findSentenceSpans(text, p.start, p.end)) {
      for (const span of capLength(text, found)) {
        while (h < headlines.length && (headlines[h]?.end ?? 0) <= span.start) h++;
        const candidate = headlines[h];
        const headline = candidate !== undefined && inside(span, candidate);
        sentences.push({ ...span, paragraph, boilerplate: false, headline });
      }
    }
  });
  return markBoilerplate(text, paragraphs, sentences);
}
