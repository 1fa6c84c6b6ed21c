import { resolveArticle } from './article-ref';
import { isRegisteredRef } from './link-codec';
import type { ClaimLink } from './link-codec';
import { anchorPassage, quotedText } from './quote-selector';

/** Where one passage of a link is now, or why it cannot be shown. */
export type AnchoredPassage =
  | {
      status: 'found';
      /** Index of the article in the story as it is now. */
      article: number;
      start: number;
      end: number;
      score: number;
      /** How the article was recognised: by its key, or only by its old position. */
      articleBy: 'key' | 'position';
    }
  | {
      status: 'orphan';
      /** The article searched, or null when the story no longer has it. */
      article: number | null;
      /** The text that was looked for, to show the reader (a short link's key when unknown). */
      exact: string;
      /** `unknown-key`: a short link names a passage its story's register does not hold. */
      reason: 'article-missing' | 'passage-missing' | 'unknown-key';
    };

/**
 * Finds every passage of a decoded link in the story's current articles: the article by its
 * key (else its old index), then the passage by `anchorPassage`. One result per passage, in
 * the link's order; the caller checks that `link.story` is the story it has loaded. A short
 * link's passages must first be described from the story's register (`describeRegistered`);
 * one still named by its key is an orphan (`unknown-key`).
 *
 * @example anchorLink(decoded.link, analysis.articles)
 *   // [{ status: 'found', article: 1, start: 1057, end: 1153, score: 1, articleBy: 'key' }]
 */
export function anchorLink(
  link: Pick<ClaimLink, 'passages'>,
  articles: readonly { file: string; text: string }[],
): AnchoredPassage[] {
  return link.passages.map((passage) => {
    if (isRegisteredRef(passage)) {
      return { status: 'orphan', article: null, exact: passage.key, reason: 'unknown-key' };
    }
    const { article, selector } = passage;
    const resolved = resolveArticle(articles, article);
    const text = resolved ? articles[resolved.index]?.text : undefined;
    if (!resolved || text === undefined) {
      return {
        status: 'orphan',
        article: null,
        exact: quotedText(selector),
        reason: 'article-missing',
      };
    }
    const result = anchorPassage(text, selector);
    if (result.status === 'orphan') {
      return {
        status: 'orphan',
        article: resolved.index,
        exact: result.exact,
        reason: 'passage-missing',
      };
    }
    return {
      status: 'found',
      article: resolved.index,
      start: result.start,
      end: result.end,
      score: result.score,
      articleBy: resolved.by,
    };
  });
}
