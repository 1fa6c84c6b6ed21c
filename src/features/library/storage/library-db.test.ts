import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { testArticle, testStory } from '../lib/test-story';
import { openLibraryDb, StorageUnavailableError } from './library-db';
import type { StoryRecord } from './library-db';

let n = 0;
const freshName = () => `parallax-library-test-${++n}`;
const put = (...records: StoryRecord[]) => ({ put: records, remove: false, result: undefined });

describe('openLibraryDb', () => {
  const saved = globalThis.indexedDB;
  afterEach(() => {
    globalThis.indexedDB = saved;
  });

  it('keeps records across connections, with HTML source intact', async () => {
    const name = freshName();
    const story = testStory([
      testArticle('a-1', '<p onclick="x()">Hi</p>'),
      testArticle('a-2', 'Two.'),
    ]);
    const first = await openLibraryDb(name);
    await first.updateRecord(story.id, () => put({ ...story, revision: 1 }));
    const second = await openLibraryDb(name);
    expect(await second.listRecords()).toEqual([{ ...story, revision: 1 }]);
    expect(await second.readRecord(story.id)).toEqual({ ...story, revision: 1 });
    expect(await second.readRecord('user:ffffffffffffffff')).toBeUndefined();
  });

  it('reads and writes a record in one transaction: concurrent updates never lose one', async () => {
    const name = freshName();
    const tabA = await openLibraryDb(name);
    const tabB = await openLibraryDb(name);
    const increment = (current: unknown) => {
      const revision = (current as { revision?: number } | undefined)?.revision ?? 0;
      return put({ id: 'user:counter00', revision: revision + 1 });
    };
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        (i % 2 ? tabA : tabB).updateRecord('user:counter00', increment),
      ),
    );
    expect(await tabA.readRecord('user:counter00')).toEqual({
      id: 'user:counter00',
      revision: 10,
    });
  });

  it('deletes the record read, and puts others beside it', async () => {
    const db = await openLibraryDb(freshName());
    await db.updateRecord('user:aaaa1111', () => put({ id: 'user:aaaa1111' }));
    const seen = await db.updateRecord('user:aaaa1111', (current) => ({
      put: [{ id: 'user:bbbb2222' }],
      remove: true,
      result: current,
    }));
    expect(seen).toEqual({ id: 'user:aaaa1111' });
    expect(await db.listRecords()).toEqual([{ id: 'user:bbbb2222' }]);
  });

  it('writes nothing when the decision throws', async () => {
    const db = await openLibraryDb(freshName());
    await expect(
      db.updateRecord('user:aaaa1111', () => {
        throw new DOMException('Quota', 'QuotaExceededError');
      }),
    ).rejects.toThrow('Quota');
    expect(await db.listRecords()).toEqual([]);
  });

  it('says storage is unavailable when the browser has no IndexedDB', async () => {
    // @ts-expect-error: simulating a browser without IndexedDB
    delete globalThis.indexedDB;
    await expect(openLibraryDb(freshName())).rejects.toBeInstanceOf(StorageUnavailableError);
  });

  it('says storage is unavailable when the browser refuses to open it', async () => {
    const refusing = {
      open() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    };
    globalThis.indexedDB = refusing as unknown as IDBFactory;
    await expect(openLibraryDb(freshName())).rejects.toThrow(
      /would not open its storage.*insecure/,
    );
  });
});
