import { useCallback, useSyncExternalStore } from 'react';

/**
 * Whether a media query matches, kept current.
 *
 * @example const wide = useMediaQuery('(min-width: 768px)');
 */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(query).matches,
    () => false,
  );
}

/** Tailwind's `md` breakpoint: below it, one source is shown at a time. */
export const WIDE_QUERY = '(min-width: 768px)';
