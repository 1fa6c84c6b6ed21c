import { useMemo } from 'react';
import { StoryLinksContext } from '../../features/compare/hooks/use-story-links';
import { useAnalysis } from '../../features/story/api/get-analysis';
import { useSeedArticles } from '../../features/story/api/get-seed-articles';
import { StoryError } from '../../features/story/components/story-error';
import { StoryLoading } from '../../features/story/components/story-loading';
import type { PublishedStory } from '../../features/library/lib/published-stories';
import { shippedStoryLinks } from '../lib/shipped-story-links';
import { ComparisonPane } from './comparison-pane';
import { ExportButtons } from './export-buttons';

/**
 * A story published with the app (`stories/<slug>/`): its credit and licence (with each
 * article's address), exports, and the comparison, loaded and analysed like the seed story,
 * with short links to its claims.
 */
export function PublishedStoryScreen({ story }: { story: PublishedStory }) {
  const articles = useSeedArticles(story.files);
  const { query, control } = useAnalysis(articles.data);
  const sources = story.articles.filter((a) => a.address);
  const links = useMemo(
    () => shippedStoryLinks(story.title, story.id, story.register),
    [story.title, story.id, story.register],
  );

  return (
    <div className="flex min-h-0 flex-1 flex-col print:block">
      <section
        aria-label="About this story"
        className="flex flex-wrap items-start gap-x-4 gap-y-2 border-b border-stone-200 bg-stone-50 px-4 py-2 text-sm dark:border-stone-800 dark:bg-stone-950"
      >
        <div className="min-w-0 flex-1">
          <p className="font-semibold">{story.title}</p>
          {(story.credit || story.licence || sources.length > 0) && (
            <p className="text-xs text-stone-600 dark:text-stone-400">
              {story.credit}{' '}
              {story.licence && (
                <a
                  className="underline"
                  href={story.licence.url}
                  rel="license noreferrer"
                  target="_blank"
                >
                  Licence
                </a>
              )}
              {sources.length > 0 && (
                <>
                  {' · Sources: '}
                  {sources.map((a, i) => (
                    <span key={a.file}>
                      {i > 0 && ', '}
                      <a
                        className="underline"
                        href={a.address ?? undefined}
                        rel="noreferrer"
                        target="_blank"
                      >
                        {a.outlet ?? hostName(a.address)}
                      </a>
                    </span>
                  ))}
                </>
              )}
            </p>
          )}
        </div>
        <ExportButtons
          storyId={story.id}
          name={story.title}
          analysis={query.data}
          {...(story.credit ? { credit: story.credit } : {})}
        />
      </section>
      {articles.isError ? (
        <StoryError
          title="The articles could not be loaded"
          error={articles.error}
          retrying={articles.isFetching}
          onRetry={() => void articles.refetch()}
        />
      ) : !articles.data ? (
        <StoryLoading stage="articles" />
      ) : (
        <StoryLinksContext value={links}>
          <ComparisonPane
            query={query}
            control={control}
            analysis={query.data}
            articleCount={articles.data.length}
            storyKey={story.id}
            storyId={story.id}
          />
        </StoryLinksContext>
      )}
    </div>
  );
}

/** A link's host name without "www.", for a credit line. */
function hostName(url: string | null): string {
  if (!url) return 'source';
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
