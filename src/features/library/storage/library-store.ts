import type { LibraryStory } from '../lib/library-types';
import { applyChange, applyChanges } from '../lib/story-changes';
import type { ChangeConflict, StoryChange } from '../lib/story-changes';
import { storyHeading } from '../lib/story-edits';
import { randomSeed, userStoryId } from '../lib/story-ids';
import type { LibraryChannel } from './library-channel';
import type { LibraryDb, StoryRecord } from './library-db';
import { storageErrorMessage } from './storage-errors';
import { readStoredRecord, toRecord } from './stored-story';
import type { StoredStory } from './stored-story';
import type { UnsavedJournal } from './unsaved-journal';
import { planWrite } from './write-plan';
import type { QueuedChange, WriteConflict, WritePlan } from './write-plan';

/** Whether what the reader has is safely stored. */
export type StorageStatus =
  | { state: 'loading' }
  | { state: 'saved' }
  | { state: 'saving' }
  /** Some change could not be stored; it is kept in memory and retried. */
  | { state: 'failed'; message: string }
  /** There is no storage at all: everything lives in this tab only. */
  | { state: 'unavailable'; message: string };

/** Something the reader must know about their stories, said once, until dismissed. */
export type LibraryNotice = {
  id: number;
  text: string;
  /** A story the notice offers to open. */
  open?: { storyId: string; label: string };
};

/** What the library shows: its stories (newest change first) and how storage is doing. */
export type LibrarySnapshot = {
  loaded: boolean;
  stories: LibraryStory[];
  storage: StorageStatus;
  /** Stored records that could not be read; left untouched in storage. */
  unreadable: number;
  /** The story ids those records still carry (a link to one can say the copy is damaged). */
  unreadableIds: string[];
  /**
   * Stories another tab deleted, as this tab last had them (with the changes it had not stored
   * yet): the reader may restore one.
   */
  deletedElsewhere: LibraryStory[];
  /** What happened when this tab's changes met another tab's. */
  notices: LibraryNotice[];
};

/** A change that applies to the story as shown, or why it does not. */
export type ChangeOutcome = { ok: true } | { ok: false; conflict: ChangeConflict };

/**
 * The reader's stories, shown from memory and stored in IndexedDB, shared with the library's
 * other tabs. A change shows at once (the tab's last stored copy with its pending changes
 * applied) and is stored as what the reader meant, applied to the story as stored now
 * (`write-plan.ts`), so that two tabs' changes combine; one write runs at a time, and a failed
 * one is retried with the next change or on `retry()`. Told by another tab that a story
 * changed, the store re-reads it.
 */
export type LibraryStore = {
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => LibrarySnapshot;
  /** Reads what storage holds (once; later calls return the same promise). */
  load: () => Promise<void>;
  /** Adds a story (a new one, an import). */
  create: (story: LibraryStory) => void;
  /** Changes a story: applied to it as shown, then stored; refused when it does not apply. */
  change: (id: string, change: StoryChange) => ChangeOutcome;
  remove: (id: string) => void;
  /** Brings back this tab's copy of a story another tab deleted. */
  restore: (id: string) => void;
  dismissNotice: (id: number) => void;
  retry: () => void;
  /** Whether some change is not stored yet (for a warning before the page closes). */
  hasUnsavedChanges: () => boolean;
  /**
   * Leaves the changes not stored yet where the next page finds them (the page is going away);
   * false when some could be lost.
   */
  keepUnsaved: () => boolean;
  /** Resolves when no write or read is in flight (tests, and a last chance before unload). */
  settled: () => Promise<void>;
  /** Stops listening to the other tabs. */
  close: () => void;
};

/** What the store works over; everything but the database is optional. */
export type LibraryStoreOptions = {
  openDb: () => Promise<LibraryDb>;
  /** How the tabs tell each other what they stored. */
  channel?: LibraryChannel | null;
  /** Where changes not stored yet are left when the page goes away. */
  journal?: UnsavedJournal | null;
  /** This tab's id (random unless given). */
  tab?: string;
  now?: () => string;
};

const byRecentChange = (a: LibraryStory, b: LibraryStory) =>
  a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.id.localeCompare(b.id);

/** The reader's words for a write that met another tab's. */
function conflictNotice(id: string, conflict: WriteConflict): Omit<LibraryNotice, 'id'> | null {
  switch (conflict.kind) {
    case 'kept-both': {
      const copy = storyHeading(conflict.copy.story);
      return {
        text: `Another tab changed “${conflict.title}”, and this tab’s changes could not be combined with it: ${conflict.reason}. Both versions are kept: this tab’s is now “${copy}”.`,
        open: { storyId: conflict.copy.story.id, label: `Open “${copy}”` },
      };
    }
    case 'not-deleted':
      return {
        text: `“${conflict.title}” was not deleted: another tab changed it after this tab last showed it. Look at it again, and delete it if you still mean to.`,
        open: { storyId: id, label: `Open “${conflict.title}”` },
      };
    case 'deleted-elsewhere':
      // The story's screen says so, and offers to restore it.
      return null;
    default:
      return conflict satisfies never;
  }
}

/**
 * Creates the store over a database opener (IndexedDB in the app, a fake in tests).
 *
 * @example const store = createLibraryStore({ openDb: openLibraryDb }); await store.load();
 */
export function createLibraryStore(options: LibraryStoreOptions): LibraryStore {
  const { openDb, channel = null, journal = null } = options;
  const tab = options.tab ?? randomSeed();
  const now = options.now ?? (() => new Date().toISOString());
  const listeners = new Set<() => void>();
  /** What storage held when this tab last read or wrote each story. */
  const stored = new Map<string, StoredStory>();
  /** This tab's changes not stored yet, per story, oldest first. */
  const queue = new Map<string, QueuedChange[]>();
  /** Stories another tab said it stored, to read again. */
  const stale = new Set<string>();
  const deletedElsewhere = new Map<string, LibraryStory>();
  let seq = 0;
  let nextNoticeId = 1;
  let db: LibraryDb | null = null;
  /** No storage at all: changes apply to memory only, and are never stored. */
  let memoryOnly = false;
  let changedInMemory = false;
  let loading: Promise<void> | null = null;
  let running: Promise<void> | null = null;
  let releaseJournal: (() => void) | null = null;
  let stopListening: (() => void) | null = null;
  let snapshot: LibrarySnapshot = {
    loaded: false,
    stories: [],
    storage: { state: 'loading' },
    unreadable: 0,
    unreadableIds: [],
    deletedElsewhere: [],
    notices: [],
  };

  /** A story as this tab shows it: its stored copy with the tab's pending changes applied. */
  const shown = (id: string): LibraryStory | null =>
    applyChanges(
      stored.get(id)?.story ?? null,
      (queue.get(id) ?? []).map((q) => q.change),
    );

  const publish = (patch: Partial<LibrarySnapshot> = {}) => {
    const stories: LibraryStory[] = [];
    for (const id of new Set([...stored.keys(), ...queue.keys()])) {
      const story = shown(id);
      if (story) stories.push(story);
    }
    snapshot = {
      ...snapshot,
      stories: stories.sort(byRecentChange),
      deletedElsewhere: [...deletedElsewhere.values()],
      ...patch,
    };
    for (const listener of listeners) listener();
  };

  const notify = (notice: Omit<LibraryNotice, 'id'>) => {
    snapshot = { ...snapshot, notices: [...snapshot.notices, { ...notice, id: nextNoticeId++ }] };
  };

  /** Stores one story's queued changes, as a plan decided against what is stored now. */
  const write = async (target: LibraryDb, id: string) => {
    const batch = [...(queue.get(id) ?? [])];
    const known = stored.get(id) ?? null;
    const mine = applyChanges(
      known?.story ?? null,
      batch.map((q) => q.change),
    );
    const at = now();
    const copy = { id: userStoryId(`${at}|${randomSeed()}|${id}`), at };
    const plan: WritePlan = await target.updateRecord(id, (record) => {
      const decided = planWrite({
        record,
        batch,
        knownRevision: known?.revision ?? null,
        mine,
        copy,
      });
      const put: StoryRecord[] = [];
      if (decided.write && decided.write !== 'delete') put.push(toRecord(decided.write));
      if (decided.conflict?.kind === 'kept-both') put.push(toRecord(decided.conflict.copy));
      return { put, remove: decided.write === 'delete', result: decided };
    });

    // Changes made while the write was on its way stay queued.
    const later = (queue.get(id) ?? []).slice(batch.length);
    if (plan.after) stored.set(id, plan.after);
    else stored.delete(id);
    const announced = plan.write ? [id] : [];
    const { conflict } = plan;
    if (conflict?.kind === 'deleted-elsewhere') {
      const copyOfMine = applyChanges(
        mine,
        later.map((q) => q.change),
      );
      if (copyOfMine) deletedElsewhere.set(id, copyOfMine);
      later.length = 0;
    } else if (conflict?.kind === 'kept-both') {
      const copyId = conflict.copy.story.id;
      stored.set(copyId, conflict.copy);
      announced.push(copyId);
      // What the reader did meanwhile was done to their version: it goes on in the copy.
      if (later.length > 0)
        queue.set(
          copyId,
          later.map((q) => ({ ...q, storyId: copyId })),
        );
      later.length = 0;
    }
    if (later.length > 0) queue.set(id, later);
    else queue.delete(id);
    if (conflict) {
      const notice = conflictNotice(id, conflict);
      if (notice) notify(notice);
    }
    if (plan.replacedDamaged && snapshot.unreadableIds.includes(id)) {
      snapshot = {
        ...snapshot,
        unreadable: snapshot.unreadable - 1,
        unreadableIds: snapshot.unreadableIds.filter((other) => other !== id),
      };
    }
    channel?.announce(announced);
    publish();
  };

  /** Reads a story another tab stored; one that is gone is kept as deleted elsewhere. */
  const refresh = async (target: LibraryDb, id: string) => {
    const record = await target.readRecord(id);
    if (record === undefined) {
      const mine = shown(id);
      stored.delete(id);
      if (mine) deletedElsewhere.set(id, mine);
    } else {
      const read = readStoredRecord(record);
      // A record another tab damaged is left alone, like one found damaged at load.
      if (!read.ok) return;
      stored.set(id, read.stored);
      deletedElsewhere.delete(id);
    }
    publish();
  };

  /** The next thing to do: a story another tab stored (read, or written over), else a write. */
  const nextTask = (): { id: string; read: boolean } | null => {
    for (const id of stale) {
      stale.delete(id);
      return { id, read: !queue.has(id) };
    }
    const id = queue.keys().next();
    return id.done ? null : { id: id.value, read: false };
  };

  const run = async (target: LibraryDb) => {
    for (let task = nextTask(); task; task = nextTask()) {
      if (task.read) {
        try {
          await refresh(target, task.id);
        } catch {
          // Read again when next told; what this tab shows stays as it was.
        }
        continue;
      }
      if (snapshot.storage.state !== 'saving') publish({ storage: { state: 'saving' } });
      try {
        await write(target, task.id);
      } catch (error) {
        publish({ storage: { state: 'failed', message: storageErrorMessage(error) } });
        return;
      }
    }
    if (queue.size === 0) {
      journal?.clear(tab);
      releaseJournal?.();
      releaseJournal = null;
    }
    if (snapshot.storage.state !== 'saved') publish({ storage: { state: 'saved' } });
  };

  const kick = () => {
    if (!db || running) return;
    running = run(db).finally(() => {
      running = null;
    });
  };

  /** Without storage, a change is applied to memory and stays there. */
  const applyInMemory = () => {
    for (const id of queue.keys()) {
      const story = shown(id);
      if (story) stored.set(id, { story, revision: 0, lastChanges: [] });
      else stored.delete(id);
    }
    changedInMemory ||= queue.size > 0;
    queue.clear();
  };

  const enqueue = (storyId: string, change: StoryChange) => {
    const list = queue.get(storyId) ?? [];
    list.push({ storyId, tab, seq: ++seq, change });
    queue.set(storyId, list);
    if (memoryOnly) applyInMemory();
    publish();
    kick();
  };

  const replayJournal = () => {
    const left = journal?.read();
    if (!left || left.changes.length === 0) return;
    // Changes a page left as it went away are older than anything this one did.
    const mine = new Map(queue);
    queue.clear();
    for (const q of left.changes) queue.set(q.storyId, [...(queue.get(q.storyId) ?? []), q]);
    for (const [id, changes] of mine) queue.set(id, [...(queue.get(id) ?? []), ...changes]);
    releaseJournal = () => left.release();
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
        // Listen first: a story stored while the list is read is read again after.
        stopListening =
          channel?.listen((ids) => {
            for (const id of ids) stale.add(id);
            kick();
          }) ?? null;
        try {
          db = await openDb();
          for (const record of await db.listRecords()) {
            const read = readStoredRecord(record);
            if (read.ok) {
              stored.set(read.stored.story.id, read.stored);
            } else {
              unreadable++;
              if (read.id !== null) unreadableIds.push(read.id);
            }
          }
        } catch (error) {
          db = null;
          memoryOnly = true;
          applyInMemory();
          publish({
            loaded: true,
            unreadable,
            unreadableIds,
            storage: { state: 'unavailable', message: storageErrorMessage(error) },
          });
          return;
        }
        replayJournal();
        publish({ loaded: true, unreadable, unreadableIds, storage: { state: 'saved' } });
        kick();
      })();
      return loading;
    },
    create(story) {
      deletedElsewhere.delete(story.id);
      enqueue(story.id, { kind: 'create', story });
    },
    change(id, change) {
      const result = applyChange(shown(id), change);
      if (!result.ok) return result;
      enqueue(id, change);
      return { ok: true };
    },
    remove(id) {
      deletedElsewhere.delete(id);
      enqueue(id, { kind: 'delete' });
    },
    restore(id) {
      const copy = deletedElsewhere.get(id);
      if (!copy) return;
      deletedElsewhere.delete(id);
      enqueue(id, { kind: 'create', story: { ...copy, updatedAt: now() } });
    },
    dismissNotice(id) {
      publish({ notices: snapshot.notices.filter((notice) => notice.id !== id) });
    },
    retry() {
      if (snapshot.storage.state === 'failed') kick();
    },
    hasUnsavedChanges: () => queue.size > 0 || (memoryOnly && changedInMemory),
    keepUnsaved() {
      if (memoryOnly) return !changedInMemory;
      if (queue.size === 0) return true;
      const kept = journal?.keep(tab, [...queue.values()].flat()) ?? false;
      return kept && snapshot.storage.state !== 'failed';
    },
    async settled() {
      while (running) await running;
    },
    close() {
      stopListening?.();
      channel?.close();
    },
  };
}
