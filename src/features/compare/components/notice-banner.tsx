type Props = { notices: string[]; onDismiss: () => void };

/** What a link could not show (a damaged link, a passage that is gone), until dismissed. */
export function NoticeBanner({ notices, onDismiss }: Props) {
  return (
    <div
      role="status"
      className="flex items-start gap-3 border-b border-amber-300 bg-amber-50 px-4 py-2 text-sm dark:border-amber-800 dark:bg-amber-950/50"
    >
      <div className="space-y-0.5">
        {notices.map((notice) => (
          <p key={notice}>{notice}</p>
        ))}
      </div>
      <button type="button" className="btn ml-auto shrink-0" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
