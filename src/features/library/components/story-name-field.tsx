import { STORY_FILE_LIMITS } from '../lib/story-file-limits';

type Props = { name: string; onRename: (name: string) => void };

/**
 * The story's name, editable in place. Each keystroke is a change stored at once (a reload
 * right after typing keeps it), and a rename in another tab shows here as it happens.
 */
export function StoryNameField({ name, onRename }: Props) {
  return (
    <label className="flex min-w-0 items-center gap-2 text-sm font-medium">
      Story name
      <input
        value={name}
        maxLength={STORY_FILE_LIMITS.storyTitle}
        placeholder="Untitled story"
        onChange={(event) => onRename(event.target.value)}
        className="w-64 max-w-full min-w-0 rounded-md border border-stone-300 bg-white px-2 py-1 text-sm font-semibold dark:border-stone-600 dark:bg-stone-900"
      />
    </label>
  );
}
