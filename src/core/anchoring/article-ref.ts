import { fnv1a } from '../util/hash';

/** How a link names an article: a stable key, and its position in the story as a hint. */
export type ArticleRef = {
  /** `articleKey(file)`: stays the same when articles are added, removed or reordered. */
  key: string;
  /** The article's index in the story when the link was made; used only if no key matches. */
  index: number;
};

/**
 * The stable key of an article: a short hash of its file name (the name given to a pasted
 * article), so that a link survives the story's articles being reordered, and does not
 * change when the article's text is corrected (unlike `Article.id`, which hashes the text).
 *
 * @example articleKey('003_98415ab34e40d7b9.txt') // 8 hex digits
 */
export function articleKey(file: string): string {
  return fnv1a(file);
}

/** Where a linked article was found: by its key, or (no key matched) by its old position. */
export type ResolvedArticle = { index: number; by: 'key' | 'position' };

/**
 * Finds the article a link names among the story's articles: the one whose key matches (the
 * one at the old index if several do); otherwise the article at the old index, if any. That
 * fallback is safe because the passage is then anchored in it, and reported as an orphan if
 * it is not there.
 *
 * @example resolveArticle([{ file: 'a.txt' }, { file: 'b.txt' }], { key: articleKey('b.txt'), index: 0 })
 *   // { index: 1, by: 'key' }
 */
export function resolveArticle(
  articles: readonly { file: string }[],
  ref: ArticleRef,
): ResolvedArticle | null {
  const matches = articles.flatMap((a, i) => (articleKey(a.file) === ref.key ? [i] : []));
  if (matches.length > 0) {
    return { index: matches.includes(ref.index) ? ref.index : (matches[0] ?? 0), by: 'key' };
  }
  if (Number.isInteger(ref.index) && ref.index >= 0 && ref.index < articles.length) {
    return { index: ref.index, by: 'position' };
  }
  return null;
}
