import { describe, expect, it } from 'vitest';
import { articleKey, resolveArticle } from './article-ref';

const articles = [{ file: 'dw.txt' }, { file: 'coinspeaker.txt' }, { file: 'reuters.html' }];

describe('articleKey', () => {
  it('is a short, stable hash of the file name', () => {
    expect(articleKey('dw.txt')).toMatch(/^[0-9a-f]{8}$/);
    expect(articleKey('dw.txt')).toBe(articleKey('dw.txt'));
    expect(articleKey('dw.txt')).not.toBe(articleKey('dw2.txt'));
  });
});

describe('resolveArticle', () => {
  it('finds the article by key wherever it moved', () => {
    const ref = { key: articleKey('reuters.html'), index: 0 };
    expect(resolveArticle(articles, ref)).toEqual({ index: 2, by: 'key' });
  });

  it('prefers the old index among articles sharing a key', () => {
    const twice = [{ file: 'a.txt' }, { file: 'a.txt' }];
    expect(resolveArticle(twice, { key: articleKey('a.txt'), index: 1 })).toEqual({
      index: 1,
      by: 'key',
    });
  });

  it('falls back to the old index, and gives up when there is none', () => {
    expect(resolveArticle(articles, { key: 'ffffffff', index: 1 })).toEqual({
      index: 1,
      by: 'position',
    });
    expect(resolveArticle(articles, { key: 'ffffffff', index: 7 })).toBeNull();
    expect(resolveArticle([], { key: 'ffffffff', index: 0 })).toBeNull();
  });
});
