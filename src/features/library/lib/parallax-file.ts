import { MAX_ARTICLE_BYTES } from '../../../core/ingest/decode-input';
import { isUserStoryId } from './story-ids';
import type { LibraryArticle, LibraryStory } from './library-types';
import { MAX_ARTICLES_PER_STORY } from '../../../core/limits';
import { storyTooLarge } from './story-size';

/**
 * The `.parallax.json` story file: a story's articles, as given, and their metadata, so that a
 * reader can keep a story outside the browser or hand it to someone else. Versioned; read back
 * strictly (a file that does not match is refused with a message naming what is wrong, and
 * nothing of it is kept).
 */

/** The `format` value every story file carries. */
export const STORY_FILE_FORMAT = 'parallax-story';
/** The version this code writes and reads. */
export const STORY_FILE_VERSION = 1;
/** The file name ending a story file has. */
export const STORY_FILE_EXTENSION = '.parallax.json';
/** The largest story file read: 12 articles of up to 2 MB, with room for the JSON around them. */
export const MAX_STORY_FILE_BYTES = 32 * 1024 * 1024;

/** The story file's JSON. */
export type StoryFile = {
  format: typeof STORY_FILE_FORMAT;
  version: typeof STORY_FILE_VERSION;
  /** ISO time of export. */
  exportedAt: string;
  story: LibraryStory;
};

/** The result of reading a story file: the story, or why it was refused. */
export type StoryFileResult = { ok: true; story: LibraryStory } | { ok: false; error: string };

/**
 * The story as a story file's text (pretty-printed JSON, keys in a fixed order, so that two
 * exports of the same story differ only in `exportedAt`).
 *
 * @example JSON.parse(serializeStory(story, '2024-01-01T00:00:00.000Z')).format // 'parallax-story'
 */
export function serializeStory(story: LibraryStory, exportedAt: string): string {
  const file: StoryFile = {
    format: STORY_FILE_FORMAT,
    version: STORY_FILE_VERSION,
    exportedAt,
    story: {
      id: story.id,
      title: story.title,
      createdAt: story.createdAt,
      updatedAt: story.updatedAt,
      articles: story.articles.map((a) => ({
        id: a.id,
        file: a.file,
        title: a.title,
        outlet: a.outlet,
        published: a.published,
        addedAt: a.addedAt,
        notices: [...a.notices],
        source: a.source,
      })),
    },
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Thrown inside the reader; turned into `{ ok: false }` at its edge. */
class StoryFileError extends Error {}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Refuses fields this version does not know: a strict reader never keeps half a file. */
function onlyKeys(value: Json, allowed: readonly string[], where: string): void {
  const extra = Object.keys(value).find((key) => !allowed.includes(key));
  if (extra !== undefined) throw new StoryFileError(`${where} has an unknown field "${extra}".`);
}

function text(
  value: Json,
  key: string,
  where: string,
  options: { nonEmpty?: boolean } = {},
): string {
  const field = value[key];
  if (typeof field !== 'string') throw new StoryFileError(`${where}: "${key}" must be text.`);
  if (options.nonEmpty && field.trim() === '')
    throw new StoryFileError(`${where}: "${key}" is empty.`);
  return field;
}

function nullableText(value: Json, key: string, where: string): string | null {
  const field = value[key];
  if (field === null) return null;
  if (typeof field !== 'string')
    throw new StoryFileError(`${where}: "${key}" must be text or null.`);
  return field;
}

function isoTime(value: Json, key: string, where: string): string {
  const field = text(value, key, where);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(field) || Number.isNaN(Date.parse(field))) {
    throw new StoryFileError(`${where}: "${key}" must be a date and time (ISO 8601).`);
  }
  return field;
}

function calendarDate(value: Json, key: string, where: string): string | null {
  const field = nullableText(value, key, where);
  if (field === null) return null;
  const valid =
    /^\d{4}-\d{2}-\d{2}$/.test(field) && !Number.isNaN(Date.parse(`${field}T00:00:00Z`));
  if (!valid)
    throw new StoryFileError(`${where}: "${key}" must be a date written YYYY-MM-DD, or null.`);
  return field;
}

const ARTICLE_KEYS = ['id', 'file', 'title', 'outlet', 'published', 'addedAt', 'notices', 'source'];
const STORY_KEYS = ['id', 'title', 'createdAt', 'updatedAt', 'articles'];
const FILE_KEYS = ['format', 'version', 'exportedAt', 'story'];

function readArticle(value: unknown, index: number): LibraryArticle {
  const where = `Article ${index + 1}`;
  if (!isObject(value)) throw new StoryFileError(`${where} is not an object.`);
  onlyKeys(value, ARTICLE_KEYS, where);
  const notices = value.notices;
  if (!Array.isArray(notices) || !notices.every((n): n is string => typeof n === 'string')) {
    throw new StoryFileError(`${where}: "notices" must be a list of texts.`);
  }
  const source = text(value, 'source', where, { nonEmpty: true });
  if (new TextEncoder().encode(source).length > MAX_ARTICLE_BYTES) {
    throw new StoryFileError(`${where} is larger than ${MAX_ARTICLE_BYTES / 1048576} MB.`);
  }
  return {
    id: text(value, 'id', where, { nonEmpty: true }),
    file: text(value, 'file', where, { nonEmpty: true }),
    title: text(value, 'title', where),
    outlet: nullableText(value, 'outlet', where),
    published: calendarDate(value, 'published', where),
    addedAt: isoTime(value, 'addedAt', where),
    notices: [...notices],
    source,
  };
}

function readStory(value: unknown): LibraryStory {
  return readStoryValue(value);
}

/**
 * Checks that a value is a well-formed story (as stored or exported) and returns it, or the
 * reason it is not. Used for records read back from the browser's storage too.
 *
 * @example checkStory({ id: 'seed' }) // { ok: false, error: 'The story has an unknown field …' }
 */
export function checkStory(value: unknown): StoryFileResult {
  try {
    return { ok: true, story: readStoryValue(value) };
  } catch (error) {
    if (error instanceof StoryFileError) return { ok: false, error: error.message };
    throw error;
  }
}

function readStoryValue(value: unknown): LibraryStory {
  if (!isObject(value)) throw new StoryFileError('The file has no story in it.');
  onlyKeys(value, STORY_KEYS, 'The story');
  const id = text(value, 'id', 'The story');
  if (!isUserStoryId(id))
    throw new StoryFileError(`The story's id "${id}" is not a valid story id.`);
  if (!Array.isArray(value.articles))
    throw new StoryFileError('The story has no list of articles.');
  if (value.articles.length > MAX_ARTICLES_PER_STORY) {
    throw new StoryFileError(
      `The story has ${value.articles.length} articles; a story holds at most ${MAX_ARTICLES_PER_STORY}.`,
    );
  }
  const articles = value.articles.map(readArticle);
  const ids = new Set<string>();
  for (const [i, article] of articles.entries()) {
    if (ids.has(article.id))
      throw new StoryFileError(`Article ${i + 1} has the same id as an earlier one.`);
    ids.add(article.id);
  }
  return {
    id,
    title: text(value, 'title', 'The story'),
    createdAt: isoTime(value, 'createdAt', 'The story'),
    updatedAt: isoTime(value, 'updatedAt', 'The story'),
    articles,
  };
}

/**
 * Reads a story file's text, strictly: the format and version, every field's type, dates,
 * the article count and sizes and the story's total size, unique article ids. Anything else is
 * refused with one sentence that says what is wrong.
 *
 * @example parseStoryFile('{}') // { ok: false, error: 'This is not a Parallax story file: …' }
 */
export function parseStoryFile(json: string): StoryFileResult {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { ok: false, error: 'This file is not a Parallax story file: it is not valid JSON.' };
  }
  try {
    if (!isObject(data) || data.format !== STORY_FILE_FORMAT) {
      throw new StoryFileError(
        `This is not a Parallax story file: it does not say "format": "${STORY_FILE_FORMAT}".`,
      );
    }
    if (typeof data.version === 'number' && data.version > STORY_FILE_VERSION) {
      throw new StoryFileError(
        `This story file was made by a newer version of Parallax (file version ${data.version}); this one reads version ${STORY_FILE_VERSION}.`,
      );
    }
    if (data.version !== STORY_FILE_VERSION) {
      throw new StoryFileError(
        `This story file has no valid version (expected ${STORY_FILE_VERSION}).`,
      );
    }
    onlyKeys(data, FILE_KEYS, 'The file');
    isoTime(data, 'exportedAt', 'The file');
    const story = readStory(data.story);
    // Stored stories are not held to this (one made before the limit is still shown), imports are.
    const tooLarge = storyTooLarge(story.articles);
    if (tooLarge) throw new StoryFileError(`This story cannot be imported: ${tooLarge}.`);
    return { ok: true, story };
  } catch (error) {
    if (error instanceof StoryFileError) return { ok: false, error: error.message };
    throw error;
  }
}
