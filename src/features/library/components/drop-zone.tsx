import { useRef, useState } from 'react';
import type { DragEvent } from 'react';
import { ACCEPTED_FILE_TYPES } from '../lib/article-intake';
import { sizeLimitsText } from '../lib/story-size';

type Props = {
  onFiles: (files: File[]) => void;
  /** The id of the messages about the files, for `aria-describedby`. */
  describedBy: string;
  invalid: boolean;
  disabled?: boolean;
};

/**
 * Where files go: a button that opens the file picker and also takes files dropped on it, so
 * the same control works with a mouse, a keyboard and a screen reader.
 */
export function DropZone({ onFiles, describedBy, invalid, disabled = false }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  const onDragOver = (event: DragEvent<HTMLButtonElement>) => {
    if (disabled || !event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setOver(true);
  };
  const onDrop = (event: DragEvent<HTMLButtonElement>) => {
    event.preventDefault();
    setOver(false);
    if (disabled) return;
    const files = [...event.dataTransfer.files];
    if (files.length > 0) onFiles(files);
  };

  return (
    <>
      <button
        type="button"
        disabled={disabled}
        aria-describedby={`${describedBy}-hint ${describedBy}`}
        aria-invalid={invalid || undefined}
        onClick={() => input.current?.click()}
        onDragOver={onDragOver}
        onDragEnter={onDragOver}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        className={`flex w-full flex-col items-center justify-center gap-1 rounded-lg border-2 border-dashed px-4 py-6 text-center text-sm transition-colors disabled:cursor-not-allowed disabled:opacity-60 ${
          over
            ? 'border-indigo-600 bg-indigo-50 dark:border-indigo-300 dark:bg-indigo-950/40'
            : 'border-stone-300 bg-stone-50 hover:bg-stone-100 dark:border-stone-600 dark:bg-stone-900 dark:hover:bg-stone-800'
        }`}
      >
        <span className="font-semibold">Choose files, or drop them here</span>
        <span id={`${describedBy}-hint`} className="text-xs text-stone-600 dark:text-stone-400">
          Text (.txt), Markdown (.md) or web pages (.html), {sizeLimitsText()}. Web pages are read
          as text: nothing in them runs or loads.
        </span>
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPTED_FILE_TYPES}
        className="hidden"
        aria-label="Article files"
        tabIndex={-1}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          // Choosing the same file again must fire `change` again.
          event.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </>
  );
}
