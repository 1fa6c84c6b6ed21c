import { useId, useRef, useState } from 'react';
import { useLibrary } from '../hooks/use-library';
import { useLibraryRoute } from '../hooks/use-library-route';
import { planImport } from '../lib/import-story';
import { readStoryFileOffThread } from '../lib/read-story-file';
import { randomSeed } from '../lib/story-ids';
import { storyHeading } from '../lib/story-edits';

type Props = {
  /** A link's story being imported: the view state in the hash is kept when the ids match. */
  expectedId?: string;
  label?: string;
};

/**
 * Imports a `.parallax.json` story file: checks it strictly, adds it to the library without
 * overwriting a different story of the same id, and opens it. A refused file leaves the library
 * as it was and says why, next to the button.
 */
export function ImportStoryButton({ expectedId, label = 'Import a story file…' }: Props) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const { store } = useLibrary();
  const [, navigate] = useLibraryRoute();
  const [error, setError] = useState<string | null>(null);

  const importFile = async (file: File) => {
    let bytes: Uint8Array<ArrayBuffer>;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      setError(`${file.name}: the file could not be read.`);
      return;
    }
    const read = await readStoryFileOffThread(bytes, file.name);
    if (!read.ok) {
      setError(read.message);
      return;
    }
    setError(null);
    await store.load();
    const plan = planImport(store.getSnapshot().stories, read.story, randomSeed());
    if (plan.kind !== 'same') store.create(plan.story);
    const count = plan.story.articles.length;
    const what = `“${storyHeading(plan.story)}” (${count === 1 ? '1 article' : `${count} articles`})`;
    const flash =
      plan.kind === 'add'
        ? `Imported ${what}.`
        : plan.kind === 'same'
          ? `${what} is already in this browser.`
          : `This browser has another version of this story: the file was imported as ${what}.`;
    const keepHash = expectedId !== undefined && plan.story.id === expectedId;
    navigate(
      { page: 'story', story: plan.story.id },
      { flash, ...(keepHash ? { hash: window.location.hash, replace: true } : {}) },
    );
  };

  return (
    <div className="flex flex-col gap-1">
      <div>
        <button
          type="button"
          className="btn"
          aria-describedby={`${id}-error`}
          aria-invalid={error !== null || undefined}
          onClick={() => input.current?.click()}
        >
          {label}
        </button>
      </div>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        className="hidden"
        aria-label="Story file"
        tabIndex={-1}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void importFile(file);
        }}
      />
      <p
        id={`${id}-error`}
        role="alert"
        className="text-sm text-rose-800 empty:hidden dark:text-rose-300"
      >
        {error && (
          <>
            <span aria-hidden="true">⚠ </span>
            <span className="sr-only">Error: </span>
            {error} Nothing was imported.
          </>
        )}
      </p>
    </div>
  );
}
