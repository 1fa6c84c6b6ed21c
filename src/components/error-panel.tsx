import type { ReactNode } from 'react';

type Props = {
  /** What failed, as a heading ("The comparison could not be computed"). */
  title: string;
  /** Why, in words. */
  message: string;
  /** What the reader may do or need not fear ("Nothing you saved is lost."). */
  hint: string;
  onRetry: () => void;
  /** While a retry runs the button says so and waits. */
  retrying?: boolean;
  /** Ways out besides trying again (a link to the stories, …). */
  actions?: ReactNode;
};

/**
 * The one panel that says a part of the page failed: an alert with what failed, why, a hint,
 * and Try again. The story's loading errors and a section's render errors both show it.
 */
export function ErrorPanel({ title, message, hint, onRetry, retrying = false, actions }: Props) {
  return (
    <div className="p-4 md:p-8">
      <div
        role="alert"
        className="max-w-xl rounded-lg border border-rose-300 bg-rose-50 p-5 dark:border-rose-800 dark:bg-rose-950/60"
      >
        <h2 className="flex items-center gap-2 text-base font-semibold text-rose-900 dark:text-rose-100">
          <span aria-hidden="true">⚠</span>
          {title}
        </h2>
        <p className="mt-2 text-sm text-rose-900 dark:text-rose-100">{message}</p>
        <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">{hint}</p>
        <div className="mt-4 flex flex-wrap items-center gap-3">
          <button type="button" className="btn" onClick={onRetry} disabled={retrying}>
            {retrying ? 'Trying again…' : 'Try again'}
          </button>
          {actions}
        </div>
      </div>
    </div>
  );
}
