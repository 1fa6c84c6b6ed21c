import { useEffect, useRef } from 'react';

type Props = { name: string; onConfirm: () => void; onCancel: () => void };

/**
 * Asks before a story is deleted, in place (an alert dialog that takes focus, Escape cancels),
 * and reminds the reader that an export keeps a copy.
 */
export function DeleteStoryConfirm({ name, onConfirm, onCancel }: Props) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div
      role="alertdialog"
      aria-labelledby="library-delete-title"
      aria-describedby="library-delete-text"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
      className="flex flex-wrap items-center gap-3 border-b border-rose-300 bg-rose-50 px-4 py-2 text-sm dark:border-rose-800 dark:bg-rose-950/50"
    >
      <p>
        <strong id="library-delete-title">Delete “{name}”?</strong>{' '}
        <span id="library-delete-text">
          Its articles are removed from this browser. An exported story file keeps a copy.
        </span>
      </p>
      <div className="ml-auto flex gap-2">
        <button type="button" className="btn text-rose-800 dark:text-rose-300" onClick={onConfirm}>
          Delete story
        </button>
        <button ref={cancel} type="button" className="btn" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
