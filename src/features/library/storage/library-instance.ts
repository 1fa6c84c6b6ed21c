import { openLibraryChannel } from './library-channel';
import { openLibraryDb } from './library-db';
import { createLibraryStore } from './library-store';
import type { LibraryStore } from './library-store';
import { openUnsavedJournal } from './unsaved-journal';
import type { JournalStorage } from './unsaved-journal';

/** The page's localStorage, or null where the browser refuses it (some private modes). */
function pageStorage(): JournalStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * Keeps what a page has not stored yet when it goes away: on `pagehide` (reload, close,
 * navigation) and when it is hidden (a mobile browser may discard a hidden tab without another
 * event), the pending changes go to the journal; before unload, the browser asks only when
 * some could still be lost (storage failed or unavailable).
 */
function keepUnsavedWhenLeaving(store: LibraryStore): void {
  window.addEventListener('pagehide', () => store.keepUnsaved());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') store.keepUnsaved();
  });
  window.addEventListener('beforeunload', (event) => {
    if (store.hasUnsavedChanges() && !store.keepUnsaved()) event.preventDefault();
  });
}

/**
 * The app's one library: the reader's stories in this browser's IndexedDB, kept in step with
 * the library's other tabs.
 */
export const libraryStore = createLibraryStore({
  openDb: () => openLibraryDb(),
  channel: openLibraryChannel(),
  journal: openUnsavedJournal(pageStorage()),
});
keepUnsavedWhenLeaving(libraryStore);
