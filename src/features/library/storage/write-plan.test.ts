import { describe, expect, it } from 'vitest';
import type { LibraryStory } from '../lib/library-types';
import { applyChanges } from '../lib/story-changes';
import type { StoryChange } from '../lib/story-changes';
import { testArticle, testStory } from '../lib/test-story';
import { toRecord } from './stored-story';
import type { StoredStory } from './stored-story';
import { planWrite } from './write-plan';
import type { QueuedChange, WritePlanInput } from './write-plan';

const at = '2024-05-02T08:00:00.000Z';
const copy = { id: 'user:c0c0c0c0c0c0c0c0', at };
const base = testStory([testArticle('w', 'W.')]);
const stored = (story: LibraryStory, revision: number, lastChanges: [string, number][] = []) =>
  toRecord({ story, revision, lastChanges });

let seq = 0;
const queued = (change: StoryChange, tab = 'tab-b'): QueuedChange => ({
  storyId: base.id,
  tab,
  seq: ++seq,
  change,
});
const add = (id: string) => queued({ kind: 'add-article', article: testArticle(id, `${id}.`), at });

/** A write by a tab that last saw `known` at `knownRevision`. */
function plan(
  record: unknown,
  batch: QueuedChange[],
  known: LibraryStory | null,
  knownRevision: number | null,
  extra: Partial<WritePlanInput> = {},
) {
  const mine = applyChanges(
    known,
    batch.map((q) => q.change),
  );
  return planWrite({ record, batch, knownRevision, mine, copy, ...extra });
}

const written = (result: ReturnType<typeof planWrite>): StoredStory => {
  if (!result.write || result.write === 'delete') throw new Error('nothing written');
  return result.write;
};

describe('planWrite: the revision rule', () => {
  it('writes revision + 1 over what is stored now', () => {
    const result = plan(stored(base, 4), [add('x')], base, 4);
    expect(written(result).revision).toBe(5);
    expect(result.after).toEqual(result.write);
    expect(result.conflict).toBeNull();
  });

  it('starts a new story at revision 1, and an upgraded one (no revision: 0) at 1', () => {
    expect(
      written(plan(undefined, [queued({ kind: 'create', story: base })], null, null)).revision,
    ).toBe(1);
    const old: Record<string, unknown> = { ...base };
    const result = plan(old, [queued({ kind: 'rename', title: 'New', at })], base, 0);
    expect(written(result)).toMatchObject({
      revision: 1,
      story: { title: 'New', articles: base.articles },
    });
  });
});

describe('planWrite: the merge rule', () => {
  it('keeps both articles when two tabs add one to the same story, in either order', () => {
    // Tab A stored X (revision 2); tab B, which last saw revision 1, adds Y.
    const withX = applyChanges(base, [
      { kind: 'add-article', article: testArticle('x', 'x.'), at },
    ])!;
    const bWrites = written(plan(stored(withX, 2), [add('y')], base, 1));
    expect(bWrites.story.articles.map((a) => a.id)).toEqual(['w', 'x', 'y']);
    expect(bWrites.revision).toBe(3);
    // And the other way round.
    const withY = applyChanges(base, [
      { kind: 'add-article', article: testArticle('y', 'y.'), at },
    ])!;
    const aWrites = written(plan(stored(withY, 2), [add('x')], base, 1));
    expect(aWrites.story.articles.map((a) => a.id)).toEqual(['w', 'y', 'x']);
  });

  it('renames what is stored now, keeping another tab’s article', () => {
    const withX = applyChanges(base, [
      { kind: 'add-article', article: testArticle('x', 'x.'), at },
    ])!;
    const result = plan(stored(withX, 2), [queued({ kind: 'rename', title: 'Mine', at })], base, 1);
    expect(written(result).story).toMatchObject({ title: 'Mine', articles: withX.articles });
  });

  it('never brings back a story deleted elsewhere: nothing is written, the tab keeps its copy', () => {
    const rename = queued({ kind: 'rename', title: 'Renamed in B', at });
    const result = plan(undefined, [rename], base, 3);
    expect(result.write).toBeNull();
    expect(result.after).toBeNull();
    expect(result.conflict).toEqual({
      kind: 'deleted-elsewhere',
      mine: { ...base, title: 'Renamed in B', updatedAt: at },
    });
  });

  it('keeps both versions when a change cannot be combined, storing what merged before it', () => {
    const removedThere = { ...base, articles: [] };
    const batch = [
      queued({ kind: 'rename', title: 'Mine', at }),
      queued({ kind: 'edit-article', articleId: 'w', edit: { outlet: 'Wire' }, at }),
    ];
    const result = plan(stored(removedThere, 5), batch, base, 4);
    expect(written(result)).toMatchObject({ revision: 6, story: { title: 'Mine', articles: [] } });
    expect(result.conflict).toMatchObject({
      kind: 'kept-both',
      title: 'Mine',
      reason: 'the article “Title w” you edited was removed there',
      copy: {
        revision: 1,
        story: { id: copy.id, title: 'Mine (copy)', articles: [{ id: 'w', outlet: 'Wire' }] },
      },
    });
  });

  it('keeps an import beside a different story saved under its id first', () => {
    const other = { ...base, title: 'Other' };
    const result = plan(stored(other, 1), [queued({ kind: 'create', story: base })], null, null);
    expect(result.write).toBeNull();
    expect(result.conflict).toMatchObject({
      kind: 'kept-both',
      reason: 'another story with the same id was saved there first',
      copy: { story: { id: copy.id, title: 'Bridge closure (copy)' } },
    });
  });

  it('refuses a delete when the story changed elsewhere since the tab saw it', () => {
    const result = plan(stored(base, 5), [queued({ kind: 'delete' })], base, 4);
    expect(result).toMatchObject({
      write: null,
      conflict: { kind: 'not-deleted', title: 'Bridge closure' },
    });
    expect(plan(stored(base, 4), [queued({ kind: 'delete' })], base, 4).write).toBe('delete');
  });

  it('overwrites a damaged record with an import of the story, and says so', () => {
    const result = plan(
      { id: base.id, title: 42 },
      [queued({ kind: 'create', story: base })],
      null,
      null,
    );
    expect(written(result)).toMatchObject({ revision: 1, story: base });
    expect(result.replacedDamaged).toBe(true);
  });
});

describe('planWrite: changes replayed after a reload', () => {
  it('skips changes the record already has, so none is applied twice', () => {
    const move = queued({ kind: 'move-article', articleId: 'y', offset: -1, at }, 'tab-a');
    const story = testStory([testArticle('x', 'x.'), testArticle('y', 'y.')]);
    const once = written(plan(stored(story, 1), [move], story, 1));
    expect(once.story.articles.map((a) => a.id)).toEqual(['y', 'x']);
    const replayed = plan(toRecord(once), [move], story, 2);
    expect(replayed).toMatchObject({ write: null, conflict: null });
  });

  it('does not report a delete the same batch already made as a delete elsewhere', () => {
    const batch = [queued({ kind: 'rename', title: 'Gone', at }), queued({ kind: 'delete' })];
    expect(plan(undefined, batch, base, 3)).toMatchObject({ write: null, conflict: null });
  });
});
