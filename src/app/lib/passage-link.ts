import { articleKey } from '../../core/anchoring/article-ref';
import { encodeLink } from '../../core/anchoring/link-codec';
import { describePassage } from '../../core/anchoring/quote-selector';
import { formatLibraryRoute } from '../../features/library/lib/library-route';
import type { ReportLinkTarget } from '../../features/compare/lib/markdown-report';

/** What a deep link into a story needs besides the passage. */
export type StoryLinkBase = {
  /** The app's address without query or hash, e.g. "https://example.org/parallax/". */
  appUrl: string;
  storyId: string;
  /** A reader's story's name: shown to a recipient who does not have the story yet. */
  storyName?: string;
};

/**
 * A deep link to a passage of a story. The hash is a claim link (`core/anchoring/link-codec`):
 * a description of the passage (quote, context, position hint) and its article's key, so it
 * survives edits and reordering; a disputed value is a `span` link, a fact's sentence a
 * `sentence` link. The query names the story again (and, for a reader's story, its name), so
 * that a recipient who lacks the story is told which file to import.
 *
 * @example
 * passageLink({ appUrl: 'https://x.org/', storyId: 'user:ab12cd34', storyName: 'Bridge' }, target)
 *   // 'https://x.org/?story=user%3Aab12cd34&name=Bridge#/claim/v1/user:ab12cd34/s?a=0.…&q=…&r=0-28'
 */
export function passageLink(
  base: StoryLinkBase,
  target: Pick<ReportLinkTarget, 'article' | 'column' | 'start' | 'end' | 'disagreementId'>,
): string | null {
  const route = formatLibraryRoute({
    page: 'story',
    story: base.storyId,
    ...(base.storyName?.trim() ? { name: base.storyName.trim() } : {}),
  });
  let hash: string;
  try {
    hash = encodeLink({
      story: base.storyId,
      kind: target.disagreementId ? 'span' : 'sentence',
      passages: [
        {
          article: { index: target.column, key: articleKey(target.article.file) },
          selector: describePassage(target.article.text, target.start, target.end),
        },
      ],
    });
  } catch {
    // An empty or out-of-range span cannot be described: the line goes without a link.
    return null;
  }
  return `${base.appUrl}${route}#${hash}`;
}
