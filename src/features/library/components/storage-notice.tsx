import type { StorageStatus } from '../storage/library-store';

type Props = { status: StorageStatus; unreadable: number; onRetry: () => void };

/**
 * Tells the reader when their work is not safely stored (and why, and what to do), in a live
 * region; says nothing while storage works.
 */
export function StorageNotice({ status, unreadable, onRetry }: Props) {
  const problem = status.state === 'failed' || status.state === 'unavailable';
  return (
    <div role="status" aria-live="polite" className="empty:hidden">
      {problem && (
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/50 dark:text-amber-100">
          <span>
            <strong>Not saved in this browser.</strong> {status.message} Your work is kept in this
            tab until you close it: export the story to keep a copy.
          </span>
          {status.state === 'failed' && (
            <button type="button" className="btn" onClick={onRetry}>
              Try saving again
            </button>
          )}
        </div>
      )}
      {unreadable > 0 && (
        <p className="border-b border-amber-300 bg-amber-50 px-4 py-2 text-sm dark:border-amber-800 dark:bg-amber-950/50">
          {unreadable === 1 ? 'One stored story' : `${unreadable} stored stories`} could not be read
          and {unreadable === 1 ? 'was' : 'were'} left as {unreadable === 1 ? 'it is' : 'they are'}.
        </p>
      )}
    </div>
  );
}
