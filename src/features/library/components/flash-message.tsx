import { useEffect, useState } from 'react';
import { readFlash } from '../hooks/use-library-route';

/**
 * The message the previous screen left ("Deleted …", "Imported …"), announced politely and shown
 * once: it is cleared from the history entry so a reload does not repeat it. Mount it with a
 * key per location.
 */
export function FlashMessage() {
  const [message, setMessage] = useState(readFlash);
  useEffect(() => {
    if (readFlash() === null) return;
    window.history.replaceState(null, '', window.location.href);
  }, []);
  return (
    <div role="status" className="empty:hidden">
      {message && (
        <p className="flex items-center gap-3 border-b border-emerald-300 bg-emerald-50 px-4 py-2 text-sm text-emerald-950 dark:border-emerald-800 dark:bg-emerald-950/50 dark:text-emerald-100">
          <span aria-hidden="true">✓</span>
          {message}
          <button type="button" className="btn ml-auto py-0" onClick={() => setMessage(null)}>
            Dismiss
          </button>
        </p>
      )}
    </div>
  );
}
