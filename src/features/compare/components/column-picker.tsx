type Props = {
  labels: string[];
  /** The columns shown, in order. */
  shown: number[];
  onChange: (columns: number[]) => void;
};

/**
 * From four sources on, the reader picks the sources shown side by side; only those columns are
 * drawn. At least one stays shown.
 */
export function ColumnPicker({ labels, shown, onChange }: Props) {
  const set = new Set(shown);
  const toggle = (column: number) => {
    const next = new Set(set);
    if (next.has(column)) next.delete(column);
    else next.add(column);
    if (next.size > 0) onChange([...next].sort((a, b) => a - b));
  };
  return (
    <details className="relative">
      <summary className="btn list-none [&::-webkit-details-marker]:hidden">
        Sources shown: {shown.length} of {labels.length}
        <span aria-hidden="true">▾</span>
      </summary>
      <fieldset className="absolute right-0 z-40 mt-1 max-h-[60vh] w-64 overflow-y-auto rounded-md border border-stone-300 bg-white p-2 shadow-lg dark:border-stone-600 dark:bg-stone-900">
        <legend className="sr-only">Sources shown side by side</legend>
        {labels.map((label, c) => (
          <label
            key={label}
            className="flex items-center gap-2 rounded px-1.5 py-1 text-[0.8125rem] hover:bg-stone-100 dark:hover:bg-stone-800"
          >
            <input
              type="checkbox"
              className="size-4 accent-stone-800 dark:accent-stone-200"
              checked={set.has(c)}
              disabled={set.has(c) && set.size === 1}
              onChange={() => toggle(c)}
            />
            {label}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
