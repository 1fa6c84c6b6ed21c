import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { Analysis } from '../../core/contract';
import type { ArticleInput } from '../../core/types';
import { analysisQueryOptions, useAnalysisControl } from '../../features/story/api/get-analysis';
import { withReaderMetadata } from '../../features/library/lib/analysis-metadata';
import type { LibraryArticle } from '../../features/library/lib/library-types';

/**
 * The comparison of a reader's story, computed by the same worker and query as every story
 * (keyed by the articles' names and text, so editing a title does not recompute it), with the
 * reader's titles, outlets and dates applied. While a changed story is compared again, its
 * previous comparison stays on screen (`updating` is true), but never another story's. Waits
 * while there is no article, and while the reader has cancelled it (`control`).
 */
export function useStoryAnalysis(storyId: string | null, articles: readonly LibraryArticle[]) {
  const inputs = useMemo<ArticleInput[] | undefined>(
    () =>
      articles.length > 0 ? articles.map((a) => ({ file: a.file, text: a.source })) : undefined,
    [articles],
  );
  // Its key hashes every article's text: once per set of articles, not on every render.
  const options = useMemo(() => analysisQueryOptions(inputs), [inputs]);
  const control = useAnalysisControl(options.queryKey);
  const query = useQuery({
    ...options,
    enabled: !control.cancelled,
    placeholderData: keepPreviousData,
  });

  // Which story the last real answer was for: a placeholder from another story is not shown.
  const [answered, setAnswered] = useState<{ story: string | null; data: Analysis } | null>(null);
  if (query.data && !query.isPlaceholderData && answered?.data !== query.data) {
    setAnswered({ story: storyId, data: query.data });
  }
  const data = query.isPlaceholderData && answered?.story !== storyId ? undefined : query.data;

  const analysis = useMemo(
    () => (data && articles.length > 0 ? withReaderMetadata(data, articles) : undefined),
    [data, articles],
  );
  return { query, control, analysis, updating: query.isFetching && articles.length > 0 };
}
