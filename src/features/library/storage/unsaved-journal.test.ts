import { describe, expect, it } from 'vitest';
import { testArticle } from '../lib/test-story';
import { openUnsavedJournal } from './unsaved-journal';
import type { JournalStorage } from './unsaved-journal';
import type { QueuedChange } from './write-plan';

/** A Web Storage area in memory. */
function memoryStorage(): JournalStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    get length() {
      return items.size;
    },
    key: (i) => [...items.keys()][i] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

const at = '2024-05-02T08:00:00.000Z';
const change = (seq: number, title: string): QueuedChange => ({
  storyId: 'user:0123456789abcdef',
  tab: 'tab-a',
  seq,
  change: { kind: 'rename', title, at },
});

describe('openUnsavedJournal', () => {
  it('gives the next page what a tab left, and forgets it once released', () => {
    const storage = memoryStorage();
    const added: QueuedChange = {
      storyId: 'user:0123456789abcdef',
      tab: 'tab-b',
      seq: 1,
      change: { kind: 'add-article', article: testArticle('x', '<b>X</b>'), at },
    };
    expect(openUnsavedJournal(storage).keep('tab-a', [change(1, 'One'), change(2, 'Two')])).toBe(
      true,
    );
    expect(openUnsavedJournal(storage).keep('tab-b', [added])).toBe(true);

    const next = openUnsavedJournal(storage).read();
    expect(next.changes).toEqual([change(1, 'One'), change(2, 'Two'), added]);
    next.release();
    expect(storage.items.size).toBe(0);
  });

  it('leaves an entry its tab wrote again after it was read', () => {
    const storage = memoryStorage();
    const journal = openUnsavedJournal(storage);
    journal.keep('tab-a', [change(1, 'One')]);
    const read = journal.read();
    journal.keep('tab-a', [change(1, 'One'), change(2, 'Two')]);
    read.release();
    expect(journal.read().changes).toHaveLength(2);
    journal.clear('tab-a');
    expect(storage.items.size).toBe(0);
  });

  it('skips what cannot be read, and says when it could not keep anything', () => {
    const storage = memoryStorage();
    storage.setItem('parallax-library-unsaved:x', '{not json');
    storage.setItem(
      'parallax-library-unsaved:y',
      JSON.stringify({
        format: 'parallax-unsaved-changes',
        version: 1,
        keptAt: 1,
        changes: [change(1, 'Fine'), { ...change(2, 'x'), change: { kind: 'rename' } }],
      }),
    );
    storage.setItem('other-app', 'untouched');
    expect(openUnsavedJournal(storage).read().changes).toEqual([change(1, 'Fine')]);

    const full = {
      ...memoryStorage(),
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(openUnsavedJournal(full).keep('tab-a', [change(1, 'One')])).toBe(false);
    expect(openUnsavedJournal(null).keep('tab-a', [change(1, 'One')])).toBe(false);
    expect(openUnsavedJournal(null).read().changes).toEqual([]);
  });
});
