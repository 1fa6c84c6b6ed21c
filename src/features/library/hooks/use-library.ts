import { useEffect, useSyncExternalStore } from 'react';
import { libraryStore } from '../storage/library-instance';
import type { LibrarySnapshot, LibraryStore } from '../storage/library-store';

/**
 * The reader's stories and the storage status, kept current; loads the library on first use
 * and, while a change is not yet stored, asks before the page is closed.
 *
 * @example const { snapshot, store } = useLibrary(); store.save(story);
 */
export function useLibrary(store: LibraryStore = libraryStore): {
  snapshot: LibrarySnapshot;
  store: LibraryStore;
} {
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  useEffect(() => {
    void store.load();
  }, [store]);
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!store.hasUnsavedChanges()) return;
      event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [store]);
  return { snapshot, store };
}
