import { MAX_ARTICLES_PER_STORY } from '../../../core/limits';
import { pastedFileName } from './article-intake';
import type { ArticleMetadataEdit, LibraryArticle, LibraryStory } from './library-types';
import { checkStory } from './parallax-file';
import {
  addArticle,
  articleHeading,
  editArticle,
  moveArticle,
  removeArticle,
  renameStory,
} from './story-edits';
import { storyTooLarge } from './story-size';

/**
 * A change the reader made to one story, kept as what they meant ("add this article", "rename
 * to …") rather than as the whole story they saw. A tab whose copy is stale applies it to the
 * story as stored now, so two tabs' changes combine instead of the last write winning.
 */
export type StoryChange =
  /** A new story, an import, or a restored copy: the whole story. */
  | { kind: 'create'; story: LibraryStory }
  | { kind: 'delete' }
  | { kind: 'rename'; title: string; at: string }
  /** `position`: the column to insert at (undoing a removal); the last one when absent. */
  | { kind: 'add-article'; article: LibraryArticle; position?: number; at: string }
  | { kind: 'remove-article'; articleId: string; at: string }
  | { kind: 'move-article'; articleId: string; offset: number; at: string }
  | { kind: 'edit-article'; articleId: string; edit: ArticleMetadataEdit; at: string };

/** Why a change cannot be applied to a story. */
export type ChangeConflict =
  /** There is no story to change (it was deleted). */
  | { kind: 'deleted' }
  /** A create met a different story of the same id. */
  | { kind: 'exists' }
  /** An edited article is no longer in the story. */
  | { kind: 'article-removed'; articleId: string }
  /** An added article does not fit (count or total size). */
  | { kind: 'no-room'; article: LibraryArticle; detail: string };

/** The story after a change (null: deleted), or why the change does not apply. */
export type ChangeResult =
  { ok: true; story: LibraryStory | null } | { ok: false; conflict: ChangeConflict };

const ok = (story: LibraryStory | null): ChangeResult => ({ ok: true, story });
const fail = (conflict: ChangeConflict): ChangeResult => ({ ok: false, conflict });

/** What makes two stories the same story for the reader (not when they were saved). */
function sameContent(a: LibraryStory, b: LibraryStory): boolean {
  return JSON.stringify([a.title, a.articles]) === JSON.stringify([b.title, b.articles]);
}

/**
 * An article as it joins `story`: a pasted text's made-up name ("pasted-2.txt") renumbered when
 * another tab's paste took it.
 */
function withFreeName(story: LibraryStory, article: LibraryArticle): LibraryArticle {
  const taken = story.articles.some((a) => a.file === article.file);
  if (!taken || !/^pasted-\d+\.txt$/.test(article.file)) return article;
  return { ...article, file: pastedFileName(story.articles) };
}

function applyAdd(story: LibraryStory, change: Extract<StoryChange, { kind: 'add-article' }>) {
  const { article } = change;
  // Already there (this change was applied before, or the same text was added elsewhere).
  if (story.articles.some((a) => a.id === article.id || a.source === article.source)) {
    return ok(story);
  }
  if (story.articles.length >= MAX_ARTICLES_PER_STORY) {
    return fail({
      kind: 'no-room',
      article,
      detail: `a story holds at most ${MAX_ARTICLES_PER_STORY} articles`,
    });
  }
  const tooLarge = storyTooLarge([...story.articles, article]);
  if (tooLarge) return fail({ kind: 'no-room', article, detail: tooLarge });
  return ok(addArticle(story, withFreeName(story, article), change.at, change.position));
}

/**
 * Applies one change to a story (null: there is none). Changes merge where their intent still
 * makes sense: an added article is added to the story as it is, a rename renames it, removing
 * or moving an article that is gone already does nothing. They fail (and say why) when it does
 * not: changing a deleted story, editing an article that was removed, adding one that no longer
 * fits, creating a story whose id holds a different one.
 *
 * @example applyChange(story, { kind: 'rename', title: 'Bridge', at: now }) // { ok: true, story: { …story, title: 'Bridge' } }
 * @example applyChange(null, { kind: 'rename', title: 'Bridge', at: now }) // { ok: false, conflict: { kind: 'deleted' } }
 */
export function applyChange(story: LibraryStory | null, change: StoryChange): ChangeResult {
  if (change.kind === 'create') {
    if (story === null || sameContent(story, change.story)) return ok(story ?? change.story);
    return fail({ kind: 'exists' });
  }
  if (change.kind === 'delete') return ok(null);
  if (story === null) return fail({ kind: 'deleted' });
  switch (change.kind) {
    case 'rename':
      return ok(story.title === change.title ? story : renameStory(story, change.title, change.at));
    case 'add-article':
      return applyAdd(story, change);
    case 'remove-article':
      return ok(removeArticle(story, change.articleId, change.at));
    case 'move-article':
      return ok(moveArticle(story, change.articleId, change.offset, change.at));
    case 'edit-article':
      if (!story.articles.some((a) => a.id === change.articleId)) {
        return fail({ kind: 'article-removed', articleId: change.articleId });
      }
      return ok(editArticle(story, change.articleId, change.edit, change.at));
    default:
      return change satisfies never;
  }
}

/**
 * The story after a list of changes, skipping those that do not apply: what a tab shows while
 * its changes are on their way to storage.
 *
 * @example applyChanges(null, [{ kind: 'create', story }, renameChange]).title // the new name
 */
export function applyChanges(
  story: LibraryStory | null,
  changes: readonly StoryChange[],
): LibraryStory | null {
  let current = story;
  for (const change of changes) {
    const result = applyChange(current, change);
    if (result.ok) current = result.story;
  }
  return current;
}

/**
 * Why a tab's change could not be combined with another tab's, as the end of a sentence
 * ("…: {reason}."). `mine` is the tab's own version, for the names of its articles.
 *
 * @example describeConflict({ kind: 'exists' }, mine) // 'another story with the same id was saved there first'
 */
export function describeConflict(conflict: ChangeConflict, mine: LibraryStory | null): string {
  switch (conflict.kind) {
    case 'deleted':
      return 'the story was deleted there';
    case 'exists':
      return 'another story with the same id was saved there first';
    case 'article-removed': {
      const article = mine?.articles.find((a) => a.id === conflict.articleId);
      return article
        ? `the article “${articleHeading(article)}” you edited was removed there`
        : 'an article you edited was removed there';
    }
    case 'no-room':
      return `with the articles added there, “${articleHeading(conflict.article)}” no longer fits (${conflict.detail})`;
    default:
      return conflict satisfies never;
  }
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string';

/** An article read back the way stored stories are: through the story checker. */
function checkedArticle(value: unknown): LibraryArticle | null {
  const probe = checkStory({
    id: 'user:0000000000000000',
    title: '',
    createdAt: '2000-01-01T00:00:00.000Z',
    updatedAt: '2000-01-01T00:00:00.000Z',
    articles: [value],
  });
  return probe.ok ? (probe.story.articles[0] ?? null) : null;
}

function checkedEdit(value: unknown): ArticleMetadataEdit | null {
  if (!isObject(value)) return null;
  const edit: ArticleMetadataEdit = {};
  for (const [key, field] of Object.entries(value)) {
    if (key !== 'title' && key !== 'outlet' && key !== 'published' && key !== 'url') return null;
    if (!isText(field) && !(field === null && key !== 'title')) return null;
    edit[key] = field as string;
  }
  return edit;
}

/**
 * A change read back from outside the page (the journal of unsaved changes), checked field by
 * field like a stored story; null when it is not one.
 *
 * @example checkChange({ kind: 'rename', title: 'B', at: '2024-01-01T00:00:00.000Z' }) // the change
 * @example checkChange({ kind: 'rename' }) // null
 */
export function checkChange(value: unknown): StoryChange | null {
  if (!isObject(value)) return null;
  const { kind, at } = value;
  if (kind === 'delete') return { kind };
  if (kind === 'create') {
    const checked = checkStory(value.story);
    return checked.ok ? { kind, story: checked.story } : null;
  }
  if (!isText(at) || Number.isNaN(Date.parse(at))) return null;
  const { articleId } = value;
  switch (kind) {
    case 'rename':
      return isText(value.title) ? { kind, title: value.title, at } : null;
    case 'add-article': {
      const article = checkedArticle(value.article);
      const { position } = value;
      if (!article) return null;
      if (position === undefined) return { kind, article, at };
      return typeof position === 'number' && Number.isInteger(position)
        ? { kind, article, position, at }
        : null;
    }
    case 'remove-article':
      return isText(articleId) ? { kind, articleId, at } : null;
    case 'move-article':
      return isText(articleId) && Number.isInteger(value.offset)
        ? { kind, articleId, offset: value.offset as number, at }
        : null;
    case 'edit-article': {
      const edit = checkedEdit(value.edit);
      return isText(articleId) && edit ? { kind, articleId, edit, at } : null;
    }
    default:
      return null;
  }
}
