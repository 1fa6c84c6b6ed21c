import type { LibraryNotice } from '../storage/library-store';
import { RouteLink } from './route-link';

type Props = { notices: readonly LibraryNotice[]; onDismiss: (id: number) => void };

/**
 * What happened when this tab's changes met another tab's (both versions kept, a delete
 * refused), announced at once and shown until dismissed, with a link to the story concerned.
 */
export function LibraryNotices({ notices, onDismiss }: Props) {
  return (
    <div role="alert" className="empty:hidden">
      {notices.map((notice) => (
        <p
          key={notice.id}
          className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/50 dark:text-amber-100"
        >
          <span>{notice.text}</span>
          {notice.open && (
            <RouteLink to={{ page: 'story', story: notice.open.storyId }} className="underline">
              {notice.open.label}
            </RouteLink>
          )}
          <button type="button" className="btn ml-auto py-0" onClick={() => onDismiss(notice.id)}>
            Dismiss
          </button>
        </p>
      ))}
    </div>
  );
}
