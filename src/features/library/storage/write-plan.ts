import type { LibraryStory } from '../lib/library-types';
import { applyChange, describeConflict } from '../lib/story-changes';
import type { StoryChange } from '../lib/story-changes';
import { storyHeading } from '../lib/story-edits';
import { lastChangeOf, readStoredRecord, withLastChange } from './stored-story';
import type { StoredStory } from './stored-story';

/** A change waiting to be stored: its story, the tab that made it and its number in that tab. */
export type QueuedChange = { storyId: string; tab: string; seq: number; change: StoryChange };

/** What went wrong for the reader when a tab's changes met another tab's. */
export type WriteConflict =
  /** The story was deleted elsewhere; `mine` is this tab's copy, which it may restore. */
  | { kind: 'deleted-elsewhere'; mine: LibraryStory | null }
  /** The changes could not be combined: the stored story stays, this tab's is kept as `copy`. */
  | { kind: 'kept-both'; reason: string; title: string; copy: StoredStory }
  /** A delete was refused: the story changed elsewhere since this tab last saw it. */
  | { kind: 'not-deleted'; title: string };

/** What one write does to the database, decided inside its transaction. */
export type WritePlan = {
  /** The record to put for the story, 'delete' to delete it, or null to leave it alone. */
  write: StoredStory | 'delete' | null;
  /** What the database holds for the story afterwards (null: no readable story). */
  after: StoredStory | null;
  conflict: WriteConflict | null;
  /** The record replaced was damaged (an import of the story overwrote it). */
  replacedDamaged: boolean;
};

export type WritePlanInput = {
  /** What the database holds under the story's id now (undefined: nothing). */
  record: unknown;
  /** This tab's changes to the story, oldest first. */
  batch: readonly QueuedChange[];
  /** The revision this tab last read or wrote (null: it never saw the story stored). */
  knownRevision: number | null;
  /** This tab's own version of the story (its last copy with the batch applied). */
  mine: LibraryStory | null;
  /** An id and a time for a copy, should both versions have to be kept. */
  copy: { id: string; at: string };
};

/** This tab's version as a story of its own, so that nothing of it is lost. */
function copyOf(mine: LibraryStory, copy: WritePlanInput['copy']): StoredStory {
  return {
    story: {
      ...mine,
      id: copy.id,
      title: `${storyHeading(mine)} (copy)`,
      createdAt: copy.at,
      updatedAt: copy.at,
    },
    revision: 1,
    lastChanges: [],
  };
}

/**
 * Decides a write from what is stored now, so that a tab never overwrites a newer revision.
 * The revision rule: every write reads the stored record and writes revision + 1 in one
 * transaction, applying this tab's changes (what the reader meant) to the story as stored.
 * The merge rule: each change is applied in order, and the first that cannot be stops the
 * write there:
 *
 * - the story was deleted elsewhere: nothing is written; the tab keeps its copy to restore;
 * - it cannot be combined (an edited article was removed, an added one no longer fits, another
 *   story holds the id): the changes before it are stored, and the tab's whole version is kept
 *   beside it as a copy with a new id;
 * - a delete, when the story changed elsewhere since the tab last saw it: refused.
 *
 * A change the record says it already has (a tab's change replayed after a reload) is skipped,
 * and changes that end in deleting the story do not fail for finding it gone.
 *
 * @example planWrite({ record: stored, batch: [rename], knownRevision: 3, mine, copy }).write.revision // stored revision + 1
 */
export function planWrite(input: WritePlanInput): WritePlan {
  const { record, batch, knownRevision, mine } = input;
  const read = record === undefined ? null : readStoredRecord(record);
  const stored = read?.ok ? read.stored : null;
  const damaged = read !== null && !read.ok;

  let story = stored?.story ?? null;
  let lastChanges = stored?.lastChanges ?? [];
  let changed = false;
  let conflict: WriteConflict | null = null;
  for (const [index, queued] of batch.entries()) {
    const { change } = queued;
    if (queued.seq <= lastChangeOf(lastChanges, queued.tab)) continue;
    if (
      change.kind === 'delete' &&
      stored !== null &&
      knownRevision !== null &&
      stored.revision > knownRevision
    ) {
      conflict = { kind: 'not-deleted', title: storyHeading(stored.story) };
      break;
    }
    const result = applyChange(story, change);
    if (result.ok) {
      story = result.story;
      lastChanges = withLastChange(lastChanges, queued.tab, queued.seq);
      changed = true;
      continue;
    }
    if (result.conflict.kind === 'deleted' && !damaged) {
      // Gone because this batch deletes it (before, or after: a delete replayed after a reload).
      if (changed || batch.slice(index + 1).some((q) => q.change.kind === 'delete')) continue;
      conflict = { kind: 'deleted-elsewhere', mine };
      break;
    }
    if (mine) {
      const reason = damaged
        ? 'the stored copy could not be read'
        : describeConflict(result.conflict, mine);
      const title = storyHeading(story ?? mine);
      conflict = { kind: 'kept-both', reason, title, copy: copyOf(mine, input.copy) };
    }
    break;
  }

  let write: WritePlan['write'] = null;
  if (changed && story !== null) {
    write = { story, revision: (stored?.revision ?? 0) + 1, lastChanges };
  } else if (changed && (stored !== null || damaged)) {
    write = 'delete';
  }
  const after = changed ? (write === 'delete' ? null : write) : stored;
  return { write, after, conflict, replacedDamaged: damaged && write !== null };
}
