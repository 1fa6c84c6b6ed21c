import { checkStory } from '../lib/parallax-file';
import type { LibraryStory } from '../lib/library-types';
import type { LibraryDb } from './library-db';
import { storageErrorMessage } from './storage-errors';

/** Whether what the reader has is safely stored. */
export type StorageStatus =
  | { state: 'loading' }
  | { state: 'saved' }
  | { state: 'saving' }
  /** Some change could not be stored; it is kept in memory and retried. */
  | { state: 'failed'; message: string }
  /** There is no storage at all: everything lives in this tab only. */
  | { state: 'unavailable'; message: string };

/** What the library shows: its stories (newest change first) and how storage is doing. */
export type LibrarySnapshot = {
  loaded: boolean;
  stories: LibraryStory[];
  storage: StorageStatus;
  /** Stored records that could not be read; left untouched in storage. */
  unreadable: number;
  /** The story ids those records still carry (a link to one can say the copy is damaged). */
  unreadableIds: string[];
};

/**
 * The reader's stories in memory, written through to storage. Memory is the truth while the
 * page is open: a change shows at once and is never lost because storage failed; storage is
 * written in order, one change at a time, and a failed write is retried with the next change or
 * on `retry()`.
 */
export type LibraryStore = {
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => LibrarySnapshot;
  /** Reads what storage holds (once; later calls return the same promise). */
  load: () => Promise<void>;
  save: (story: LibraryStory) => void;
  remove: (id: string) => void;
  retry: () => void;
  /** Whether some change is not stored yet (for a warning before the page closes). */
  hasUnsavedChanges: () => boolean;
  /** Resolves when no write is in flight (tests, and a last chance before unload). */
  settled: () => Promise<void>;
};

type PendingWrite = { kind: 'put'; story: LibraryStory } | { kind: 'delete' };

/** The id a damaged record still carries, if it carries one that reads as text. */
function recordId(record: unknown): string | null {
  if (typeof record !== 'object' || record === null || !('id' in record)) return null;
  return typeof record.id === 'string' ? record.id : null;
}

const byRecentChange = (a: LibraryStory, b: LibraryStory) =>
  a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.id.localeCompare(b.id);

/**
 * Creates the store over a database opener (IndexedDB in the app, a fake in tests).
 *
 * @example const store = createLibraryStore(openLibraryDb); await store.load();
 */
export function createLibraryStore(openDb: () => Promise<LibraryDb>): LibraryStore {
  const listeners = new Set<() => void>();
  const stories = new Map<string, LibraryStory>();
  const pending = new Map<string, PendingWrite>();
  let db: LibraryDb | null = null;
  let loading: Promise<void> | null = null;
  let writing: Promise<void> | null = null;
  let snapshot: LibrarySnapshot = {
    loaded: false,
    stories: [],
    storage: { state: 'loading' },
    unreadable: 0,
    unreadableIds: [],
  };

  const publish = (patch: Partial<LibrarySnapshot> = {}) => {
    snapshot = { ...snapshot, stories: [...stories.values()].sort(byRecentChange), ...patch };
    for (const listener of listeners) listener();
  };

  /** Writes pending changes in order until none is left; false when one failed. */
  const writeAll = async (target: LibraryDb): Promise<boolean> => {
    while (pending.size > 0) {
      for (const [id, write] of [...pending]) {
        try {
          if (write.kind === 'put') await target.putStory(write.story);
          else await target.deleteStory(id);
        } catch (error) {
          publish({ storage: { state: 'failed', message: storageErrorMessage(error) } });
          return false;
        }
        // A newer change of the same story, queued meanwhile, stays pending.
        if (pending.get(id) === write) pending.delete(id);
      }
    }
    publish({ storage: { state: 'saved' } });
    return true;
  };

  const flush = () => {
    if (!db || writing || pending.size === 0) return;
    publish({ storage: { state: 'saving' } });
    writing = writeAll(db).then((ok) => {
      writing = null;
      // A change that arrived as the last pass ended.
      if (ok) flush();
    });
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    load() {
      loading ??= (async () => {
        let unreadable = 0;
        const unreadableIds: string[] = [];
        try {
          db = await openDb();
          for (const record of await db.listRecords()) {
            const checked = checkStory(record);
            if (!checked.ok) {
              unreadable++;
              const id = recordId(record);
              if (id !== null) unreadableIds.push(id);
            }
            // A story changed in memory before storage answered is newer than the stored one.
            else if (!stories.has(checked.story.id) && !pending.has(checked.story.id)) {
              stories.set(checked.story.id, checked.story);
            }
          }
        } catch (error) {
          db = null;
          publish({
            loaded: true,
            unreadable,
            unreadableIds,
            storage: { state: 'unavailable', message: storageErrorMessage(error) },
          });
          return;
        }
        publish({ loaded: true, unreadable, unreadableIds, storage: { state: 'saved' } });
        flush();
      })();
      return loading;
    },
    save(story) {
      stories.set(story.id, story);
      pending.set(story.id, { kind: 'put', story });
      // A damaged record of the same id (an import brings the story back) is overwritten.
      const { unreadableIds } = snapshot;
      publish(
        unreadableIds.includes(story.id)
          ? {
              unreadable: snapshot.unreadable - 1,
              unreadableIds: unreadableIds.filter((id) => id !== story.id),
            }
          : {},
      );
      flush();
    },
    remove(id) {
      stories.delete(id);
      pending.set(id, { kind: 'delete' });
      publish();
      flush();
    },
    retry() {
      if (snapshot.storage.state === 'failed') flush();
    },
    hasUnsavedChanges: () => pending.size > 0,
    async settled() {
      while (writing) await writing;
    },
  };
}
