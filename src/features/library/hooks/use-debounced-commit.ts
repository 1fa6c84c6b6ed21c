import { useCallback, useEffect, useRef } from 'react';

/** How long typing pauses before an edit is saved (each save writes the whole story). */
export const SAVE_DELAY_MS = 400;

/**
 * Batches edits typed into a field: `schedule` merges a change into the pending one and saves it
 * after a pause; `flush` saves it now (on leaving the field). Unmounting saves what is pending,
 * so leaving the screen mid-word loses nothing.
 *
 * @example const { schedule, flush } = useDebouncedCommit((patch) => onEdit(patch));
 */
export function useDebouncedCommit<T extends object>(
  commit: (patch: T) => void,
  delay = SAVE_DELAY_MS,
) {
  const timer = useRef<number | null>(null);
  const pending = useRef<T | null>(null);
  const latestCommit = useRef(commit);
  useEffect(() => {
    latestCommit.current = commit;
  });

  const flush = useCallback(() => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    const patch = pending.current;
    pending.current = null;
    if (patch) latestCommit.current(patch);
  }, []);
  useEffect(() => flush, [flush]);

  const schedule = useCallback(
    (patch: T) => {
      pending.current = { ...pending.current, ...patch };
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = window.setTimeout(flush, delay);
    },
    [flush, delay],
  );
  return { schedule, flush };
}
