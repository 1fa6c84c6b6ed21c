type Props = {
  title: string;
  error: unknown;
  onRetry: () => void;
  retrying: boolean;
};

/** The error state: what failed, in words, and a button to try again. */
export function StoryError({ title, error, onRetry, retrying }: Props) {
  const message = error instanceof Error ? error.message : String(error);
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
        <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">
          Check your connection, then try again. Nothing is sent anywhere: the comparison runs in
          this browser.
        </p>
        <button type="button" className="btn mt-4" onClick={onRetry} disabled={retrying}>
          {retrying ? 'Trying again…' : 'Try again'}
        </button>
      </div>
    </div>
  );
}
