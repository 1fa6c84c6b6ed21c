import { describe, expect, it } from 'vitest';
import {
  checkArticleCount,
  checkStoryLimits,
  MAX_ARTICLE_BYTES,
  MAX_ARTICLES_PER_STORY,
  MAX_STORY_BYTES,
  STORY_LIMITS,
  utf8Bytes,
} from './limits';

const MB = 1024 * 1024;

describe('story limits', () => {
  it('shares the per-article limit with input decoding', () => {
    expect(STORY_LIMITS).toEqual({
      articleBytes: MAX_ARTICLE_BYTES,
      articles: MAX_ARTICLES_PER_STORY,
      storyBytes: MAX_STORY_BYTES,
    });
    expect(MAX_STORY_BYTES).toBeGreaterThan(MAX_ARTICLE_BYTES);
  });

  it('needs one to twelve articles', () => {
    expect(checkArticleCount(0)).toBe('no article given; a story needs at least one article');
    expect(checkArticleCount(1)).toBeNull();
    expect(checkArticleCount(12)).toBeNull();
    expect(checkArticleCount(13)).toBe('too many articles (13); a story holds at most 12');
  });

  it('accepts a story within every limit', () => {
    const story = Array.from({ length: 4 }, (_, i) => ({ file: `${i}.txt`, bytes: 2 * MB }));
    expect(checkStoryLimits(story)).toEqual([]);
  });

  it('names each article over the per-article limit, and the story over the total', () => {
    const story = [
      { file: 'a.txt', bytes: 3 * MB },
      { file: 'b.txt', bytes: 1 * MB },
      { file: 'c.html', bytes: 2 * MB + 1 },
      { file: 'd.md', bytes: 2 * MB },
    ];
    expect(checkStoryLimits(story)).toEqual([
      'a.txt: the file is too large (3.0 MB; the limit is 2.0 MB per article)',
      'c.html: the file is too large (2.0 MB; the limit is 2.0 MB per article)',
      'the story is too large (8.0 MB in all; the limit is 8.0 MB per story)',
    ]);
  });

  it('reports a story of too many articles and one of none', () => {
    const many = Array.from({ length: 13 }, (_, i) => ({ file: `${i}.txt`, bytes: 10 }));
    expect(checkStoryLimits(many)).toEqual(['too many articles (13); a story holds at most 12']);
    expect(checkStoryLimits([])).toEqual(['no article given; a story needs at least one article']);
  });

  it('counts UTF-8 bytes as an encoder would', () => {
    for (const text of ['', 'abc', 'é€😀', '\uD83D', 'a\uDE00b', '\uD83D\uD83D\uDE00', '北京']) {
      expect(utf8Bytes(text), JSON.stringify(text)).toBe(new TextEncoder().encode(text).length);
    }
  });
});
