import { describe, expect, it } from 'vitest';
import { MAX_ARTICLES_PER_STORY } from '../../../core/limits';
import { applyChange, applyChanges, checkChange, describeConflict } from './story-changes';
import type { StoryChange } from './story-changes';
import { testArticle, testStory } from './test-story';

const at = '2024-05-02T08:00:00.000Z';
const base = testStory([testArticle('a-1', 'One.'), testArticle('a-2', 'Two.')]);

/** The story a change leads to (fails the test when the change does not apply). */
function after(story: typeof base | null, change: StoryChange) {
  const result = applyChange(story, change);
  if (!result.ok) throw new Error(`refused: ${result.conflict.kind}`);
  return result.story;
}

describe('applyChange', () => {
  it('adds an article to the story as it is now, whatever the tab saw', () => {
    // Another tab added X; this tab, which never saw X, adds Y.
    const stored = after(base, { kind: 'add-article', article: testArticle('x', 'X.'), at });
    const merged = after(stored, { kind: 'add-article', article: testArticle('y', 'Y.'), at });
    expect(merged?.articles.map((a) => a.id)).toEqual(['a-1', 'a-2', 'x', 'y']);
    expect(merged?.updatedAt).toBe(at);
  });

  it('does not add an article twice (the same id, or the very same text)', () => {
    const again = applyChange(base, {
      kind: 'add-article',
      article: testArticle('a-1', 'One.'),
      at,
    });
    expect(again).toEqual({ ok: true, story: base });
    const sameText = applyChange(base, {
      kind: 'add-article',
      article: testArticle('z', 'Two.'),
      at,
    });
    expect(sameText).toEqual({ ok: true, story: base });
  });

  it('renumbers a pasted text whose made-up name another tab took', () => {
    const stored = testStory([testArticle('p1', 'First.', { file: 'pasted-1.txt' })]);
    const mine = testArticle('p2', 'Second.', { file: 'pasted-1.txt' });
    const merged = after(stored, { kind: 'add-article', article: mine, at });
    expect(merged?.articles.map((a) => a.file)).toEqual(['pasted-1.txt', 'pasted-2.txt']);
    const file = testArticle('f', 'Third.', { file: 'report.txt' });
    const withFile = after(testStory([testArticle('g', 'G.', { file: 'report.txt' })]), {
      kind: 'add-article',
      article: file,
      at,
    });
    expect(withFile?.articles.map((a) => a.file)).toEqual(['report.txt', 'report.txt']);
  });

  it('puts an article back at its column, clamped to the story as it is', () => {
    const story = after(base, {
      kind: 'add-article',
      article: testArticle('b', 'B.'),
      position: 0,
      at,
    });
    expect(story?.articles.map((a) => a.id)).toEqual(['b', 'a-1', 'a-2']);
    const far = after(base, {
      kind: 'add-article',
      article: testArticle('c', 'C.'),
      position: 9,
      at,
    });
    expect(far?.articles.map((a) => a.id)).toEqual(['a-1', 'a-2', 'c']);
  });

  it('says when an added article no longer fits', () => {
    const full = testStory(
      Array.from({ length: MAX_ARTICLES_PER_STORY }, (_, i) => testArticle(`f-${i}`, `Text ${i}.`)),
    );
    const result = applyChange(full, { kind: 'add-article', article: testArticle('n', 'N.'), at });
    expect(result).toMatchObject({ ok: false, conflict: { kind: 'no-room' } });
    if (!result.ok) {
      expect(describeConflict(result.conflict, full)).toBe(
        'with the articles added there, “Title n” no longer fits (a story holds at most 12 articles)',
      );
    }
  });

  it('renames the story as it is now, keeping its articles', () => {
    const stored = after(base, { kind: 'add-article', article: testArticle('x', 'X.'), at });
    const renamed = after(stored, { kind: 'rename', title: 'Harbour', at });
    expect(renamed).toMatchObject({ title: 'Harbour', updatedAt: at });
    expect(renamed?.articles).toBe(stored?.articles);
  });

  it('refuses to change a story that is gone, and never brings it back', () => {
    for (const change of [
      { kind: 'rename', title: 'Back?', at },
      { kind: 'add-article', article: testArticle('x', 'X.'), at },
      { kind: 'remove-article', articleId: 'a-1', at },
      { kind: 'move-article', articleId: 'a-1', offset: 1, at },
      { kind: 'edit-article', articleId: 'a-1', edit: { title: 'T' }, at },
    ] satisfies StoryChange[]) {
      expect(applyChange(null, change)).toEqual({ ok: false, conflict: { kind: 'deleted' } });
    }
  });

  it('treats removing or moving an article already gone as done', () => {
    expect(applyChange(base, { kind: 'remove-article', articleId: 'gone', at })).toEqual({
      ok: true,
      story: base,
    });
    expect(applyChange(base, { kind: 'move-article', articleId: 'gone', offset: -1, at })).toEqual({
      ok: true,
      story: base,
    });
  });

  it('edits only the fields changed, and refuses an edit of a removed article', () => {
    const outlet = after(base, {
      kind: 'edit-article',
      articleId: 'a-2',
      edit: { outlet: 'Herald' },
      at,
    });
    expect(outlet?.articles[1]).toMatchObject({ title: 'Title a-2', outlet: 'Herald' });
    const removed = applyChange(after(base, { kind: 'remove-article', articleId: 'a-2', at }), {
      kind: 'edit-article',
      articleId: 'a-2',
      edit: { title: 'Mine' },
      at,
    });
    expect(removed).toEqual({
      ok: false,
      conflict: { kind: 'article-removed', articleId: 'a-2' },
    });
    if (!removed.ok) {
      expect(describeConflict(removed.conflict, base)).toBe(
        'the article “Title a-2” you edited was removed there',
      );
    }
  });

  it('creates a story where there is none, or where the same story is, but not over another', () => {
    expect(after(null, { kind: 'create', story: base })).toBe(base);
    expect(after(base, { kind: 'create', story: { ...base, updatedAt: at } })).toBe(base);
    expect(applyChange(base, { kind: 'create', story: { ...base, title: 'Other' } })).toEqual({
      ok: false,
      conflict: { kind: 'exists' },
    });
  });

  it('deletes', () => {
    expect(after(base, { kind: 'delete' })).toBeNull();
    expect(after(null, { kind: 'delete' })).toBeNull();
  });
});

describe('applyChanges', () => {
  it('shows a story with pending changes, skipping those that do not apply', () => {
    const shown = applyChanges(null, [
      { kind: 'create', story: base },
      { kind: 'edit-article', articleId: 'missing', edit: { title: 'x' }, at },
      { kind: 'rename', title: 'Bridge', at },
    ]);
    expect(shown).toMatchObject({ title: 'Bridge', articles: base.articles });
  });
});

describe('checkChange', () => {
  it('reads back every kind of change as written', () => {
    const changes: StoryChange[] = [
      { kind: 'create', story: base },
      { kind: 'delete' },
      { kind: 'rename', title: 'B', at },
      { kind: 'add-article', article: testArticle('x', 'X.'), at },
      { kind: 'add-article', article: testArticle('x', 'X.'), position: 1, at },
      { kind: 'remove-article', articleId: 'a-1', at },
      { kind: 'move-article', articleId: 'a-1', offset: -1, at },
      { kind: 'edit-article', articleId: 'a-1', edit: { outlet: null, title: 'T' }, at },
    ];
    for (const change of changes) {
      expect(checkChange(JSON.parse(JSON.stringify(change)))).toEqual(change);
    }
  });

  it('refuses what is not a change', () => {
    for (const value of [
      null,
      'rename',
      { kind: 'rename', at },
      { kind: 'rename', title: 'B', at: 'yesterday' },
      { kind: 'create', story: { id: 'seed' } },
      { kind: 'add-article', article: { id: 'x' }, at },
      { kind: 'move-article', articleId: 'a', offset: 0.5, at },
      { kind: 'edit-article', articleId: 'a', edit: { source: 'evil' }, at },
      { kind: 'edit-article', articleId: 'a', edit: { title: null }, at },
      { kind: 'explode', at },
    ]) {
      expect(checkChange(value)).toBeNull();
    }
  });
});
