import { openLibraryDb } from './library-db';
import { createLibraryStore } from './library-store';

/** The app's one library: the reader's stories in this browser's IndexedDB. */
export const libraryStore = createLibraryStore(() => openLibraryDb());
