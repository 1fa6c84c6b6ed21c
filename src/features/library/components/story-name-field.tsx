import { useState } from 'react';
import { useDebouncedCommit } from '../hooks/use-debounced-commit';

type Props = { name: string; onRename: (name: string) => void };

/** The story's name, editable in place (saved as the reader pauses and on leaving the field). */
export function StoryNameField({ name, onRename }: Props) {
  const [draft, setDraft] = useState(name);
  const { schedule, flush } = useDebouncedCommit<{ name: string }>((patch) => onRename(patch.name));
  return (
    <label className="flex min-w-0 items-center gap-2 text-sm font-medium">
      Story name
      <input
        value={draft}
        placeholder="Untitled story"
        onChange={(event) => {
          setDraft(event.target.value);
          schedule({ name: event.target.value });
        }}
        onBlur={flush}
        className="w-64 max-w-full min-w-0 rounded-md border border-stone-300 bg-white px-2 py-1 text-sm font-semibold dark:border-stone-600 dark:bg-stone-900"
      />
    </label>
  );
}
