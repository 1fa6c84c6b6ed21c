import { useMemo } from 'react';
import { useAnalysis } from '../../story/api/get-analysis';
import { useSeedArticles } from '../../story/api/get-seed-articles';
import { StoryError } from '../../story/components/story-error';
import { StoryLoading } from '../../story/components/story-loading';
import { shippedStoryFiles } from '../lib/shipped-stories';
import type { ShippedStory } from '../shipped/shipped-story';
import { ECB_CREDIT, ECB_LICENCE_URL } from '../shipped/shipped-story';
import { ComparisonPane } from './comparison-pane';
import { ExportButtons } from './export-buttons';

/**
 * A story shipped from the corpus: its credit (the licence asks for it, with each article's
 * address), exports, and the comparison, loaded and analysed like the seed story.
 */
export function ShippedStoryScreen({ story }: { story: ShippedStory }) {
  const files = useMemo(() => shippedStoryFiles(story), [story]);
  const articles = useSeedArticles(files);
  const query = useAnalysis(articles.data);
  const sources = story.articles.filter((a) => a.url);

  return (
    <div className="flex min-h-0 flex-1 flex-col print:block">
      <section
        aria-label="About this story"
        className="flex flex-wrap items-start gap-x-4 gap-y-2 border-b border-stone-200 bg-stone-50 px-4 py-2 text-sm dark:border-stone-800 dark:bg-stone-950"
      >
        <div className="min-w-0 flex-1">
          <p className="font-semibold">{story.title}</p>
          <p className="text-xs text-stone-600 dark:text-stone-400">
            {ECB_CREDIT}{' '}
            <a
              className="underline"
              href={ECB_LICENCE_URL}
              rel="license noreferrer"
              target="_blank"
            >
              Licence
            </a>
            {sources.length > 0 && (
              <>
                {' · Sources: '}
                {sources.map((a, i) => (
                  <span key={a.file}>
                    {i > 0 && ', '}
                    <a
                      className="underline"
                      href={a.url ?? undefined}
                      rel="noreferrer"
                      target="_blank"
                    >
                      {a.outlet ?? hostName(a.url)}
                    </a>
                  </span>
                ))}
              </>
            )}
          </p>
        </div>
        <ExportButtons
          storyId={story.id}
          name={story.title}
          analysis={query.data}
          own={false}
          credit={ECB_CREDIT}
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
        <ComparisonPane
          query={query}
          analysis={query.data}
          articleCount={articles.data.length}
          storyKey={story.id}
          storyId={story.id}
        />
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
