import { CompareView } from '../features/compare/components/compare-view';
import { StoryLinksContext } from '../features/compare/hooks/use-story-links';
import { SEED_STORY_ID } from '../features/library/lib/library-route';
import { shippedStoryLinks } from '../features/library/lib/shipped-story-links';
import { useAnalysis } from '../features/story/api/get-analysis';
import { useSeedArticles } from '../features/story/api/get-seed-articles';
import { StoryError } from '../features/story/components/story-error';
import { StoryCancelled, StoryLoading } from '../features/story/components/story-loading';
import {
  SEED_REGISTER_URL,
  SEED_STORY_LINK_ID,
  SEED_STORY_NAME,
} from '../features/story/lib/seed-files';

/** The seed story ships with the app: short links, named, through its passage register. */
const SEED_LINKS = shippedStoryLinks(SEED_STORY_NAME, SEED_STORY_ID, SEED_REGISTER_URL);

/** The seed story: load the articles, analyse them in the worker, then show the comparison. */
export function StoryScreen() {
  const articles = useSeedArticles();
  const { query: analysis, control } = useAnalysis(articles.data);

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
  const articleCount = articles.data.length;
  if (!analysis.data && control.cancelled)
    return <StoryCancelled articleCount={articleCount} onResume={control.resume} />;
  if (!analysis.data)
    return (
      <StoryLoading
        stage="analysis"
        articleCount={articleCount}
        progress={control.progress}
        onCancel={control.cancel}
      />
    );
  return (
    <StoryLinksContext value={SEED_LINKS}>
      <CompareView analysis={analysis.data} storyId={SEED_STORY_LINK_ID} />
    </StoryLinksContext>
  );
}
