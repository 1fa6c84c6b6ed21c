import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LibraryStory } from '../lib/library-types';
import { testArticle, testStory } from '../lib/test-story';
import { openLibraryChannel } from './library-channel';
import type { LibraryDb } from './library-db';
import { openLibraryDb, StorageUnavailableError } from './library-db';
import { createLibraryStore } from './library-store';
import type { LibraryStore } from './library-store';
import { openUnsavedJournal } from './unsaved-journal';
import type { JournalStorage } from './unsaved-journal';

let n = 0;
const freshName = () => `parallax-store-test-${++n}`;
const at = '2024-05-02T08:00:00.000Z';
const story = (id: string, updatedAt = '2024-05-01T10:00:00.000Z') =>
  testStory([testArticle('a-1', `Text of ${id}.`)], { id: `user:${id}`, title: id, updatedAt });
const article = (id: string) => testArticle(id, `Article ${id}.`);

const open: LibraryStore[] = [];
afterEach(() => {
  for (const store of open.splice(0)) store.close();
});

/** A tab: a store over the database `name`, told of other tabs' writes unless `stale`. */
async function tab(name: string, options: { stale?: boolean; journal?: JournalStorage } = {}) {
  const store = createLibraryStore({
    openDb: () => openLibraryDb(name),
    channel: options.stale ? null : openLibraryChannel(name),
    journal: options.journal ? openUnsavedJournal(options.journal) : null,
  });
  open.push(store);
  await store.load();
  return store;
}

const shown = (store: LibraryStore, id: string): LibraryStory | undefined =>
  store.getSnapshot().stories.find((s) => s.id === id);

async function stored(name: string, id: string) {
  return (await openLibraryDb(name)).readRecord(id) as Promise<Record<string, unknown>>;
}

/** A database in memory that fails every write while `failing` is set. */
function flakyDb(): LibraryDb & { failing: boolean; records: Map<string, unknown> } {
  const records = new Map<string, unknown>();
  return {
    failing: true,
    records,
    listRecords: () => Promise.resolve([...records.values()]),
    readRecord: (id) => Promise.resolve(records.get(id)),
    updateRecord(id, decide) {
      if (this.failing) return Promise.reject(new DOMException('Quota', 'QuotaExceededError'));
      const update = decide(records.get(id));
      for (const record of update.put) records.set(record.id, record);
      if (update.remove) records.delete(id);
      return Promise.resolve(update.result);
    },
  };
}

/** A Web Storage area in memory. */
function memoryStorage(): JournalStorage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (i) => [...items.keys()][i] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

describe('createLibraryStore', () => {
  it('keeps stories across a reload of the page (a new store over the same database)', async () => {
    const name = freshName();
    const first = await tab(name);
    first.create(story('aaaa1111'));
    first.create(story('bbbb2222', '2024-05-02T10:00:00.000Z'));
    await first.settled();
    expect(first.getSnapshot().storage).toEqual({ state: 'saved' });
    expect(first.hasUnsavedChanges()).toBe(false);

    const reloaded = await tab(name);
    expect(reloaded.getSnapshot().stories.map((s) => s.title)).toEqual(['bbbb2222', 'aaaa1111']);
  });

  it('shows a change at once and stores quick successive changes and deletions', async () => {
    const name = freshName();
    const store = await tab(name);
    const s = story('cccc3333');
    store.create(s);
    store.change(s.id, { kind: 'rename', title: 'second', at });
    store.change(s.id, { kind: 'rename', title: 'third', at });
    expect(shown(store, s.id)?.title).toBe('third');
    store.create(story('dddd4444'));
    store.remove('user:dddd4444');
    await store.settled();
    const records = await (await openLibraryDb(name)).listRecords();
    expect(records).toEqual([
      expect.objectContaining({ id: s.id, title: 'third', articles: s.articles }),
    ]);
    expect(store.hasUnsavedChanges()).toBe(false);
  });

  it('refuses a change that does not apply to the story shown, and stores nothing', async () => {
    const store = await tab(freshName());
    const outcome = store.change('user:none0000', { kind: 'rename', title: 'x', at });
    expect(outcome).toEqual({ ok: false, conflict: { kind: 'deleted' } });
    expect(store.hasUnsavedChanges()).toBe(false);
  });

  for (const order of ['A first', 'B first'] as const) {
    it(`keeps both articles when two tabs add one to a story (${order}), even a stale tab`, async () => {
      const name = freshName();
      const a = await tab(name, { stale: true });
      const s = story('eeee5555');
      a.create(s);
      await a.settled();
      const b = await tab(name, { stale: true });
      const [first, second] = order === 'A first' ? [a, b] : [b, a];
      first.change(s.id, { kind: 'add-article', article: article('x'), at });
      await first.settled();
      // The second tab never heard of the first one's article.
      expect(shown(second, s.id)?.articles).toHaveLength(1);
      second.change(s.id, { kind: 'add-article', article: article('y'), at });
      await second.settled();
      expect(shown(second, s.id)?.articles.map((x) => x.id)).toEqual(['a-1', 'x', 'y']);
      expect(await stored(name, s.id)).toMatchObject({
        revision: 3,
        articles: [{ id: 'a-1' }, { id: 'x' }, { id: 'y' }],
      });
    });
  }

  it('shows another tab’s rename and new story without a reload', async () => {
    const name = freshName();
    const a = await tab(name);
    const b = await tab(name);
    const s = story('ffff6666');
    a.create(s);
    await vi.waitFor(() => expect(shown(b, s.id)?.title).toBe('ffff6666'));
    a.change(s.id, { kind: 'rename', title: 'Renamed in A', at });
    await vi.waitFor(() => expect(shown(b, s.id)?.title).toBe('Renamed in A'));
  });

  it('never brings back a story another tab deleted: the stale tab is told, and may restore it', async () => {
    const name = freshName();
    const a = await tab(name);
    const s = story('gggg7777');
    a.create(s);
    await a.settled();
    const b = await tab(name, { stale: true });
    a.remove(s.id);
    await a.settled();

    b.change(s.id, { kind: 'rename', title: 'Renamed in B', at });
    await b.settled();
    expect(await stored(name, s.id)).toBeUndefined();
    expect(shown(b, s.id)).toBeUndefined();
    expect(b.getSnapshot().deletedElsewhere).toEqual([
      expect.objectContaining({ id: s.id, title: 'Renamed in B', articles: s.articles }),
    ]);

    b.restore(s.id);
    await b.settled();
    expect(b.getSnapshot().deletedElsewhere).toEqual([]);
    expect(await stored(name, s.id)).toMatchObject({ title: 'Renamed in B', revision: 1 });
    expect(shown(await tab(name), s.id)?.title).toBe('Renamed in B');
  });

  it('tells a tab that shows a story when another tab deletes it', async () => {
    const name = freshName();
    const a = await tab(name);
    const b = await tab(name);
    const s = story('hhhh8888');
    a.create(s);
    await vi.waitFor(() => expect(shown(b, s.id)).toBeDefined());
    a.remove(s.id);
    await vi.waitFor(() =>
      expect(b.getSnapshot().deletedElsewhere.map((x) => x.id)).toEqual([s.id]),
    );
    expect(shown(b, s.id)).toBeUndefined();
  });

  it('keeps both versions when a change cannot be combined, and says so', async () => {
    const name = freshName();
    const a = await tab(name, { stale: true });
    const s = { ...story('iiii9999'), articles: [article('x'), article('y')] };
    a.create(s);
    await a.settled();
    const b = await tab(name, { stale: true });
    a.change(s.id, { kind: 'remove-article', articleId: 'y', at });
    await a.settled();
    b.change(s.id, { kind: 'edit-article', articleId: 'y', edit: { outlet: 'Wire' }, at });
    await b.settled();

    const { notices, stories } = b.getSnapshot();
    const copy = stories.find((x) => x.title === 'iiii9999 (copy)');
    expect(copy?.articles.map((x) => [x.id, x.outlet])).toEqual([
      ['x', null],
      ['y', 'Wire'],
    ]);
    expect(shown(b, s.id)?.articles.map((x) => x.id)).toEqual(['x']);
    expect(notices).toEqual([
      {
        id: 1,
        text: 'Another tab changed “iiii9999”, and this tab’s changes could not be combined with it: the article “Title y” you edited was removed there. Both versions are kept: this tab’s is now “iiii9999 (copy)”.',
        open: { storyId: copy?.id, label: 'Open “iiii9999 (copy)”' },
      },
    ]);
    b.dismissNotice(1);
    expect(b.getSnapshot().notices).toEqual([]);
    expect(await stored(name, copy?.id ?? '')).toMatchObject({ revision: 1 });
  });

  it('does not delete a story another tab changed since this tab last saw it', async () => {
    const name = freshName();
    const a = await tab(name, { stale: true });
    const s = story('jjjj0000');
    a.create(s);
    await a.settled();
    const b = await tab(name, { stale: true });
    a.change(s.id, { kind: 'add-article', article: article('x'), at });
    await a.settled();
    b.remove(s.id);
    await b.settled();
    expect(await stored(name, s.id)).toMatchObject({ articles: [{ id: 'a-1' }, { id: 'x' }] });
    expect(shown(b, s.id)?.articles).toHaveLength(2);
    expect(b.getSnapshot().notices[0]?.text).toMatch(/^“jjjj0000” was not deleted: another tab/);
  });

  it('reads stories stored before revisions, and edits them without losing anything', async () => {
    const name = freshName();
    const old = { ...story('kkkk1111'), articles: [article('x'), article('y')] };
    // What the previous version wrote: the story's fields and nothing else.
    await (
      await openLibraryDb(name)
    ).updateRecord(old.id, () => ({
      put: [{ ...old }],
      remove: false,
      result: undefined,
    }));
    const store = await tab(name);
    expect(shown(store, old.id)).toEqual(old);
    store.change(old.id, { kind: 'rename', title: 'Upgraded', at });
    await store.settled();
    expect(await stored(name, old.id)).toEqual({
      ...old,
      title: 'Upgraded',
      updatedAt: at,
      revision: 1,
      lastChanges: [[expect.any(String), 1]],
    });
  });

  it('keeps a rename made just before the page went away (the journal), and applies it once', async () => {
    const name = freshName();
    const journal = memoryStorage();
    const s = { ...story('llll2222'), articles: [article('x'), article('y')] };
    const setup = await tab(name);
    setup.create(s);
    await setup.settled();

    // The page goes away while its write is on its way: the write never lands.
    const lost = createLibraryStore({
      openDb: async () => {
        const db = await openLibraryDb(name);
        return { ...db, updateRecord: () => new Promise<never>(() => undefined) };
      },
      journal: openUnsavedJournal(journal),
    });
    await lost.load();
    lost.change(s.id, { kind: 'rename', title: 'Renamed', at });
    expect(lost.hasUnsavedChanges()).toBe(true);
    expect(lost.keepUnsaved()).toBe(true);

    const reloaded = await tab(name, { journal });
    await reloaded.settled();
    expect(shown(reloaded, s.id)?.title).toBe('Renamed');
    expect(await stored(name, s.id)).toMatchObject({ title: 'Renamed' });
    expect(journal.length).toBe(0);

    // This time the write lands too, and the journal is replayed: the move happens once.
    const landed = await tab(name, { journal });
    landed.change(s.id, { kind: 'move-article', articleId: 'y', offset: -1, at });
    expect(landed.keepUnsaved()).toBe(true);
    await landed.settled();
    const again = await tab(name, { journal });
    await again.settled();
    expect(shown(again, s.id)?.articles.map((x) => x.id)).toEqual(['y', 'x']);
  });

  it('shows a failed write, keeps the work in memory and stores it on retry', async () => {
    const db = flakyDb();
    const store = createLibraryStore({ openDb: () => Promise.resolve(db) });
    await store.load();
    store.create(story('mmmm3333'));
    await store.settled();
    const snapshot = store.getSnapshot();
    expect(snapshot.storage).toEqual({
      state: 'failed',
      message: 'The browser’s storage for this site is full.',
    });
    expect(snapshot.stories.map((s) => s.id)).toEqual(['user:mmmm3333']);
    expect(store.hasUnsavedChanges()).toBe(true);
    expect(store.keepUnsaved()).toBe(false);
    db.failing = false;
    store.retry();
    await store.settled();
    expect(store.getSnapshot().storage).toEqual({ state: 'saved' });
    expect([...db.records.keys()]).toEqual(['user:mmmm3333']);
  });

  it('works in memory when there is no storage at all, and says so', async () => {
    const store = createLibraryStore({
      openDb: () => Promise.reject(new StorageUnavailableError('No storage here.')),
    });
    const s = story('nnnn4444');
    store.create(s);
    await store.load();
    store.change(s.id, { kind: 'rename', title: 'Still here', at });
    expect(store.getSnapshot()).toMatchObject({
      loaded: true,
      storage: { state: 'unavailable', message: 'No storage here.' },
      stories: [{ id: 'user:nnnn4444', title: 'Still here' }],
    });
    expect(store.hasUnsavedChanges()).toBe(true);
    expect(store.keepUnsaved()).toBe(false);
  });

  it('keeps a story made before storage answered', async () => {
    const db = flakyDb();
    db.failing = false;
    const store = createLibraryStore({ openDb: () => Promise.resolve(db) });
    const loading = store.load();
    store.create(story('oooo5555'));
    await loading;
    await store.settled();
    expect(store.getSnapshot().stories.map((s) => s.id)).toEqual(['user:oooo5555']);
    expect(db.records.get('user:oooo5555')).toMatchObject({ revision: 1 });
  });

  it('names the damaged records it leaves alone, until an import of that id replaces one', async () => {
    const db = flakyDb();
    db.failing = false;
    db.records.set('user:pppp6666', { id: 'user:pppp6666', title: 42 });
    db.records.set('no-id', { title: 'no id at all' });
    const store = createLibraryStore({ openDb: () => Promise.resolve(db) });
    await store.load();
    expect(store.getSnapshot()).toMatchObject({ unreadable: 2, unreadableIds: ['user:pppp6666'] });
    expect(db.records.get('user:pppp6666')).toEqual({ id: 'user:pppp6666', title: 42 });

    store.create(story('pppp6666'));
    await store.settled();
    expect(store.getSnapshot()).toMatchObject({ unreadable: 1, unreadableIds: [] });
    expect(db.records.get('user:pppp6666')).toMatchObject({ title: 'pppp6666', revision: 1 });
  });

  it('tells subscribers about every change', async () => {
    const store = createLibraryStore({ openDb: () => openLibraryDb(freshName()) });
    open.push(store);
    let calls = 0;
    const unsubscribe = store.subscribe(() => calls++);
    await store.load();
    store.create(story('qqqq7777'));
    await store.settled();
    unsubscribe();
    expect(calls).toBeGreaterThanOrEqual(3);
    const before = calls;
    store.create(story('rrrr8888'));
    expect(calls).toBe(before);
  });
});
