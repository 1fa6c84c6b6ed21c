import type { Analysis } from '../../../core/contract';
import { articleHeading } from './story-edits';
import type { LibraryArticle } from './library-types';

/**
 * The analysis with each article's title, outlet and date as the reader set them (the worker
 * infers its own from the text; the reader's word wins). Articles pair up by position: the
 * analysis keeps the order it was given. A count mismatch (a stale analysis) changes nothing.
 *
 * @example withReaderMetadata(analysis, story.articles).articles[0].outlet // 'The Courier'
 */
export function withReaderMetadata(
  analysis: Analysis,
  articles: readonly LibraryArticle[],
): Analysis {
  if (analysis.articles.length !== articles.length) return analysis;
  return {
    ...analysis,
    articles: analysis.articles.map((article, i) => {
      const mine = articles[i];
      if (!mine) return article;
      return {
        ...article,
        title: articleHeading(mine),
        outlet: mine.outlet?.trim() || null,
        published: mine.published,
      };
    }),
  };
}
