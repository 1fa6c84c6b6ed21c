import { openDB } from 'idb';
import type { DBSchema, IDBPDatabase } from 'idb';

/**
 * The database's layout: one store of story records, keyed by story id. A record is a story's
 * fields with its revision beside them (`stored-story.ts`); records are checked when read.
 */
interface LibrarySchema extends DBSchema {
  stories: { key: string; value: StoryRecord };
}

/** A record as the database holds it: an object with an id, checked when read. */
export type StoryRecord = { id: string } & Record<string, unknown>;

/** What a read-modify-write does: the records to put, whether to delete the one read. */
export type RecordUpdate<T> = { put: StoryRecord[]; remove: boolean; result: T };

/** The IndexedDB database that keeps the reader's stories. */
export const LIBRARY_DB_NAME = 'parallax-library';
const LIBRARY_DB_VERSION = 1;

/** Where stories are kept; the in-memory store writes through to it. */
export type LibraryDb = {
  /** Every stored record, as stored (the caller checks each one). */
  listRecords(): Promise<unknown[]>;
  /** One stored record, as stored (undefined: none). */
  readRecord(id: string): Promise<unknown>;
  /**
   * Reads the record `id` and writes what `decide` makes of it, in one transaction: no other
   * tab writes in between. `decide` must be synchronous (a transaction ends when it waits).
   */
  updateRecord<T>(id: string, decide: (current: unknown) => RecordUpdate<T>): Promise<T>;
};

/** Why the browser would not keep data, in words a reader can act on. */
export class StorageUnavailableError extends Error {
  override name = 'StorageUnavailableError';
}

/**
 * Opens the library database (creating it on first use). Rejects with a
 * `StorageUnavailableError` when the browser has no IndexedDB or refuses to open it (private
 * browsing in some browsers, storage turned off). A connection the browser closes is reopened
 * on the next call.
 *
 * @example const db = await openLibraryDb(); await db.readRecord('user:0123456789abcdef');
 */
export async function openLibraryDb(name: string = LIBRARY_DB_NAME): Promise<LibraryDb> {
  if (typeof indexedDB === 'undefined') {
    throw new StorageUnavailableError('This browser offers no storage (IndexedDB) to this page.');
  }
  let connection: Promise<IDBPDatabase<LibrarySchema>> | null = null;
  const connect = (): Promise<IDBPDatabase<LibrarySchema>> => {
    connection ??= openDB<LibrarySchema>(name, LIBRARY_DB_VERSION, {
      upgrade(db) {
        if (!db.objectStoreNames.contains('stories'))
          db.createObjectStore('stories', { keyPath: 'id' });
      },
      // Another tab upgrades the database: let it, and reconnect when next needed.
      blocking(_current, _next, event) {
        (event.target as IDBDatabase | null)?.close();
        connection = null;
      },
      terminated() {
        connection = null;
      },
    }).catch((error: unknown) => {
      connection = null;
      throw error;
    });
    return connection;
  };
  try {
    await connect();
  } catch (error) {
    throw new StorageUnavailableError(
      `This browser would not open its storage for Parallax (${error instanceof Error ? error.message || error.name : String(error)}).`,
    );
  }
  return {
    async listRecords() {
      return (await connect()).getAll('stories');
    },
    async readRecord(id) {
      return (await connect()).get('stories', id);
    },
    async updateRecord(id, decide) {
      const transaction = (await connect()).transaction('stories', 'readwrite');
      const stories = transaction.objectStore('stories');
      try {
        const update = decide(await stories.get(id));
        const writes: Promise<unknown>[] = update.put.map((record) => stories.put(record));
        if (update.remove) writes.push(stories.delete(id));
        await Promise.all([...writes, transaction.done]);
        return update.result;
      } catch (error) {
        // A write the browser refused at once (storage full) leaves nothing half done.
        try {
          transaction.abort();
        } catch {
          // Already finished or aborted.
        }
        transaction.done.catch(() => undefined);
        throw error;
      }
    },
  };
}
