import { useEffect, useSyncExternalStore } from 'react';
import { libraryStore } from '../storage/library-instance';
import type { LibrarySnapshot, LibraryStore } from '../storage/library-store';

/**
 * The reader's stories and the storage status, kept current (with the library's other tabs'
 * changes too); loads the library on first use.
 *
 * @example const { snapshot, store } = useLibrary(); store.create(story);
 */
export function useLibrary(store: LibraryStore = libraryStore): {
  snapshot: LibrarySnapshot;
  store: LibraryStore;
} {
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  useEffect(() => {
    void store.load();
  }, [store]);
  return { snapshot, store };
}
