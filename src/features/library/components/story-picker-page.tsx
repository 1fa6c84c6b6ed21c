import { formatPublished } from '../../../lib/format-published';
import { SEED_FILES } from '../../../lib/seed-files';
import { useLibrary } from '../hooks/use-library';
import { SEED_STORY_ID } from '../lib/library-route';
import { PUBLISHED_STORIES, PUBLISHING_PROBLEMS } from '../lib/published-stories';
import { storyHeading } from '../lib/story-edits';
import { ImportStoryButton } from './import-story-button';
import { RouteLink } from './route-link';
import { StorageNotice } from './storage-notice';

const CARD =
  'rounded-lg border border-stone-200 bg-white p-4 shadow-sm dark:border-stone-700 dark:bg-stone-900';
const LINK =
  'font-semibold text-indigo-800 underline-offset-2 hover:underline dark:text-indigo-300';

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** Each distinct credit of the published stories, with its licence: shown once under the list. */
const credits = [
  ...new Map(
    PUBLISHED_STORIES.flatMap((s) =>
      s.credit ? [[s.credit, { credit: s.credit, licence: s.licence }] as const] : [],
    ),
  ).values(),
];

/** The story picker: the reader's stories, new and import, and the stories shipped with the app. */
export function StoryPickerPage() {
  const { snapshot, store } = useLibrary();
  return (
    <div className="flex-1 overflow-y-auto">
      <StorageNotice
        status={snapshot.storage}
        unreadable={snapshot.unreadable}
        onRetry={store.retry}
      />
      <div className="mx-auto flex max-w-4xl flex-col gap-6 p-4 md:p-8">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="mr-auto text-xl font-semibold">Stories</h1>
          <RouteLink to={{ page: 'new' }} className="btn">
            <span aria-hidden="true">+</span> New story
          </RouteLink>
          <ImportStoryButton />
        </div>

        <section aria-labelledby="picker-yours" className={CARD}>
          <h2 id="picker-yours" className="text-base font-semibold">
            Your stories
          </h2>
          <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
            Built from your own articles and kept in this browser only.
          </p>
          {!snapshot.loaded ? (
            <p className="mt-3 text-sm">Reading your stories…</p>
          ) : snapshot.stories.length === 0 ? (
            <p className="mt-3 text-sm">
              None yet. Start a{' '}
              <RouteLink to={{ page: 'new' }} className={LINK}>
                new story
              </RouteLink>{' '}
              with the reports you found, or import a story file someone shared.
            </p>
          ) : (
            <ul className="mt-3 divide-y divide-stone-200 dark:divide-stone-800">
              {snapshot.stories.map((story) => (
                <li key={story.id} className="flex flex-wrap items-baseline gap-x-3 py-2">
                  <RouteLink to={{ page: 'story', story: story.id }} className={LINK}>
                    {storyHeading(story)}
                  </RouteLink>
                  <span className="text-sm text-stone-600 dark:text-stone-400">
                    {plural(story.articles.length, 'article')} · changed{' '}
                    {formatPublished(story.updatedAt.slice(0, 10)) ?? story.updatedAt}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="picker-shipped" className={CARD}>
          <h2 id="picker-shipped" className="text-base font-semibold">
            Shipped with Parallax
          </h2>
          <ul className="mt-3 divide-y divide-stone-200 dark:divide-stone-800">
            <li className="flex flex-wrap items-baseline gap-x-3 py-2">
              <RouteLink to={{ page: 'story', story: SEED_STORY_ID }} className={LINK}>
                Sample story
              </RouteLink>
              <span className="text-sm text-stone-600 dark:text-stone-400">
                {plural(SEED_FILES.length, 'article')} · the story Parallax opens with
              </span>
            </li>
            {PUBLISHED_STORIES.map((story) => (
              <li key={story.id} className="flex flex-wrap items-baseline gap-x-3 py-2">
                <RouteLink to={{ page: 'story', story: story.id }} className={LINK}>
                  {story.title}
                </RouteLink>
                <span className="text-sm text-stone-600 dark:text-stone-400">
                  {plural(story.articles.length, 'article')} · {story.slug}
                </span>
              </li>
            ))}
          </ul>
          {credits.map(({ credit, licence }) => (
            <p key={credit} className="mt-3 text-xs text-stone-600 dark:text-stone-400">
              {credit}{' '}
              {licence && (
                <a
                  className="underline"
                  href={licence.url}
                  rel="license noreferrer"
                  target="_blank"
                >
                  {licence.name}
                </a>
              )}
              . Each story shows its articles’ addresses where they are known.
            </p>
          ))}
          {PUBLISHING_PROBLEMS.length > 0 && (
            <div role="alert" className="mt-3 text-sm text-rose-800 dark:text-rose-300">
              <p>Story folders that could not be published:</p>
              <ul className="list-disc pl-5">
                {PUBLISHING_PROBLEMS.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            </div>
          )}
        </section>
      </div>
    </div>
  );
}
