/**
 * A published story's `story.json`: what the folder `stories/<slug>/` says about itself. Read
 * strictly, by the build (which refuses a folder it cannot read) and by the app, so that both
 * see the same story. Pure: the caller lists the folder's files.
 */

/** How an article's file may be named: the formats the app reads. */
export const ARTICLE_FILE = /^[^/\\]+\.(txt|md|markdown|html|htm)$/i;

/** A folder name that makes a story's slug (and, by default, its id): short, as links name it. */
export const STORY_SLUG = /^[a-z0-9][a-z0-9-]{1,31}$/;

/** Ids a published story may not take: the seed's, and the reader's own stories'. */
const RESERVED_ID = /^(seed(:.*)?|user:.*)$/;

/** A story id: letters, digits, '-', and at most one ':' (as in "ecb:1-ecb"), 32 at most. */
const STORY_ID = /^[a-z0-9][a-z0-9-]*(:[a-z0-9][a-z0-9-]*)?$/;

/** One article of a published story, as its manifest lists it. */
export type ManifestArticle = {
  file: string;
  /** The outlet, for the credit line (the comparison reads its own from the text). */
  outlet: string | null;
  /** Where the article was published, for the credit line. */
  address: string | null;
};

/** A published story as its manifest describes it. */
export type StoryManifest = {
  /** The id links use: the folder's name unless the manifest gives one. Never change it. */
  id: string;
  /** The folder under `stories/`. */
  slug: string;
  title: string;
  /** Whose articles these are, shown with the story (a licence may require it). */
  credit: string | null;
  licence: { name: string; url: string } | null;
  /** In column order: the manifest's list, or every article file of the folder by name. */
  articles: ManifestArticle[];
};

/** The manifest, or why the folder cannot be published. */
export type ManifestResult = { ok: true; story: StoryManifest } | { ok: false; message: string };

class ManifestError extends Error {}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function onlyKeys(value: Json, allowed: readonly string[], where: string): void {
  const extra = Object.keys(value).find((key) => !allowed.includes(key));
  if (extra !== undefined) throw new ManifestError(`${where} has an unknown field "${extra}"`);
}

function optionalText(value: Json, key: string, where: string, max: number): string | null {
  const field = value[key];
  if (field === undefined || field === null) return null;
  if (typeof field !== 'string' || field.trim() === '' || field.length > max) {
    throw new ManifestError(`${where}: "${key}" must be text of 1 to ${max} characters`);
  }
  return field.trim();
}

function webAddress(value: Json, key: string, where: string): string | null {
  const address = optionalText(value, key, where, 2000);
  if (address !== null && !/^https?:\/\/[^\s]+$/.test(address)) {
    throw new ManifestError(`${where}: "${key}" must be an http(s) address`);
  }
  return address;
}

function readArticle(value: unknown, files: ReadonlySet<string>, i: number): ManifestArticle {
  const where = `article ${i + 1}`;
  if (typeof value === 'string') value = { file: value };
  if (!isObject(value)) throw new ManifestError(`${where} is neither a file name nor an object`);
  onlyKeys(value, ['file', 'outlet', 'address'], where);
  const file = value.file;
  if (typeof file !== 'string' || !files.has(file)) {
    throw new ManifestError(`${where}: "${String(file)}" is not an article file of the folder`);
  }
  return {
    file,
    outlet: optionalText(value, 'outlet', where, 200),
    address: webAddress(value, 'address', where),
  };
}

function readLicence(value: unknown): StoryManifest['licence'] {
  if (value === undefined || value === null) return null;
  if (!isObject(value)) throw new ManifestError('"licence" must be { "name", "url" }');
  onlyKeys(value, ['name', 'url'], 'the licence');
  const name = optionalText(value, 'name', 'the licence', 200);
  const url = webAddress(value, 'url', 'the licence');
  if (!name || !url) throw new ManifestError('the licence needs both "name" and "url"');
  return { name, url };
}

/**
 * Reads `stories/<slug>/story.json` (its parsed JSON) given the folder's file names. Fields:
 * `title` (required), `id`, `credit`, `licence` { name, url }, and `articles`: file names, or
 * { file, outlet, address }; without it, every article file of the folder in name order. At
 * most `maxArticles` articles.
 *
 * @example readStoryManifest('bridge-2024', { title: 'Bridge' }, ['a.txt', 'b.html'], 12)
 *   // { ok: true, story: { id: 'bridge-2024', title: 'Bridge', articles: [a.txt, b.html], … } }
 */
export function readStoryManifest(
  slug: string,
  data: unknown,
  fileNames: readonly string[],
  maxArticles: number,
): ManifestResult {
  try {
    if (!STORY_SLUG.test(slug)) {
      throw new ManifestError('the folder name must be 2–32 lower-case letters, digits or "-"');
    }
    if (!isObject(data)) throw new ManifestError('story.json is not a JSON object');
    onlyKeys(data, ['id', 'title', 'credit', 'licence', 'articles'], 'story.json');
    const title = optionalText(data, 'title', 'story.json', 200);
    if (!title) throw new ManifestError('story.json needs a "title"');
    const id = optionalText(data, 'id', 'story.json', 32) ?? slug;
    if (!STORY_ID.test(id) || RESERVED_ID.test(id)) {
      throw new ManifestError(`"${id}" cannot be a story id`);
    }
    const files = new Set(fileNames.filter((name) => ARTICLE_FILE.test(name)));
    const listed = data.articles;
    if (listed !== undefined && !Array.isArray(listed)) {
      throw new ManifestError('"articles" must be a list');
    }
    const articles = listed
      ? listed.map((a, i) => readArticle(a, files, i))
      : [...files].sort().map((file) => ({ file, outlet: null, address: null }));
    if (articles.length === 0) throw new ManifestError('the folder has no article file');
    if (articles.length > maxArticles) {
      throw new ManifestError(
        `it has ${articles.length} articles; a story holds at most ${maxArticles}`,
      );
    }
    if (new Set(articles.map((a) => a.file)).size < articles.length) {
      throw new ManifestError('an article is listed twice');
    }
    return {
      ok: true,
      story: {
        id,
        slug,
        title,
        credit: optionalText(data, 'credit', 'story.json', 1000),
        licence: readLicence(data.licence),
        articles,
      },
    };
  } catch (error) {
    if (error instanceof ManifestError)
      return { ok: false, message: `stories/${slug}: ${error.message}.` };
    throw error;
  }
}
