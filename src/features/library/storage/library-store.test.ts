import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { testArticle, testStory } from '../lib/test-story';
import type { LibraryDb } from './library-db';
import { openLibraryDb, StorageUnavailableError } from './library-db';
import { createLibraryStore } from './library-store';

let n = 0;
const freshName = () => `parallax-store-test-${++n}`;
const story = (id: string, updatedAt = '2024-05-01T10:00:00.000Z') =>
  testStory([testArticle('a-1', `Text of ${id}.`)], { id: `user:${id}`, title: id, updatedAt });

/** A database that fails every write while `failing` is set, and counts what it stored. */
function flakyDb(): LibraryDb & { failing: boolean; stored: Map<string, unknown> } {
  const stored = new Map<string, unknown>();
  return {
    failing: true,
    stored,
    listRecords: () => Promise.resolve([...stored.values()]),
    putStory(s) {
      if (this.failing) return Promise.reject(new DOMException('Quota', 'QuotaExceededError'));
      stored.set(s.id, s);
      return Promise.resolve();
    },
    deleteStory(id) {
      stored.delete(id);
      return Promise.resolve();
    },
  };
}

describe('createLibraryStore', () => {
  it('keeps a story across a reload of the page (a new store over the same database)', async () => {
    const name = freshName();
    const first = createLibraryStore(() => openLibraryDb(name));
    await first.load();
    first.save(story('aaaa1111'));
    first.save(story('bbbb2222', '2024-05-02T10:00:00.000Z'));
    await first.settled();
    expect(first.getSnapshot().storage).toEqual({ state: 'saved' });

    const reloaded = createLibraryStore(() => openLibraryDb(name));
    await reloaded.load();
    expect(reloaded.getSnapshot().stories.map((s) => s.title)).toEqual(['bbbb2222', 'aaaa1111']);
  });

  it('stores the latest of quick successive changes, and deletions', async () => {
    const name = freshName();
    const store = createLibraryStore(() => openLibraryDb(name));
    await store.load();
    const s = story('cccc3333');
    store.save(s);
    store.save({ ...s, title: 'second' });
    store.save({ ...s, title: 'third' });
    store.save(story('dddd4444'));
    store.remove('user:dddd4444');
    await store.settled();
    const records = await (await openLibraryDb(name)).listRecords();
    expect(records).toEqual([{ ...s, title: 'third' }]);
    expect(store.hasUnsavedChanges()).toBe(false);
  });

  it('shows a failed write, keeps the work in memory and stores it on retry', async () => {
    const db = flakyDb();
    const store = createLibraryStore(() => Promise.resolve(db));
    await store.load();
    store.save(story('eeee5555'));
    await store.settled();
    const snapshot = store.getSnapshot();
    expect(snapshot.storage).toEqual({
      state: 'failed',
      message: 'The browser’s storage for this site is full.',
    });
    expect(snapshot.stories.map((s) => s.id)).toEqual(['user:eeee5555']);
    expect(store.hasUnsavedChanges()).toBe(true);
    db.failing = false;
    store.retry();
    await store.settled();
    expect(store.getSnapshot().storage).toEqual({ state: 'saved' });
    expect([...db.stored.keys()]).toEqual(['user:eeee5555']);
  });

  it('works in memory when there is no storage at all, and says so', async () => {
    const store = createLibraryStore(() =>
      Promise.reject(new StorageUnavailableError('No storage here.')),
    );
    await store.load();
    store.save(story('ffff6666'));
    expect(store.getSnapshot()).toMatchObject({
      loaded: true,
      storage: { state: 'unavailable', message: 'No storage here.' },
      stories: [{ id: 'user:ffff6666' }],
    });
  });

  it('keeps a change made before storage answered, and skips unreadable records', async () => {
    const db = flakyDb();
    db.failing = false;
    db.stored.set('user:gggg7777', { ...story('gggg7777'), title: 'stored' });
    db.stored.set('broken', { id: 'broken' });
    const store = createLibraryStore(() => Promise.resolve(db));
    const loading = store.load();
    store.save({ ...story('gggg7777'), title: 'edited' });
    await loading;
    await store.settled();
    expect(store.getSnapshot()).toMatchObject({
      unreadable: 1,
      unreadableIds: ['broken'],
      stories: [{ title: 'edited' }],
    });
    expect(db.stored.get('user:gggg7777')).toMatchObject({ title: 'edited' });
  });

  it('names the damaged records it leaves alone, until a story of that id replaces one', async () => {
    const db = flakyDb();
    db.failing = false;
    db.stored.set('user:hhhh8888', { id: 'user:hhhh8888', title: 42 });
    db.stored.set('no-id', { title: 'no id at all' });
    const store = createLibraryStore(() => Promise.resolve(db));
    await store.load();
    expect(store.getSnapshot()).toMatchObject({ unreadable: 2, unreadableIds: ['user:hhhh8888'] });
    expect(db.stored.get('user:hhhh8888')).toEqual({ id: 'user:hhhh8888', title: 42 });

    store.save(story('hhhh8888'));
    await store.settled();
    expect(store.getSnapshot()).toMatchObject({ unreadable: 1, unreadableIds: [] });
    expect(db.stored.get('user:hhhh8888')).toMatchObject({
      id: 'user:hhhh8888',
      title: 'hhhh8888',
    });
  });

  it('tells subscribers about every change', async () => {
    const store = createLibraryStore(() => openLibraryDb(freshName()));
    let calls = 0;
    const unsubscribe = store.subscribe(() => calls++);
    await store.load();
    store.save(story('hhhh8888'));
    await store.settled();
    unsubscribe();
    expect(calls).toBeGreaterThanOrEqual(3);
    const before = calls;
    store.save(story('iiii9999'));
    expect(calls).toBe(before);
  });
});
