import type { LibraryArticle, LibraryStory } from './library-types';

/** Test data: an article with the given text and overrides. */
export function testArticle(
  id: string,
  source: string,
  overrides: Partial<LibraryArticle> = {},
): LibraryArticle {
  return {
    id,
    file: `${id}.txt`,
    source,
    title: `Title ${id}`,
    outlet: null,
    published: null,
    addedAt: '2024-05-01T10:00:00.000Z',
    notices: [],
    ...overrides,
  };
}

/** Test data: a story holding the given articles. */
export function testStory(
  articles: LibraryArticle[],
  overrides: Partial<LibraryStory> = {},
): LibraryStory {
  return {
    id: 'user:0123456789abcdef',
    title: 'Bridge closure',
    createdAt: '2024-05-01T09:00:00.000Z',
    updatedAt: '2024-05-01T10:00:00.000Z',
    articles,
    ...overrides,
  };
}
