import { describe, expect, it } from 'vitest';
import {
  addArticle,
  articleHeading,
  editArticle,
  moveArticle,
  removeArticle,
  renameStory,
  storyHeading,
} from './story-edits';
import { testArticle, testStory } from './test-story';

const NOW = '2024-06-01T00:00:00.000Z';
const story = testStory([
  testArticle('a-1', 'One.'),
  testArticle('a-2', 'Two.'),
  testArticle('a-3', 'Three.'),
]);
const order = (s: typeof story) => s.articles.map((a) => a.id);

describe('story edits', () => {
  it('append, stamp the time and leave the original alone', () => {
    const next = addArticle(story, testArticle('a-4', 'Four.'), NOW);
    expect(order(next)).toEqual(['a-1', 'a-2', 'a-3', 'a-4']);
    expect(next.updatedAt).toBe(NOW);
    expect(order(story)).toEqual(['a-1', 'a-2', 'a-3']);
  });

  it('refuse to put back an article when the story would be too large in all', () => {
    const big = (id: string) => testArticle(id, `${id} ${'word '.repeat(400_000)}`);
    const full = testStory(['b-1', 'b-2', 'b-3', 'b-4'].map(big));
    expect(() => addArticle(full, big('b-5'), NOW)).toThrow(
      /^Not added: the story is too large \(9\.5 MB in all; the limit is 8\.0 MB per story\)/,
    );
    expect(addArticle(full, testArticle('small', 'Small.'), NOW).articles).toHaveLength(5);
  });

  it('insert at a given column (undoing a removal)', () => {
    expect(order(addArticle(story, testArticle('a-0', 'Zero.'), NOW, 0))).toEqual([
      'a-0',
      'a-1',
      'a-2',
      'a-3',
    ]);
    expect(order(addArticle(story, testArticle('a-9', 'Nine.'), NOW, 99))).toEqual([
      'a-1',
      'a-2',
      'a-3',
      'a-9',
    ]);
  });

  it('refuse a thirteenth article', () => {
    const full = testStory(Array.from({ length: 12 }, (_, i) => testArticle(`a-${i}`, `${i}`)));
    expect(() => addArticle(full, testArticle('a-x', 'x'), NOW)).toThrow(/at most 12 articles/);
  });

  it('remove by id, and return the same story when the id is unknown', () => {
    expect(order(removeArticle(story, 'a-2', NOW))).toEqual(['a-1', 'a-3']);
    expect(removeArticle(story, 'nope', NOW)).toBe(story);
  });

  it('move left and right, clamped at the ends', () => {
    expect(order(moveArticle(story, 'a-3', -1, NOW))).toEqual(['a-1', 'a-3', 'a-2']);
    expect(order(moveArticle(story, 'a-1', 1, NOW))).toEqual(['a-2', 'a-1', 'a-3']);
    expect(order(moveArticle(story, 'a-1', -5, NOW))).toEqual(['a-1', 'a-2', 'a-3']);
    expect(moveArticle(story, 'a-3', 1, NOW)).toBe(story);
  });

  it('edit metadata as typed, with empty outlet and date meaning unknown', () => {
    const edited = editArticle(
      story,
      'a-2',
      { title: '', outlet: '', published: '2024-05-30' },
      NOW,
    );
    expect(edited.articles[1]).toMatchObject({ title: '', outlet: null, published: '2024-05-30' });
    expect(articleHeading(edited.articles[1] ?? testArticle('x', 'x'))).toBe('a-2.txt');
    expect(editArticle(edited, 'a-2', { published: '' }, NOW).articles[1]?.published).toBeNull();
    const addressed = editArticle(story, 'a-1', { url: 'https://example.com/one' }, NOW);
    expect(addressed.articles[0]?.url).toBe('https://example.com/one');
    expect(editArticle(addressed, 'a-1', { url: '' }, NOW).articles[0]?.url).toBeNull();
  });

  it('rename, with a heading for a blank name', () => {
    const renamed = renameStory(story, '  ', NOW);
    expect(renamed.title).toBe('  ');
    expect(storyHeading(renamed)).toBe('Untitled story');
    expect(storyHeading(renameStory(story, 'Floods', NOW))).toBe('Floods');
  });
});
