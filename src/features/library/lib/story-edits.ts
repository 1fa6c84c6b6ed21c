import type { ArticleMetadataEdit, LibraryArticle, LibraryStory } from './library-types';
import { MAX_ARTICLES_PER_STORY } from '../../../core/limits';
import { storyTooLarge } from './story-size';

/**
 * Pure edits of a story: each returns a new story (never mutates) with `updatedAt` set to `now`,
 * or throws a RangeError that says in words why the edit cannot be made.
 */

/** A new, empty story. */
export function createStory(id: string, title: string, now: string): LibraryStory {
  return { id, title, createdAt: now, updatedAt: now, articles: [] };
}

/**
 * The story with `article` inserted as column `at` (default: the last). Throws when the story
 * is full, or would be too large in all.
 *
 * @example addArticle(story, article, now).articles.at(-1) === article // true
 */
export function addArticle(
  story: LibraryStory,
  article: LibraryArticle,
  now: string,
  at: number = story.articles.length,
): LibraryStory {
  if (story.articles.length >= MAX_ARTICLES_PER_STORY) {
    throw new RangeError(
      `A story holds at most ${MAX_ARTICLES_PER_STORY} articles. Remove one before adding another.`,
    );
  }
  const articles = [...story.articles];
  articles.splice(Math.min(Math.max(0, at), articles.length), 0, article);
  const tooLarge = storyTooLarge(articles);
  if (tooLarge) throw new RangeError(`Not added: ${tooLarge}. Remove an article first.`);
  return { ...story, updatedAt: now, articles };
}

/** The story without the article `articleId` (unchanged when it is not there). */
export function removeArticle(story: LibraryStory, articleId: string, now: string): LibraryStory {
  const articles = story.articles.filter((a) => a.id !== articleId);
  if (articles.length === story.articles.length) return story;
  return { ...story, updatedAt: now, articles };
}

/**
 * The story with article `articleId` moved by `offset` columns (-1: one to the left), clamped
 * to the ends.
 *
 * @example moveArticle(story, 'a-2', -1, now) // the second article becomes the first
 */
export function moveArticle(
  story: LibraryStory,
  articleId: string,
  offset: number,
  now: string,
): LibraryStory {
  const from = story.articles.findIndex((a) => a.id === articleId);
  if (from < 0) return story;
  const to = Math.min(story.articles.length - 1, Math.max(0, from + offset));
  if (to === from) return story;
  const articles = [...story.articles];
  const [moved] = articles.splice(from, 1);
  if (!moved) return story;
  articles.splice(to, 0, moved);
  return { ...story, updatedAt: now, articles };
}

/**
 * The story with an article's title, outlet, date or address changed. Kept as typed (a field being
 * edited may be blank for a moment); an empty outlet or date becomes null. Readers of the story
 * use `articleHeading` for a title that may be blank.
 */
export function editArticle(
  story: LibraryStory,
  articleId: string,
  edit: ArticleMetadataEdit,
  now: string,
): LibraryStory {
  let changed = false;
  const articles = story.articles.map((article) => {
    if (article.id !== articleId) return article;
    changed = true;
    const next = { ...article };
    if (edit.title !== undefined) next.title = edit.title;
    if (edit.outlet !== undefined) next.outlet = edit.outlet === '' ? null : edit.outlet;
    if (edit.published !== undefined)
      next.published = edit.published === '' ? null : edit.published;
    if (edit.url !== undefined) next.url = edit.url === '' ? null : edit.url;
    return next;
  });
  return changed ? { ...story, updatedAt: now, articles } : story;
}

/** The story renamed, kept as typed (see `storyHeading` for a blank name). */
export function renameStory(story: LibraryStory, title: string, now: string): LibraryStory {
  return { ...story, title, updatedAt: now };
}

/**
 * The heading to show for an article: its title, else its file name.
 *
 * @example articleHeading({ title: ' ', file: 'ap.txt' }) // 'ap.txt'
 */
export function articleHeading(article: Pick<LibraryArticle, 'title' | 'file'>): string {
  return article.title.trim() || article.file;
}

/**
 * The name to show for a story: its title, else "Untitled story".
 *
 * @example storyHeading({ title: '' }) // 'Untitled story'
 */
export function storyHeading(story: Pick<LibraryStory, 'title'>): string {
  return story.title.trim() || 'Untitled story';
}
