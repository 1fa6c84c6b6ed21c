import { openDB } from 'idb';
import type { DBSchema, IDBPDatabase } from 'idb';
import type { LibraryStory } from '../lib/library-types';

/** The database's layout: one store of stories, keyed by story id. */
interface LibrarySchema extends DBSchema {
  stories: { key: string; value: LibraryStory };
}

/** The IndexedDB database that keeps the reader's stories. */
export const LIBRARY_DB_NAME = 'parallax-library';
const LIBRARY_DB_VERSION = 1;

/** Where stories are kept; the in-memory store writes through to it. */
export type LibraryDb = {
  /** Every stored record, as stored (the caller checks each one). */
  listRecords(): Promise<unknown[]>;
  putStory(story: LibraryStory): Promise<void>;
  deleteStory(id: string): Promise<void>;
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
 * @example const db = await openLibraryDb(); await db.putStory(story);
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
    async putStory(story) {
      await (await connect()).put('stories', story);
    },
    async deleteStory(id) {
      await (await connect()).delete('stories', id);
    },
  };
}
