import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { testArticle, testStory } from '../lib/test-story';
import { openLibraryDb, StorageUnavailableError } from './library-db';

let n = 0;
const freshName = () => `parallax-library-test-${++n}`;

describe('openLibraryDb', () => {
  const saved = globalThis.indexedDB;
  afterEach(() => {
    globalThis.indexedDB = saved;
  });

  it('keeps stories across connections, with HTML source intact', async () => {
    const name = freshName();
    const story = testStory([
      testArticle('a-1', '<p onclick="x()">Hi</p>'),
      testArticle('a-2', 'Two.'),
    ]);
    const first = await openLibraryDb(name);
    await first.putStory(story);
    const second = await openLibraryDb(name);
    expect(await second.listRecords()).toEqual([story]);
  });

  it('replaces a story saved again and deletes by id', async () => {
    const db = await openLibraryDb(freshName());
    const story = testStory([testArticle('a-1', 'One.')]);
    const other = testStory([], { id: 'user:ffffffffffffffff', title: 'Other' });
    await db.putStory(story);
    await db.putStory(other);
    await db.putStory({ ...story, title: 'Renamed' });
    const titles = (await db.listRecords()).map((r) => (r as { title: string }).title).sort();
    expect(titles).toEqual(['Other', 'Renamed']);
    await db.deleteStory(story.id);
    expect(await db.listRecords()).toEqual([other]);
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
