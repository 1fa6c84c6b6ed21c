import type { LibraryStory } from '../lib/library-types';
import { storyHeading } from '../lib/story-edits';
import { RouteLink } from './route-link';

type Props = { story: LibraryStory; onRestore: () => void };

/**
 * A story another tab deleted while this one showed it: says so, and offers to bring back this
 * tab's copy (with any change it had not stored yet) rather than losing it or silently
 * bringing it back.
 */
export function DeletedElsewhere({ story, onRestore }: Props) {
  const count = story.articles.length;
  return (
    <div className="p-4 md:p-8">
      <div
        role="alert"
        className="max-w-2xl space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-5 text-sm dark:border-amber-800 dark:bg-amber-950/50"
      >
        <h1 className="text-lg font-semibold">
          “{storyHeading(story)}” was deleted in another tab
        </h1>
        <p>
          This tab still has its copy ({count === 1 ? '1 article' : `${count} articles`}), with any
          change you made here. Restore it to keep working on it, or leave it deleted.
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <button type="button" className="btn" onClick={onRestore}>
            Restore this tab’s copy
          </button>
          <RouteLink to={{ page: 'stories' }} className="underline">
            See all stories
          </RouteLink>
        </div>
      </div>
    </div>
  );
}
