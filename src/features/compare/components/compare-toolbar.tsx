import type { ReactNode } from 'react';
import type { MarkMode } from '../lib/sentence-segments';
import type { ViewId } from '../lib/view-state';
import type { ViewEntry } from '../views/view-registry';
import { ColumnPicker } from './column-picker';
import { MarksControl } from './marks-control';
import { ViewSwitcher } from './view-switcher';

type Props = {
  heading: string;
  subheading: string | null;
  /** The views the story offers, and the one shown. */
  views: ViewEntry[];
  view: ViewEntry;
  onView: (view: ViewId) => void;
  labels: string[];
  lead: number;
  onLead: (column: number) => void;
  marks: MarkMode;
  onMarks: (mode: MarkMode) => void;
  /** The columns shown side by side; null: every source is shown, no picker. */
  columns: number[] | null;
  onColumns: (columns: number[]) => void;
  /** Previous and next fact and disagreement. */
  steps: ReactNode;
  onHelp: () => void;
};

/** The story's heading and the view controls; each view says which of them it uses. */
export function CompareToolbar(props: Props) {
  const { heading, subheading, views, view, onView, labels, lead, onLead, marks, onMarks } = props;
  const { columns, onColumns, steps, onHelp } = props;
  const uses = (control: ViewEntry['controls'][number]) => view.controls.includes(control);
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
        <ViewSwitcher views={views} current={view.id} onView={onView} />
        {uses('lead') && labels.length > 1 && (
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
        {uses('marks') && <MarksControl value={marks} onChange={onMarks} />}
        {uses('columns') && columns && (
          <div className="max-md:hidden">
            <ColumnPicker labels={labels} shown={columns} onChange={onColumns} />
          </div>
        )}
        {steps}
        <button type="button" className="btn max-sm:hidden" onClick={onHelp} aria-keyshortcuts="?">
          Shortcuts <kbd className="kbd">?</kbd>
        </button>
      </div>
    </div>
  );
}
