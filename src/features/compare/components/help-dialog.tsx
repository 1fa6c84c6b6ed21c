import { useEffect, useRef } from 'react';
import { SHORTCUTS } from '../lib/keyboard-actions';

/** The keys inside a column of sentences, where Tab stops once. */
const COLUMN_KEYS: { keys: string[]; description: string }[] = [
  { keys: ['↑', '↓'], description: 'Previous or next sentence of the column' },
  { keys: ['←', '→'], description: 'The sentence level with it in the next column' },
  { keys: ['PgUp', 'PgDn'], description: 'Previous or next fact row' },
  { keys: ['Home', 'End'], description: 'First or last sentence of the column' },
];

type Props = { open: boolean; onClose: () => void };

/** The keyboard shortcuts, in a modal dialog (Escape or the button closes it). */
export function HelpDialog({ open, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby="help-title"
      onClose={onClose}
      onClick={(event) => {
        if (event.target === ref.current) onClose();
      }}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-stone-300 bg-white p-0 text-stone-900 shadow-xl backdrop:bg-stone-950/50 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100"
    >
      <div className="p-5">
        <h2 id="help-title" className="text-base font-semibold">
          Keyboard shortcuts
        </h2>
        <dl className="mt-3 divide-y divide-stone-200 text-sm dark:divide-stone-700">
          {SHORTCUTS.map((shortcut) => (
            <div key={shortcut.action} className="flex items-center justify-between gap-4 py-1.5">
              <dt className="text-stone-700 dark:text-stone-300">{shortcut.description}</dt>
              <dd>
                {shortcut.keys.map((key) => (
                  <kbd key={key} className="kbd">
                    {key}
                  </kbd>
                ))}
              </dd>
            </div>
          ))}
          {COLUMN_KEYS.map((row) => (
            <div key={row.description} className="flex items-center justify-between gap-4 py-1.5">
              <dt className="text-stone-700 dark:text-stone-300">{row.description}</dt>
              <dd>
                {row.keys.map((key) => (
                  <kbd key={key} className="kbd">
                    {key}
                  </kbd>
                ))}
              </dd>
            </div>
          ))}
          <div className="flex items-center justify-between gap-4 py-1.5">
            <dt className="text-stone-700 dark:text-stone-300">Close this help</dt>
            <dd>
              <kbd className="kbd">Esc</kbd>
            </dd>
          </div>
        </dl>
        <p className="mt-3 text-xs text-stone-600 dark:text-stone-400">
          Shortcuts are off while you type in a field. Tab stops once in each column of sentences;
          the arrow keys move inside. The address bar keeps the view, the sources shown and the
          focused passage: copy it to share this exact place.
        </p>
        <div className="mt-4 flex justify-end">
          <button type="button" className="btn" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </dialog>
  );
}
