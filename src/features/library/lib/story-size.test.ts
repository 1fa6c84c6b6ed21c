import { describe, expect, it } from 'vitest';
import { MAX_STORY_BYTES } from '../../../core/limits';
import { sizeLimitsText, storyTooLarge } from './story-size';

const MB = 1024 * 1024;
const article = (file: string, bytes: number) => ({ file, source: 'a'.repeat(bytes) });

describe('storyTooLarge', () => {
  it('accepts a story of exactly the limit, and refuses one byte more in the core’s words', () => {
    const four = [1, 2, 3, 4].map((i) => article(`a${i}.txt`, MAX_STORY_BYTES / 4));
    expect(storyTooLarge(four)).toBeNull();
    expect(storyTooLarge([...four, article('b.txt', 1)])).toBe(
      'the story is too large (8.0 MB in all; the limit is 8.0 MB per story)',
    );
  });

  it('counts UTF-8 bytes, not characters', () => {
    // 3 MB of characters, each 3 bytes in UTF-8: 9 MB.
    const wide = ['x.txt', 'y.txt', 'z.txt'].map((file) => ({
      file,
      source: '€'.repeat(MB),
    }));
    expect(storyTooLarge(wide)).toMatch(/9\.0 MB in all/);
    expect(storyTooLarge(wide.slice(0, 2))).toBeNull();
  });

  it('judges only the total (the article count and sizes are checked elsewhere)', () => {
    expect(storyTooLarge([])).toBeNull();
    expect(storyTooLarge([article('big.txt', 3 * MB)])).toBeNull();
  });
});

describe('sizeLimitsText', () => {
  it('states the core’s limits', () => {
    expect(sizeLimitsText()).toBe('up to 2 MB each, 8 MB per story');
  });
});
