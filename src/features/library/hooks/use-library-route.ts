import { useMemo, useSyncExternalStore } from 'react';
import { formatLibraryRoute, parseLibraryRoute } from '../lib/library-route';
import type { LibraryRoute } from '../lib/library-route';

// pushState fires no event: this one tells subscribers the route changed.
const ROUTE_CHANGED = 'parallax:route-changed';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener('hashchange', onChange);
  window.addEventListener(ROUTE_CHANGED, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener(ROUTE_CHANGED, onChange);
  };
}

/** The query, and the hash only when it may be a claim link (other hashes never change the route). */
const readLocation = () => {
  const { search, hash } = window.location;
  return hash.startsWith('#/claim/') ? `${search}${hash}` : search;
};

/** How to go somewhere: a message to show there, and whether to replace the history entry. */
export type NavigateOptions = { replace?: boolean; flash?: string; hash?: string };

/**
 * Opens a route: a new history entry (the back button returns), without the previous story's
 * view state in the hash unless `hash` is given, and with an optional message for the next
 * screen (`readFlash`).
 */
export function navigateTo(route: LibraryRoute, options: NavigateOptions = {}): void {
  const url = `${window.location.pathname}${formatLibraryRoute(route)}${options.hash ?? ''}`;
  const state = options.flash ? { flash: options.flash } : null;
  if (options.replace) window.history.replaceState(state, '', url);
  else window.history.pushState(state, '', url);
  window.dispatchEvent(new Event(ROUTE_CHANGED));
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

/** The message the previous screen left for this one, if any. */
export function readFlash(): string | null {
  const state: unknown = window.history.state;
  if (
    typeof state === 'object' &&
    state !== null &&
    'flash' in state &&
    typeof state.flash === 'string'
  ) {
    return state.flash;
  }
  return null;
}

/**
 * The library's route from the URL's query (or a claim link's story), kept current across
 * back/forward and hash changes.
 *
 * @example const [route, navigate] = useLibraryRoute(); navigate({ page: 'new' });
 */
export function useLibraryRoute(): [LibraryRoute, typeof navigateTo] {
  const address = useSyncExternalStore(subscribe, readLocation, () => '');
  const route = useMemo(() => {
    const at = address.indexOf('#');
    return at < 0
      ? parseLibraryRoute(address)
      : parseLibraryRoute(address.slice(0, at), address.slice(at));
  }, [address]);
  return [route, navigateTo];
}
