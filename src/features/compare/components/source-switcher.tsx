type Props = { labels: string[]; shown: number; onShow: (column: number) => void };

/** On narrow screens one source is shown at a time; these buttons choose it. */
export function SourceSwitcher({ labels, shown, onShow }: Props) {
  return (
    <div
      role="group"
      aria-label="Source shown"
      className="sticky top-0 z-30 flex gap-1.5 overflow-x-auto border-b border-stone-200 bg-white/95 px-3 py-2 backdrop-blur-sm md:hidden dark:border-stone-800 dark:bg-stone-900/95 print:hidden"
    >
      {labels.map((label, c) => (
        <button
          key={label}
          type="button"
          className="btn shrink-0"
          aria-pressed={c === shown}
          onClick={() => onShow(c)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
