import {
  checkStoryLimits,
  formatMegabytes,
  MAX_STORY_BYTES,
  STORY_LIMITS,
  utf8Bytes,
} from '../../../core/limits';
import type { LibraryArticle } from './library-types';

// An article's text never changes: measure it once.
const measured = new WeakMap<object, number>();

/** The size of an article as the limits count it: the UTF-8 bytes of the text kept. */
function articleBytes(article: Pick<LibraryArticle, 'source'>): number {
  let bytes = measured.get(article);
  if (bytes === undefined) {
    bytes = utf8Bytes(article.source);
    measured.set(article, bytes);
  }
  return bytes;
}

/**
 * Why a story of these articles would be too large in all, in the core's words (the same line
 * the command line prints), or null. Only the total is judged: the number of articles and each
 * article's size are checked where articles arrive.
 *
 * @example storyTooLarge([{ file: 'a.txt', source: 'short' }]) // null
 */
export function storyTooLarge(
  articles: readonly Pick<LibraryArticle, 'file' | 'source'>[],
): string | null {
  const sizes = articles.map((a) => ({ file: a.file, bytes: articleBytes(a) }));
  if (sizes.reduce((sum, a) => sum + a.bytes, 0) <= MAX_STORY_BYTES) return null;
  // `checkStoryLimits` lists the total last, after any count or per-article line.
  return checkStoryLimits(sizes).at(-1) ?? null;
}

/**
 * The limits in words, for hints ("up to 2 MB each, 8 MB per story").
 *
 * @example sizeLimitsText() // 'up to 2 MB each, 8 MB per story'
 */
export function sizeLimitsText(): string {
  return `up to ${formatMegabytes(STORY_LIMITS.articleBytes, 'short')} each, ${formatMegabytes(STORY_LIMITS.storyBytes, 'short')} per story`;
}
