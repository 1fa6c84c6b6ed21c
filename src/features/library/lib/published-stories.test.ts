import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  PUBLISHED_STORIES,
  PUBLISHING_PROBLEMS,
  publishedStories,
  publishedStory,
} from './published-stories';

describe('the stories published with the app', () => {
  it('are every folder of stories/, with all their articles, and no folder refused', () => {
    const folders = readdirSync('stories', { withFileTypes: true }).filter((e) => e.isDirectory());
    expect(PUBLISHING_PROBLEMS).toEqual([]);
    expect(PUBLISHED_STORIES.map((s) => s.slug).sort()).toEqual(folders.map((f) => f.name).sort());
    for (const story of PUBLISHED_STORIES) {
      expect(story.files.length).toBe(story.articles.length);
      for (const file of story.files) expect(file.url).not.toBe('');
      expect(story.register, story.slug).not.toBeNull();
    }
  });

  it('keep the ids links have used for the ECB+ stories, in topic order', () => {
    const story = publishedStory('ecb:1-ecbplus');
    expect(story?.title).toBe('Lindsay Lohan Leaves Betty Ford, Checks Into Malibu Rehab');
    expect(story?.files.map((f) => f.file)).toEqual([
      '1_1ecbplus.txt',
      '1_21ecbplus.txt',
      '1_8ecbplus.txt',
      '1_9ecbplus.txt',
    ]);
    const ecb = PUBLISHED_STORIES.filter((s) => s.id.startsWith('ecb:')).map((s) => s.id);
    expect(ecb.slice(0, 3)).toEqual(['ecb:1-ecb', 'ecb:1-ecbplus', 'ecb:2-ecb']);
    expect(ecb).toHaveLength(28);
  });

  it('keep the credit, the licence and the article addresses', () => {
    const withAddress = PUBLISHED_STORIES.flatMap((s) => s.articles).filter((a) => a.address);
    expect(withAddress.length).toBeGreaterThan(20);
    for (const story of PUBLISHED_STORIES.filter((s) => s.id.startsWith('ecb:'))) {
      expect(story.credit).toContain('ECB+ corpus');
      expect(story.licence?.url).toMatch(/creativecommons\.org/);
    }
  });
});

describe('publishedStories', () => {
  it('lists a folder by its manifest, or its files by name without a list', () => {
    const { stories, problems } = publishedStories(
      { '/stories/bridge-2024/story.json': { title: 'Bridge' } },
      { '/stories/bridge-2024/b.html': 'u-b', '/stories/bridge-2024/a.txt': 'u-a' },
      { '/stories/bridge-2024/passages.json': 'u-r' },
    );
    expect(problems).toEqual([]);
    expect(stories).toEqual([
      expect.objectContaining({
        id: 'bridge-2024',
        title: 'Bridge',
        files: [
          { file: 'a.txt', url: 'u-a' },
          { file: 'b.html', url: 'u-b' },
        ],
        register: 'u-r',
      }),
    ]);
  });

  it('refuses a folder it cannot read, or a second folder with one id, naming it', () => {
    const { stories, problems } = publishedStories(
      {
        '/stories/no-title/story.json': {},
        '/stories/one/story.json': { title: 'One', id: 'same' },
        '/stories/two/story.json': { title: 'Two', id: 'same' },
      },
      { '/stories/one/a.txt': 'u', '/stories/two/a.txt': 'u', '/stories/no-title/a.txt': 'u' },
      {},
    );
    expect(stories.map((s) => s.slug)).toEqual(['one']);
    expect(problems).toEqual([
      'stories/no-title: story.json needs a "title".',
      'stories/two: another folder already has the id "same".',
    ]);
  });
});
