import type { ViewId } from '../lib/view-state';
import type { ViewEntry } from '../views/view-registry';

type Props = { views: ViewEntry[]; current: ViewId; onView: (view: ViewId) => void };

/** The views a story offers, from the registry; the current one pressed. */
export function ViewSwitcher({ views, current, onView }: Props) {
  return (
    <div role="group" aria-label="View" className="inline-flex">
      {views.map((view, k) => (
        <button
          key={view.id}
          type="button"
          className={`btn ${k > 0 ? '-ml-px rounded-l-none' : ''} ${k < views.length - 1 ? 'rounded-r-none' : ''}`}
          aria-pressed={view.id === current}
          aria-keyshortcuts="v"
          onClick={() => onView(view.id)}
        >
          {view.label}
        </button>
      ))}
    </div>
  );
}
