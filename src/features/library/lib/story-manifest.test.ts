import { describe, expect, it } from 'vitest';
import { readStoryManifest } from './story-manifest';

const files = ['a.txt', 'b.md', 'c.html', 'notes.pdf', 'story.json', 'passages.json'];
const read = (data: unknown, slug = 'bridge-2024') => readStoryManifest(slug, data, files, 12);

describe('readStoryManifest', () => {
  it('reads a manifest with only a title: the folder is the id, its article files the story', () => {
    expect(read({ title: ' Bridge closure ' })).toEqual({
      ok: true,
      story: {
        id: 'bridge-2024',
        slug: 'bridge-2024',
        title: 'Bridge closure',
        credit: null,
        licence: null,
        articles: ['a.txt', 'b.md', 'c.html'].map((file) => ({
          file,
          outlet: null,
          address: null,
        })),
      },
    });
  });

  it('reads an id, a credit, a licence and articles with their addresses, in the given order', () => {
    const result = read({
      id: 'ecb:1-ecb',
      title: 'T',
      credit: 'Wire copy, used with permission.',
      licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
      articles: ['c.html', { file: 'a.txt', outlet: 'The Courier', address: 'https://x.org/a' }],
    });
    expect(result.ok && result.story).toMatchObject({
      id: 'ecb:1-ecb',
      licence: { name: 'CC BY 4.0' },
      articles: [
        { file: 'c.html', outlet: null, address: null },
        { file: 'a.txt', outlet: 'The Courier', address: 'https://x.org/a' },
      ],
    });
  });

  it('refuses what it cannot publish, saying why in one line', () => {
    const cases: [unknown, string, string?][] = [
      [[], 'not a JSON object'],
      [{ title: '' }, '"title"'],
      [{ title: 'T', extra: 1 }, 'unknown field "extra"'],
      [{ title: 'T', id: 'seed' }, 'cannot be a story id'],
      [{ title: 'T', id: 'user:abcd1234' }, 'cannot be a story id'],
      [{ title: 'T', id: 'Bad Id' }, 'cannot be a story id'],
      [{ title: 'T', articles: ['notes.pdf'] }, 'not an article file'],
      [{ title: 'T', articles: ['a.txt', 'a.txt'] }, 'listed twice'],
      [{ title: 'T', articles: [] }, 'no article file'],
      [{ title: 'T', articles: [{ file: 'a.txt', address: 'javascript:alert(1)' }] }, 'http(s)'],
      [{ title: 'T', licence: { name: 'X' } }, 'licence'],
      [{ title: 'T' }, 'folder name', 'Bad Folder'],
    ];
    for (const [data, detail, slug] of cases) {
      const result = read(data, slug);
      expect(result.ok, JSON.stringify(data)).toBe(false);
      if (!result.ok) expect(result.message, JSON.stringify(data)).toContain(detail);
    }
    const many = Array.from({ length: 13 }, (_, i) => `${i}.txt`);
    const tooMany = readStoryManifest('big', { title: 'T' }, many, 12);
    expect(tooMany.ok || tooMany.message).toContain('at most 12');
  });
});
