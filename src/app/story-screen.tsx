import { CompareView } from '../features/compare/components/compare-view';
import { useAnalysis } from '../features/story/api/get-analysis';
import { useSeedArticles } from '../features/story/api/get-seed-articles';
import { StoryError } from '../features/story/components/story-error';
import { StoryLoading } from '../features/story/components/story-loading';
import { SEED_STORY_LINK_ID } from '../features/story/lib/seed-files';

/** The seed story: load the articles, analyse them in the worker, then show the comparison. */
export function StoryScreen() {
  const articles = useSeedArticles();
  const analysis = useAnalysis(articles.data);

  if (articles.isError) {
    return (
      <StoryError
        title="The articles could not be loaded"
        error={articles.error}
        retrying={articles.isFetching}
        onRetry={() => void articles.refetch()}
      />
    );
  }
  if (analysis.isError) {
    return (
      <StoryError
        title="The comparison could not be computed"
        error={analysis.error}
        retrying={analysis.isFetching}
        onRetry={() => void analysis.refetch()}
      />
    );
  }
  if (!articles.data) return <StoryLoading stage="articles" />;
  if (!analysis.data) return <StoryLoading stage="analysis" articleCount={articles.data.length} />;
  return <CompareView analysis={analysis.data} storyId={SEED_STORY_LINK_ID} />;
}
