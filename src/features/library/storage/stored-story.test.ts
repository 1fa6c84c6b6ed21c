import { describe, expect, it } from 'vitest';
import { testArticle, testStory } from '../lib/test-story';
import { lastChangeOf, readStoredRecord, toRecord, withLastChange } from './stored-story';

const story = testStory([testArticle('a-1', '<p>Kept as given</p>')]);

describe('readStoredRecord', () => {
  it('reads a record from before revisions as revision 0, losing nothing', () => {
    expect(readStoredRecord({ ...story })).toEqual({
      ok: true,
      stored: { story, revision: 0, lastChanges: [] },
    });
  });

  it('reads back what it writes', () => {
    const stored = { story, revision: 7, lastChanges: [['tab-a', 3]] as [string, number][] };
    expect(readStoredRecord(structuredClone(toRecord(stored)))).toEqual({ ok: true, stored });
  });

  it('names a damaged record by the id it still carries', () => {
    expect(readStoredRecord({ ...story, revision: -1 })).toMatchObject({ ok: false, id: story.id });
    expect(readStoredRecord({ ...story, revision: '2' })).toMatchObject({ ok: false });
    expect(readStoredRecord({ ...story, lastChanges: [['a']] })).toMatchObject({ ok: false });
    expect(readStoredRecord({ id: 'user:hhhh8888', title: 42 })).toMatchObject({
      ok: false,
      id: 'user:hhhh8888',
    });
    expect(readStoredRecord('text')).toMatchObject({ ok: false, id: null });
  });
});

describe('withLastChange', () => {
  it('moves the tab to the end and remembers the most recent tabs only', () => {
    expect(
      withLastChange(
        [
          ['a', 3],
          ['b', 1],
        ],
        'a',
        4,
      ),
    ).toEqual([
      ['b', 1],
      ['a', 4],
    ]);
    let list: [string, number][] = [];
    for (let i = 0; i < 40; i++) list = withLastChange(list, `tab-${i}`, 1);
    expect(list).toHaveLength(32);
    expect(lastChangeOf(list, 'tab-39')).toBe(1);
    expect(lastChangeOf(list, 'tab-0')).toBe(0);
  });
});
