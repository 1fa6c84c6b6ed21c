/**
 * How much one story may hold, and the one-line messages that say what was too much. The core
 * itself analyzes any input it is given (0 articles give an empty Analysis); these limits are
 * enforced where input arrives — the command line (exit 2) and the browser's intake — so that
 * both refuse the same things with the same words. Sizes are in bytes of UTF-8.
 */

/** The largest article accepted, in bytes: larger files are refused before they are decoded. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

/** The most articles one story compares: the viewer's columns and the pairwise stages scale with it. */
export const MAX_ARTICLES_PER_STORY = 12;

/** The largest story, all articles together: keeps one analysis within seconds and memory. */
export const MAX_STORY_BYTES = 8 * 1024 * 1024;

/** Every limit in one place, for display ("at most 12 articles, 2 MB each, 8 MB in all"). */
export const STORY_LIMITS = {
  articleBytes: MAX_ARTICLE_BYTES,
  articles: MAX_ARTICLES_PER_STORY,
  storyBytes: MAX_STORY_BYTES,
} as const;

/** One article as the limits see it: its name and its size in bytes. */
export type ArticleSize = { file: string; bytes: number };

const BYTES_PER_MEGABYTE = 1024 * 1024;

/**
 * A size in megabytes (of 1024 × 1024 bytes), the one way the app writes one: with one decimal
 * in messages that compare a size with a limit, or `'short'`, without a needless ".0", in prose.
 *
 * @example formatMegabytes(3 * 1024 * 1024) // '3.0 MB'
 * @example formatMegabytes(2 * 1024 * 1024, 'short') // '2 MB'
 */
export function formatMegabytes(bytes: number, style: 'fixed' | 'short' = 'fixed'): string {
  const fixed = (bytes / BYTES_PER_MEGABYTE).toFixed(1);
  return `${style === 'short' ? String(Number(fixed)) : fixed} MB`;
}

/**
 * Why an article of `bytes` is refused, to follow its subject ("the file is …"): its size
 * against the limit, the same words wherever an article arrives. A file's size is written
 * `'fixed'`; the paste form's message, written as a sentence, uses `'short'`.
 *
 * @example tooLargeForArticle(3 * 1024 * 1024) // 'too large (3.0 MB; the limit is 2.0 MB per article)'
 * @example tooLargeForArticle(3 * 1024 * 1024, 'short') // 'too large (3 MB; the limit is 2 MB per article)'
 */
export function tooLargeForArticle(bytes: number, style: 'fixed' | 'short' = 'fixed'): string {
  return `too large (${formatMegabytes(bytes, style)}; the limit is ${formatMegabytes(MAX_ARTICLE_BYTES, style)} per article)`;
}

/**
 * The size of a text in UTF-8 bytes, without encoding it (a lone surrogate counts as the 3
 * bytes of the replacement character an encoder writes for it).
 *
 * @example utf8Bytes('é€😀') // 2 + 3 + 4 = 9
 */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && /[\uDC00-\uDFFF]/.test(text[i + 1] ?? '')) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Whether a number of articles makes a story: one line saying why not, or null. Cheap, so a
 * caller can check it before reading anything.
 *
 * @example checkArticleCount(0) // 'no article given; a story needs at least one article'
 * @example checkArticleCount(3) // null
 */
export function checkArticleCount(count: number): string | null {
  if (count < 1) return 'no article given; a story needs at least one article';
  if (count > MAX_ARTICLES_PER_STORY) {
    return `too many articles (${count}); a story holds at most ${MAX_ARTICLES_PER_STORY}`;
  }
  return null;
}

/**
 * Every limit a story breaks, one clear line each (empty when it is within all limits): the
 * number of articles, each article's size, the total size.
 *
 * @example checkStoryLimits([{ file: 'a.txt', bytes: 3 * 1024 * 1024 }])
 *   // ['a.txt: the file is too large (3.0 MB; the limit is 2.0 MB per article)']
 */
export function checkStoryLimits(articles: readonly ArticleSize[]): string[] {
  const problems: string[] = [];
  const count = checkArticleCount(articles.length);
  if (count) problems.push(count);
  for (const { file, bytes } of articles) {
    if (bytes > MAX_ARTICLE_BYTES) {
      problems.push(`${file}: the file is ${tooLargeForArticle(bytes)}`);
    }
  }
  const total = articles.reduce((sum, a) => sum + a.bytes, 0);
  if (total > MAX_STORY_BYTES) {
    problems.push(
      `the story is too large (${formatMegabytes(total)} in all; the limit is ${formatMegabytes(MAX_STORY_BYTES)} per story)`,
    );
  }
  return problems;
}
