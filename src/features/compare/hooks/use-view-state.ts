import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { formatViewState, parseViewState } from '../lib/view-state';
import type { ViewState } from '../lib/view-state';

// history.replaceState fires no event: this one tells the subscribers the hash changed.
const HASH_WRITTEN = 'parallax:hash-written';

// Back and Forward between entries that differ in more than the hash fire popstate alone.
function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  window.addEventListener('popstate', onChange);
  window.addEventListener(HASH_WRITTEN, onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(HASH_WRITTEN, onChange);
  };
}

const readHash = () => window.location.hash;

/**
 * The view state kept in the URL hash (view, focused sentence, chosen disagreement), so that a
 * copied link opens the same place. Updates replace the history entry: moving through facts
 * should not fill the back button. The raw hash comes third (it may hold a claim link).
 */
export function useViewState(): [ViewState, (patch: Partial<ViewState>) => void, string] {
  const hash = useSyncExternalStore(subscribe, readHash, () => '');
  const state = useMemo(() => parseViewState(hash), [hash]);
  const update = useCallback((patch: Partial<ViewState>) => {
    const next = formatViewState({ ...parseViewState(window.location.hash), ...patch });
    if (next === window.location.hash) return;
    const { pathname, search } = window.location;
    window.history.replaceState(window.history.state, '', `${pathname}${search}${next}`);
    window.dispatchEvent(new Event(HASH_WRITTEN));
  }, []);
  return [state, update, hash];
}
