import { lazy, Suspense } from 'react';
import { StoryLinksContext } from '../../features/compare/hooks/use-story-links';
import { SEED_STORY_ID } from '../../features/library/lib/library-route';
import { shippedStoryLinks } from '../lib/shipped-story-links';
import { useAnalysis } from '../../features/story/api/get-analysis';
import { useSeedArticles } from '../../features/story/api/get-seed-articles';
import { StoryError } from '../../features/story/components/story-error';
import { StoryLoading } from '../../features/story/components/story-loading';
import { ComparisonStates } from './comparison-pane';
import { CompareView } from '../../features/compare/components/compare-view';
import { SEED_REGISTER_URL, SEED_STORY_LINK_ID, SEED_STORY_NAME } from '../../lib/seed-files';

/** The seed story ships with the app: short links, named, through its passage register. */
const SEED_LINKS = shippedStoryLinks(SEED_STORY_NAME, SEED_STORY_ID, SEED_REGISTER_URL);

// The exports (the report's writer, link encoding) load after the comparison is on screen.
const ExportButtons = lazy(() =>
  import('./export-buttons').then((module) => ({
    default: module.ExportButtons,
  })),
);

/**
 * The seed story: load the articles, analyse them in the worker, then show the comparison
 * (its loading, cancelled and error states are every story's: `ComparisonStates`), with the
 * exports every story has (the Analysis JSON and the Markdown report).
 */
export function SeedStoryScreen() {
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
  if (!articles.data) return <StoryLoading stage="articles" />;
  return (
    <StoryLinksContext value={SEED_LINKS}>
      <div className="flex min-h-0 flex-1 flex-col print:block">
        {analysis.data && (
          <section
            aria-label="About this story"
            className="flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-stone-200 bg-stone-50 px-4 py-2 text-sm dark:border-stone-800 dark:bg-stone-950 print:hidden"
          >
            <p className="min-w-0 flex-1 text-stone-700 dark:text-stone-300">
              The sample story: DW and Coinspeaker on the talks of 30 March 2014.
            </p>
            <Suspense fallback={null}>
              <ExportButtons
                storyId={SEED_STORY_LINK_ID}
                name={SEED_STORY_NAME}
                analysis={analysis.data}
              />
            </Suspense>
          </section>
        )}
        {/* No boundary of its own: a render error here is the main area's (the page's). */}
        <ComparisonStates
          query={analysis}
          control={control}
          analysis={analysis.data}
          articleCount={articles.data.length}
        >
          {(shown) => <CompareView analysis={shown} storyId={SEED_STORY_LINK_ID} />}
        </ComparisonStates>
      </div>
    </StoryLinksContext>
  );
}
