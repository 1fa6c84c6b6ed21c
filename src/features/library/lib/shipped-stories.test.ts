import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHIPPED_STORIES, shippedStory, shippedStoryFiles } from './shipped-stories';

describe('shipped stories', () => {
  it('list every bundled corpus story with all its articles', () => {
    const root = 'src/features/library/shipped/ecb';
    const folders = readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory());
    expect(folders.length).toBeGreaterThan(0);
    expect(SHIPPED_STORIES.map((s) => s.folder).sort()).toEqual(folders.map((f) => f.name).sort());
    for (const story of SHIPPED_STORIES) {
      const files = readdirSync(`${root}/${story.folder}`).filter((f) => f.endsWith('.txt'));
      expect(story.articles.map((a) => a.file).sort()).toEqual(files.sort());
      expect(story.title.length).toBeGreaterThan(5);
    }
  });

  it('resolve each article to a bundled file', () => {
    const story = shippedStory('ecb:1-ecbplus');
    expect(story).toBeDefined();
    if (!story) return;
    const files = shippedStoryFiles(story);
    expect(files.map((f) => f.file)).toEqual(story.articles.map((a) => a.file));
    for (const f of files) expect(f.url).toMatch(/1_\d+ecbplus\.txt/);
    expect(() => shippedStoryFiles(story, {})).toThrow(/built without 1-ecbplus\//);
  });

  it('keep the article addresses the credit needs', () => {
    const withUrl = SHIPPED_STORIES.flatMap((s) => s.articles).filter((a) => a.url);
    expect(withUrl.length).toBeGreaterThan(20);
    for (const a of withUrl) expect(a.url).toMatch(/^https?:\/\//);
  });
});
