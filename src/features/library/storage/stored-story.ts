import type { LibraryStory } from '../lib/library-types';
import { checkStory } from '../lib/parallax-file';
import type { StoryRecord } from './library-db';

/** How many tabs' last change numbers a record remembers (the most recent ones). */
const REMEMBERED_TABS = 32;

/**
 * A story as the database keeps it: the story, its revision (how many writes it has had; a
 * record from before revisions counts as 0), and the number of the last change each recent tab
 * wrote to it, so that a change replayed after a reload is never applied twice.
 */
export type StoredStory = {
  story: LibraryStory;
  revision: number;
  /** [tab id, number of that tab's last change applied], the most recent tab last. */
  lastChanges: [string, number][];
};

/** A record read back from the database: a story, or a record that cannot be read. */
export type StoredRecord =
  { ok: true; stored: StoredStory } | { ok: false; id: string | null; message: string };

/** The id a record carries, if it carries one that reads as text. */
function recordId(record: unknown): string | null {
  if (typeof record !== 'object' || record === null || !('id' in record)) return null;
  return typeof record.id === 'string' ? record.id : null;
}

const isLastChanges = (value: unknown): value is [string, number][] =>
  Array.isArray(value) &&
  value.every(
    (entry) =>
      Array.isArray(entry) &&
      entry.length === 2 &&
      typeof entry[0] === 'string' &&
      Number.isInteger(entry[1]),
  );

/**
 * Reads a stored record: the story (checked like an imported one) and its revision. A record
 * written before revisions existed has none and reads as revision 0, so upgrading loses
 * nothing.
 *
 * @example readStoredRecord({ ...story }) // { ok: true, stored: { story, revision: 0, lastChanges: [] } }
 */
export function readStoredRecord(record: unknown): StoredRecord {
  const id = recordId(record);
  if (typeof record !== 'object' || record === null) {
    return { ok: false, id, message: 'The record is not an object.' };
  }
  const { revision = 0, lastChanges = [], ...story } = record as Record<string, unknown>;
  if (typeof revision !== 'number' || !Number.isInteger(revision) || revision < 0) {
    return { ok: false, id, message: 'The record’s revision is not a whole number.' };
  }
  if (!isLastChanges(lastChanges)) {
    return { ok: false, id, message: 'The record’s list of last changes is damaged.' };
  }
  const checked = checkStory(story);
  if (!checked.ok) return { ok: false, id, message: checked.message };
  return { ok: true, stored: { story: checked.story, revision, lastChanges } };
}

/** The record to store: the story's fields with its revision and last changes beside them. */
export function toRecord(stored: StoredStory): StoryRecord {
  return { ...stored.story, revision: stored.revision, lastChanges: stored.lastChanges };
}

/**
 * The number of `tab`'s last change a stored story has (0: none remembered).
 *
 * @example lastChangeOf([['a', 3]], 'a') // 3
 */
export function lastChangeOf(lastChanges: readonly [string, number][], tab: string): number {
  return lastChanges.find(([id]) => id === tab)?.[1] ?? 0;
}

/**
 * The last-change list after `tab` applied change number `seq`: that tab moves to the end, and
 * only the most recent tabs are remembered.
 *
 * @example withLastChange([['a', 3]], 'b', 1) // [['a', 3], ['b', 1]]
 */
export function withLastChange(
  lastChanges: readonly [string, number][],
  tab: string,
  seq: number,
): [string, number][] {
  const others = lastChanges.filter(([id]) => id !== tab);
  return [...others, [tab, seq] as [string, number]].slice(-REMEMBERED_TABS);
}
