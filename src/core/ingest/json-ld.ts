/** What a page's JSON-LD (schema.org) says about its article. */

/** schema.org types of a news article or a post: `NewsArticle`, `ReportageNewsArticle`, … */
const ARTICLE_TYPE = /^(?:\w*Article|BlogPosting|LiveBlogPosting|SocialMediaPosting|Report)$/;
/** JSON-LD blocks nest a little (`@graph`, `mainEntity`); hostile ones may nest a lot. */
const MAX_DEPTH = 6;
const MAX_OBJECTS = 500;

/** The fields the ingest reads, keyed as the `<meta>` reader keys them. */
export type JsonLdFields = Partial<
  Record<'ld:headline' | 'datepublished' | 'ld:publisher' | 'ld:author', string>
>;

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Every object in parsed JSON, breadth first, within the depth and count bounds. */
function objectsIn(root: unknown): JsonObject[] {
  const found: JsonObject[] = [];
  let level: unknown[] = [root];
  for (let depth = 0; depth <= MAX_DEPTH && level.length > 0; depth++) {
    const next: unknown[] = [];
    for (const value of level) {
      if (found.length >= MAX_OBJECTS) return found;
      if (Array.isArray(value)) next.push(...(value as unknown[]));
      else if (isObject(value)) {
        found.push(value);
        next.push(...Object.values(value));
      }
    }
    level = next;
  }
  return found;
}

function types(object: JsonObject): string[] {
  const type = object['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() ? value.replace(/\s+/g, ' ').trim() : null;

/** A name given as a string, `{ name }`, or a list of either: "A and B". */
function names(value: unknown): string | null {
  const list = (Array.isArray(value) ? value : [value])
    .map((v) => (isObject(v) ? text(v.name) : text(v)))
    .filter((n): n is string => n !== null && !/^https?:\/\//i.test(n));
  if (list.length === 0) return null;
  return list.length === 1
    ? (list[0] ?? null)
    : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
}

/** Fields of one article object: its headline, date, publisher and author. */
function articleFields(article: JsonObject): JsonLdFields {
  const fields: JsonLdFields = {};
  const headline = text(article.headline) ?? text(article.name);
  const published = text(article.datePublished) ?? text(article.dateCreated);
  const publisher = names(article.publisher) ?? names(article.sourceOrganization);
  const author = names(article.author) ?? names(article.creator);
  if (headline) fields['ld:headline'] = headline;
  if (published) fields.datepublished = published;
  if (publisher) fields['ld:publisher'] = publisher;
  if (author) fields['ld:author'] = author;
  return fields;
}

/**
 * Reads one `<script type="application/ld+json">` block: the fields of its first article object
 * (a `NewsArticle`, `BlogPosting`, … anywhere in it, `@graph` included), else the first
 * headline, date and publisher found anywhere. Broken JSON gives nothing.
 *
 * @example readJsonLd('{"@type":"NewsArticle","headline":"H","author":{"name":"A"}}') // { 'ld:headline': 'H', 'ld:author': 'A' }
 */
export function readJsonLd(source: string): JsonLdFields {
  let parsed: unknown;
  try {
    parsed = JSON.parse(source);
  } catch {
    return {};
  }
  const objects = objectsIn(parsed);
  const article = objects.find((o) => types(o).some((t) => ARTICLE_TYPE.test(t)));
  if (article) return articleFields(article);
  // No article type: the first of each field anywhere (pages type their data loosely).
  const fields: JsonLdFields = {};
  for (const object of objects) {
    fields['ld:headline'] ??= text(object.headline) ?? undefined;
    fields.datepublished ??= text(object.datePublished) ?? undefined;
    fields['ld:publisher'] ??= names(object.publisher) ?? undefined;
  }
  for (const key of Object.keys(fields) as (keyof JsonLdFields)[]) {
    if (fields[key] === undefined) delete fields[key];
  }
  return fields;
}
