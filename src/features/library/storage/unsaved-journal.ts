import { checkChange } from '../lib/story-changes';
import type { QueuedChange } from './write-plan';

/** The prefix of each tab's entry in the journal (one key per tab). */
const KEY_PREFIX = 'parallax-library-unsaved:';
const FORMAT = 'parallax-unsaved-changes';

/** The part of the Web Storage API the journal uses (localStorage in the app). */
export type JournalStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/**
 * Where a tab leaves the changes it has not stored yet when the page goes away. IndexedDB
 * cannot be relied on then (a write started as the page unloads is often dropped), but Web
 * Storage writes at once: the next page to load the library stores what it finds here.
 */
export type UnsavedJournal = {
  /** Keeps a tab's unsaved changes, replacing what it kept before; false when it could not. */
  keep(tab: string, changes: readonly QueuedChange[]): boolean;
  /** Forgets a tab's entry (all it had is stored). */
  clear(tab: string): void;
  /**
   * Every change the journal holds, oldest entry first; `release` forgets the entries read, once
   * their changes are stored (an entry its tab has rewritten since is left alone).
   */
  read(): { changes: QueuedChange[]; release(): void };
};

type Entry = { format: typeof FORMAT; version: 1; keptAt: number; changes: QueuedChange[] };

function readChange(value: unknown): QueuedChange | null {
  if (typeof value !== 'object' || value === null) return null;
  const { storyId, tab, seq, change } = value as Record<string, unknown>;
  const checked = checkChange(change);
  if (typeof storyId !== 'string' || typeof tab !== 'string' || !Number.isInteger(seq)) return null;
  return checked ? { storyId, tab, seq: seq as number, change: checked } : null;
}

/** An entry's readable changes in order (none when the entry cannot be read at all). */
function readEntry(text: string): { keptAt: number; changes: QueuedChange[] } {
  try {
    const entry = JSON.parse(text) as Partial<Entry>;
    if (entry.format !== FORMAT || entry.version !== 1 || !Array.isArray(entry.changes)) {
      return { keptAt: 0, changes: [] };
    }
    const changes = entry.changes.map(readChange).filter((c): c is QueuedChange => c !== null);
    return { keptAt: Number(entry.keptAt) || 0, changes };
  } catch {
    return { keptAt: 0, changes: [] };
  }
}

/**
 * The journal over a Web Storage area; a journal that keeps nothing when there is none (or the
 * browser refuses it, as some do in private browsing).
 *
 * @example const journal = openUnsavedJournal(window.localStorage); journal.keep(tab, changes);
 */
export function openUnsavedJournal(storage: JournalStorage | null): UnsavedJournal {
  return {
    keep(tab, changes) {
      if (!storage) return false;
      const entry: Entry = {
        format: FORMAT,
        version: 1,
        keptAt: Date.now(),
        changes: [...changes],
      };
      try {
        storage.setItem(`${KEY_PREFIX}${tab}`, JSON.stringify(entry));
        return true;
      } catch {
        return false;
      }
    },
    clear(tab) {
      try {
        storage?.removeItem(`${KEY_PREFIX}${tab}`);
      } catch {
        // Nothing kept, nothing to clear.
      }
    },
    read() {
      const entries: { key: string; text: string; keptAt: number; changes: QueuedChange[] }[] = [];
      try {
        for (let i = 0; storage && i < storage.length; i++) {
          const key = storage.key(i);
          const text = key?.startsWith(KEY_PREFIX) ? storage.getItem(key) : null;
          if (key && text !== null) entries.push({ key, text, ...readEntry(text) });
        }
      } catch {
        return { changes: [], release: () => undefined };
      }
      entries.sort((a, b) => a.keptAt - b.keptAt);
      return {
        changes: entries.flatMap((entry) => entry.changes),
        release() {
          for (const { key, text } of entries) {
            try {
              if (storage?.getItem(key) === text) storage.removeItem(key);
            } catch {
              // Left for the next page to read: its changes are never applied twice.
            }
          }
        },
      };
    },
  };
}
