import type { ComponentType } from 'react';
import type { CarriedStory } from '../../../core/anchoring/link-codec';
import { useLibrary } from '../hooks/use-library';
import type { LibraryRoute } from '../lib/library-route';
import { publishedStory } from '../lib/published-stories';
import type { PublishedStory } from '../lib/published-stories';
import { USER_STORY_PREFIX } from '../lib/story-ids';
import { DeletedElsewhere } from './deleted-elsewhere';
import { FlashMessage } from './flash-message';
import { LibraryNotices } from './library-notices';
import { MissingStory } from './missing-story';
import { RouteLink } from './route-link';
import { carriedIn } from '../hooks/use-shared-story';
import { rememberShared, sharedInPage } from '../lib/shared-in-page';
import { StoryPickerPage } from './story-picker-page';

/**
 * The screens that show a story's comparison. The app composes them (a feature does not import
 * another: a comparison takes the story feature's analysis and the compare feature's view) and
 * hands them in.
 */
export type StoryScreens = {
  /** A story published with the app. */
  Published: ComponentType<{ story: PublishedStory }>;
  /** A story carried in a link, or the reason it was refused. */
  Shared: ComponentType<{ storyId: string; carried: CarriedStory | null; refusal: string | null }>;
  /** A reader's story (null: a new one). */
  User: ComponentType<{ storyId: string | null }>;
};

/**
 * Every screen but the seed story's, by route: a published story, a reader's story (or what to
 * import when this browser lacks it, or its copy when another tab deleted it), a story shared
 * in a link, a new story, or
 * the picker, under the notices of changes that met another tab's. Loaded on demand (the page
 * that opens on the seed story never needs it).
 */
export function LibraryScreens({
  route,
  screens: { Published, Shared, User },
}: {
  route: LibraryRoute;
  screens: StoryScreens;
}) {
  const { snapshot, store } = useLibrary();
  const flash = (
    <>
      <FlashMessage key={`${window.location.search}|${route.page}`} />
      <LibraryNotices notices={snapshot.notices} onDismiss={store.dismissNotice} />
    </>
  );

  if (route.page === 'stories') {
    return (
      <>
        {flash}
        <StoryPickerPage />
      </>
    );
  }
  // A story carried in a link (now, or earlier in this page's life) until it is saved.
  const inLink = route.page === 'story' && route.shared ? carriedIn(window.location.hash) : null;
  if (route.page === 'story' && inLink && 'carried' in inLink) {
    rememberShared(route.story, inLink.carried);
  }
  const shared = route.page === 'story' ? sharedInPage(route.story) : undefined;
  if (route.page === 'story' && (inLink || shared)) {
    return (
      <>
        {flash}
        <Shared
          key={route.story}
          storyId={route.story}
          carried={shared ?? null}
          refusal={inLink && 'error' in inLink ? inLink.error : null}
        />
      </>
    );
  }
  if (route.page === 'new' || route.story.startsWith(USER_STORY_PREFIX)) {
    const storyId = route.page === 'new' ? null : route.story;
    const known = storyId === null || snapshot.stories.some((s) => s.id === storyId);
    const deleted = snapshot.deletedElsewhere.find((s) => s.id === storyId);
    if (!known && !snapshot.loaded)
      return <p className="p-4 text-sm md:p-8">Opening your story…</p>;
    return (
      <>
        {flash}
        {known ? (
          <User storyId={storyId} />
        ) : deleted ? (
          <DeletedElsewhere story={deleted} onRestore={() => store.restore(deleted.id)} />
        ) : (
          <MissingStory
            storyId={storyId ?? ''}
            name={route.page === 'story' ? route.name : undefined}
            damaged={storyId !== null && snapshot.unreadableIds.includes(storyId)}
          />
        )}
      </>
    );
  }
  const published = publishedStory(route.story);
  if (published) return <Published key={published.id} story={published} />;
  return (
    <div className="p-4 md:p-8">
      <div
        role="alert"
        className="max-w-xl rounded-lg border border-amber-300 bg-amber-50 p-5 text-sm dark:border-amber-800 dark:bg-amber-950/50"
      >
        <h1 className="text-base font-semibold">There is no story “{route.story}”</h1>
        <p className="mt-2">
          The link may be mistyped, or the story is no longer shipped.{' '}
          <RouteLink to={{ page: 'stories' }} className="underline">
            See all stories
          </RouteLink>
          .
        </p>
      </div>
    </div>
  );
}
