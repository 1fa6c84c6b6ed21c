import type { ViewMode } from '../lib/view-state';

type Props = {
  heading: string;
  subheading: string | null;
  view: ViewMode;
  onView: (view: ViewMode) => void;
  labels: string[];
  lead: number;
  onLead: (column: number) => void;
  wordDiff: boolean;
  onWordDiff: (on: boolean) => void;
  onHelp: () => void;
};

/** The story's heading and the view controls. */
export function CompareToolbar(props: Props) {
  const { heading, subheading, view, onView, labels, lead, onLead, wordDiff, onWordDiff, onHelp } =
    props;
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-2 border-b border-stone-200 bg-white px-4 py-2 dark:border-stone-800 dark:bg-stone-900 print:border-0 print:px-0">
      <h1 className="mr-auto text-base leading-tight font-semibold">
        {heading}
        {subheading && (
          <span className="ml-2 text-sm font-normal text-stone-600 dark:text-stone-400">
            {subheading}
          </span>
        )}
      </h1>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2 print:hidden">
        <div role="group" aria-label="View" className="inline-flex">
          <button
            type="button"
            className="btn rounded-r-none"
            aria-pressed={view === 'aligned'}
            aria-keyshortcuts="v"
            onClick={() => onView('aligned')}
          >
            Aligned
          </button>
          <button
            type="button"
            className="btn -ml-px rounded-l-none"
            aria-pressed={view === 'reading'}
            aria-keyshortcuts="v"
            onClick={() => onView('reading')}
          >
            Reading
          </button>
        </div>
        {view === 'aligned' && labels.length > 1 && (
          <label className="hidden items-center gap-1.5 text-[0.8125rem] md:flex">
            Rows follow
            <select
              className="rounded-md border border-stone-300 bg-white px-1.5 py-1 text-[0.8125rem] dark:border-stone-600 dark:bg-stone-800"
              value={lead}
              onChange={(event) => onLead(Number(event.target.value))}
            >
              {labels.map((label, c) => (
                <option key={label} value={c}>
                  {label}
                </option>
              ))}
            </select>
          </label>
        )}
        {view === 'aligned' && (
          <label className="flex items-center gap-1.5 text-[0.8125rem]">
            <input
              type="checkbox"
              className="size-4 accent-stone-800 dark:accent-stone-200"
              checked={wordDiff}
              onChange={(event) => onWordDiff(event.target.checked)}
            />
            Word differences
          </label>
        )}
        <button type="button" className="btn max-sm:hidden" onClick={onHelp} aria-keyshortcuts="?">
          Shortcuts <kbd className="kbd">?</kbd>
        </button>
      </div>
    </div>
  );
}
