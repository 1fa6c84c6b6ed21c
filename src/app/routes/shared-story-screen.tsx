import { useEffect } from 'react';
import { withoutCarriedStory } from '../../core/anchoring/link-codec';
import type { CarriedStory } from '../../core/anchoring/link-codec';
import { StoryLinksContext } from '../../features/compare/hooks/use-story-links';
import { useCarriedStoryLinks } from '../hooks/use-carried-story-links';
import { useLibrary } from '../../features/library/hooks/use-library';
import { useLibraryRoute } from '../../features/library/hooks/use-library-route';
import { useSharedStory } from '../../features/library/hooks/use-shared-story';
import { forgetShared } from '../../features/library/lib/shared-in-page';
import { useStoryAnalysis } from '../hooks/use-story-analysis';
import { planImport } from '../../features/library/lib/import-story';
import type { LibraryStory } from '../../features/library/lib/library-types';
import { contentHash } from '../../features/library/lib/story-content';
import { storyHeading } from '../../features/library/lib/story-edits';
import { randomSeed } from '../../features/library/lib/story-ids';
import { ComparisonPane } from './comparison-pane';
import { RouteLink } from '../../features/library/components/route-link';

type GateProps = {
  storyId: string;
  /** The story the link carries (or carried, earlier in this page's life). */
  carried: CarriedStory | null;
  /** Why the link cannot carry a story, when it cannot. */
  refusal: string | null;
};

/**
 * A link that carries a reader's story: the library's own copy when it already holds this very
 * story, else the shared story (unpacked and checked like an import) shown as "Shared with
 * you", stored only when the reader chooses "Save to my library", or why it cannot be opened.
 */
export function SharedStoryGate({ storyId, carried, refusal }: GateProps) {
  const { snapshot } = useLibrary();
  const [, navigate] = useLibraryRoute();
  const yours = snapshot.stories.find((s) => s.id === storyId) ?? null;
  const same = carried !== null && yours !== null && contentHash(yours) === carried.hash;
  useEffect(() => {
    if (!same) return;
    forgetShared(storyId);
    navigate(
      { page: 'story', story: storyId },
      {
        replace: true,
        hash: withoutCarriedStory(window.location.hash) ?? '',
        flash: 'This story is already in your library: the link opens your copy.',
      },
    );
  }, [same, storyId, navigate]);

  if (!carried) return <SharedStoryRefused error={refusal ?? 'This link carries no story.'} />;
  if (same || !snapshot.loaded) return <OpeningShared />;
  return <UnpackedStory carried={carried} storyId={storyId} yours={yours} />;
}

function OpeningShared() {
  return (
    <p className="p-4 text-sm md:p-8" role="status">
      Opening the shared story…
    </p>
  );
}

/** The carried story once unpacked, or why it was refused. */
function UnpackedStory({
  carried,
  storyId,
  yours,
}: {
  carried: CarriedStory;
  storyId: string;
  yours: LibraryStory | null;
}) {
  const shared = useSharedStory(carried, storyId);
  if (shared.status === 'refused') return <SharedStoryRefused error={shared.error} />;
  if (shared.status === 'reading') return <OpeningShared />;
  return <SharedStoryScreen story={shared.story} yours={yours} />;
}

/** A shared story that cannot be opened: why, and that nothing was kept. */
function SharedStoryRefused({ error }: { error: string }) {
  return (
    <div className="p-4 md:p-8">
      <div
        role="alert"
        className="max-w-2xl space-y-2 rounded-lg border border-rose-300 bg-rose-50 p-5 text-sm dark:border-rose-800 dark:bg-rose-950/40"
      >
        <h1 className="text-base font-semibold">This shared story could not be opened</h1>
        <p>{error}</p>
        <p>
          Your library is as it was.{' '}
          <RouteLink to={{ page: 'stories' }} className="underline">
            See all stories
          </RouteLink>
          .
        </p>
      </div>
    </div>
  );
}

type ScreenProps = {
  story: LibraryStory;
  /** The library's own, different version of this story, if it has one. */
  yours: LibraryStory | null;
};

/**
 * A story someone shared in a link, not in the reader's library: its comparison, opened at the
 * linked claim, and "Save to my library" (which keeps it as an import does: a copy beside a
 * different version of the same story). Until then nothing is stored.
 */
export function SharedStoryScreen({ story, yours }: ScreenProps) {
  const { store } = useLibrary();
  const [, navigate] = useLibraryRoute();
  const { query, control, analysis, updating } = useStoryAnalysis(story.id, story.articles);
  const sharing = useCarriedStoryLinks(story);
  const name = storyHeading(story);
  const count = story.articles.length;

  const save = async () => {
    await store.load();
    const plan = planImport(store.getSnapshot().stories, story, randomSeed());
    if (plan.kind !== 'same') store.create(plan.story);
    forgetShared(story.id);
    navigate(
      { page: 'story', story: plan.story.id },
      {
        replace: true,
        hash: withoutCarriedStory(window.location.hash, plan.story.id) ?? '',
        flash:
          plan.kind === 'copy'
            ? `Saved as “${storyHeading(plan.story)}”, beside your own version.`
            : `Saved “${name}” to your library.`,
      },
    );
  };

  return (
    <div className="flex min-h-0 flex-1 flex-col print:block">
      <section
        aria-label="Shared story"
        className="flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-indigo-200 bg-indigo-50 px-4 py-2 text-sm dark:border-indigo-900 dark:bg-indigo-950/40 print:hidden"
      >
        <div className="min-w-0 flex-1">
          <h1 className="text-base font-semibold">Shared with you: “{name}”</h1>
          <p className="text-stone-700 dark:text-stone-300">
            {count === 1 ? '1 article' : `${count} articles`}, sent in the link. It is not in your
            library: nothing is kept unless you save it.
            {yours && (
              <>
                {' '}
                Your library has another version of this story (
                <RouteLink to={{ page: 'story', story: yours.id }} className="underline">
                  open yours
                </RouteLink>
                ); saving keeps both.
              </>
            )}
          </p>
        </div>
        <span role="status" className="text-stone-600 dark:text-stone-400">
          {updating ? 'Comparing…' : ''}
        </span>
        <button type="button" className="btn font-semibold" onClick={() => void save()}>
          Save to my library
        </button>
      </section>
      <StoryLinksContext value={sharing.links}>
        <ComparisonPane
          query={query}
          control={control}
          analysis={analysis}
          articleCount={count}
          storyKey={story.id}
          storyId={story.id}
        />
      </StoryLinksContext>
    </div>
  );
}
