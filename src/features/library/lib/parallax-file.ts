import { formatMegabytes, MAX_ARTICLE_BYTES } from '../../../core/limits';
import { ISO_DAY, parseIsoDay } from '../../../core/util/calendar';
import { isUserStoryId } from './story-ids';
import type { LibraryArticle, LibraryStory } from './library-types';
import { MAX_ARTICLES_PER_STORY } from '../../../core/limits';
import { storyTooLarge } from './story-size';
import { unreadableSource } from './article-intake';
import { STORY_FILE_LIMITS, tooLong, tooMany } from './story-file-limits';

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
export type StoryFileResult = { ok: true; story: LibraryStory } | { ok: false; message: string };

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
        // An address being typed may not be one yet: only a web address is written.
        ...(a.url && WEB_URL.test(a.url.trim()) ? { url: a.url.trim() } : {}),
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

/**
 * How strictly a story is read: an imported file is held to every field's limit and its
 * articles to what the paste and the drop accept; a stored record (the app's own writing) is
 * read as it is, an impossible date dropped with a notice.
 */
type Reading = { imported: boolean };

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Refuses fields this version does not know: a strict reader never keeps half a file. */
function onlyKeys(value: Json, allowed: readonly string[], where: string): void {
  const extra = Object.keys(value).find((key) => !allowed.includes(key));
  if (extra !== undefined) throw new StoryFileError(`${where} has an unknown field "${extra}".`);
}

/** Refuses, before anything reads them, text fields longer than an import may hold. */
function withinLimits(
  value: Json,
  limits: Readonly<Record<string, number>>,
  where: string,
  reading: Reading,
): void {
  if (!reading.imported) return;
  for (const [key, max] of Object.entries(limits)) {
    const field = value[key];
    const problem = typeof field === 'string' ? tooLong(where, key, field, max) : null;
    if (problem) throw new StoryFileError(problem);
  }
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

/**
 * Whether "YYYY-MM-DD" names a day of the calendar: "2024-02-29" does, "2024-02-30" does not
 * (`Date.parse` rolls it over to 1 March).
 *
 * @example isCalendarDay('2024-02-30') // false
 */
export function isCalendarDay(date: string): boolean {
  return parseIsoDay(date) !== null;
}

/** A publication date as read, and why it was dropped when the calendar does not have it. */
type PublishedDate = { published: string | null; notice: string | null };

function calendarDate(value: Json, key: string, where: string, reading: Reading): PublishedDate {
  const field = nullableText(value, key, where);
  if (field === null) return { published: null, notice: null };
  if (!ISO_DAY.test(field))
    throw new StoryFileError(`${where}: "${key}" must be a date written YYYY-MM-DD, or null.`);
  if (isCalendarDay(field)) return { published: field, notice: null };
  if (reading.imported) {
    throw new StoryFileError(`${where}: "${key}" is ${field}, which is not a day of the calendar.`);
  }
  return {
    published: null,
    notice: `The publication date ${field} is not a day of the calendar; it was removed.`,
  };
}

/** A web address an article may keep. */
const WEB_URL = /^https?:\/\/\S+$/i;

/** An article's optional address: absent in files from before it was kept; else http(s) or null. */
function webAddress(value: Json, where: string): { url?: string | null } {
  if (!('url' in value)) return {};
  const url = nullableText(value, 'url', where);
  if (url !== null && !WEB_URL.test(url)) {
    throw new StoryFileError(`${where}: "url" must be a web address (http or https), or null.`);
  }
  return { url };
}

const ARTICLE_KEYS = [
  'id',
  'file',
  'title',
  'outlet',
  'published',
  'url',
  'addedAt',
  'notices',
  'source',
];
const STORY_KEYS = ['id', 'title', 'createdAt', 'updatedAt', 'articles'];
const FILE_KEYS = ['format', 'version', 'exportedAt', 'story'];

const ARTICLE_LIMITS = {
  id: STORY_FILE_LIMITS.id,
  file: STORY_FILE_LIMITS.file,
  title: STORY_FILE_LIMITS.title,
  outlet: STORY_FILE_LIMITS.outlet,
  published: STORY_FILE_LIMITS.time,
  url: STORY_FILE_LIMITS.url,
  addedAt: STORY_FILE_LIMITS.time,
};
const STORY_LIMITS = {
  id: STORY_FILE_LIMITS.id,
  title: STORY_FILE_LIMITS.storyTitle,
  createdAt: STORY_FILE_LIMITS.time,
  updatedAt: STORY_FILE_LIMITS.time,
};

function readNotices(value: Json, where: string, reading: Reading): string[] {
  const notices = value.notices;
  if (!Array.isArray(notices))
    throw new StoryFileError(`${where}: "notices" must be a list of texts.`);
  if (reading.imported) {
    const problem = tooMany(where, 'notices', notices.length, STORY_FILE_LIMITS.notices);
    if (problem) throw new StoryFileError(problem);
  }
  if (!notices.every((n): n is string => typeof n === 'string')) {
    throw new StoryFileError(`${where}: "notices" must be a list of texts.`);
  }
  if (reading.imported) {
    for (const [i, notice] of notices.entries()) {
      const problem = tooLong(where, `notices[${i}]`, notice, STORY_FILE_LIMITS.notice);
      if (problem) throw new StoryFileError(problem);
    }
  }
  return [...notices];
}

function readSource(value: Json, where: string, reading: Reading): string {
  const field = value.source;
  // Characters are at least bytes: a longer text is too large without encoding it.
  if (typeof field === 'string' && field.length > MAX_ARTICLE_BYTES) throw tooLarge(where);
  const source = text(value, 'source', where, { nonEmpty: true });
  if (new TextEncoder().encode(source).length > MAX_ARTICLE_BYTES) throw tooLarge(where);
  if (reading.imported) {
    const file = typeof value.file === 'string' ? value.file : '';
    const problem = unreadableSource(file, source);
    if (problem) throw new StoryFileError(`${where}: ${problem}.`);
  }
  return source;
}

function tooLarge(where: string): StoryFileError {
  return new StoryFileError(
    `${where} is larger than ${formatMegabytes(MAX_ARTICLE_BYTES, 'short')}.`,
  );
}

function readArticle(value: unknown, index: number, reading: Reading): LibraryArticle {
  const where = `Article ${index + 1}`;
  if (!isObject(value)) throw new StoryFileError(`${where} is not an object.`);
  onlyKeys(value, ARTICLE_KEYS, where);
  withinLimits(value, ARTICLE_LIMITS, where, reading);
  const notices = readNotices(value, where, reading);
  const id = text(value, 'id', where, { nonEmpty: true });
  const file = text(value, 'file', where, { nonEmpty: true });
  const title = text(value, 'title', where);
  const outlet = nullableText(value, 'outlet', where);
  const { published, notice } = calendarDate(value, 'published', where, reading);
  const addedAt = isoTime(value, 'addedAt', where);
  const source = readSource(value, where, reading);
  return {
    id,
    file,
    title,
    outlet,
    published,
    ...webAddress(value, where),
    addedAt,
    notices: notice ? [...notices, notice] : notices,
    source,
  };
}

/**
 * Checks that a value is a well-formed story (as stored or exported) and returns it, or the
 * reason it is not. Used for records read back from the browser's storage too: those are the
 * app's own writing and are not held to an import's limits.
 *
 * @example checkStory({ id: 'seed' }) // { ok: false, message: 'The story has an unknown field …' }
 */
export function checkStory(value: unknown): StoryFileResult {
  try {
    return { ok: true, story: readStoryValue(value, { imported: false }) };
  } catch (error) {
    if (error instanceof StoryFileError) return { ok: false, message: error.message };
    throw error;
  }
}

function readStoryValue(value: unknown, reading: Reading): LibraryStory {
  if (!isObject(value)) throw new StoryFileError('The file has no story in it.');
  onlyKeys(value, STORY_KEYS, 'The story');
  withinLimits(value, STORY_LIMITS, 'The story', reading);
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
  const title = text(value, 'title', 'The story');
  const createdAt = isoTime(value, 'createdAt', 'The story');
  const updatedAt = isoTime(value, 'updatedAt', 'The story');
  // Every article's fields are measured before any article's source is read.
  if (reading.imported) {
    value.articles.forEach((article: unknown, i) => {
      if (isObject(article)) withinLimits(article, ARTICLE_LIMITS, `Article ${i + 1}`, reading);
    });
  }
  const articles = value.articles.map((article: unknown, i) => readArticle(article, i, reading));
  const ids = new Set<string>();
  for (const [i, article] of articles.entries()) {
    if (ids.has(article.id))
      throw new StoryFileError(`Article ${i + 1} has the same id as an earlier one.`);
    ids.add(article.id);
  }
  return { id, title, createdAt, updatedAt, articles };
}

/**
 * Reads a story file's text, strictly: the format and version, every field's type and length
 * (`STORY_FILE_LIMITS`, measured first, so an enormous field is refused at once), dates that
 * the calendar has, the article count and sizes and the story's total size, unique article
 * ids, and sources the paste and the drop would take (not binary, not markup alone). Anything
 * else is refused with one sentence that says what is wrong.
 *
 * @example parseStoryFile('{}') // { ok: false, message: 'This is not a Parallax story file: …' }
 */
export function parseStoryFile(json: string): StoryFileResult {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { ok: false, message: 'This file is not a Parallax story file: it is not valid JSON.' };
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
    withinLimits(data, { exportedAt: STORY_FILE_LIMITS.time }, 'The file', { imported: true });
    isoTime(data, 'exportedAt', 'The file');
    const story = readStoryValue(data.story, { imported: true });
    // Stored stories are not held to this (one made before the limit is still shown), imports are.
    const tooLarge = storyTooLarge(story.articles);
    if (tooLarge) throw new StoryFileError(`This story cannot be imported: ${tooLarge}.`);
    return { ok: true, story };
  } catch (error) {
    if (error instanceof StoryFileError) return { ok: false, message: error.message };
    throw error;
  }
}
