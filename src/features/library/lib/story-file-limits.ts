/**
 * How much of each field an imported story file may hold. A story file comes from outside: a
 * million notices or a file name of megabytes would freeze the page that lists them, so each
 * field is measured before anything else reads it, and a file over any limit is refused with
 * a message that names the field. The limits are far above what the app itself writes (its
 * inputs stop at the same lengths), so every exported story imports again.
 */
export const STORY_FILE_LIMITS = {
  /** The story's name. */
  storyTitle: 500,
  /** Story and article ids. */
  id: 200,
  /** An article's file name. */
  file: 255,
  /** An article's title. */
  title: 1000,
  /** An article's outlet. */
  outlet: 200,
  /** An article's web address. */
  url: 2000,
  /** Notices per article (decoding writes at most four). */
  notices: 20,
  /** One notice. */
  notice: 1000,
  /** An ISO date and time ("2024-05-02T08:00:00.000Z" is 24). */
  time: 40,
} as const;

/**
 * Why a text field is too long to import, or null.
 *
 * @example tooLong('Article 1', 'file', 'x'.repeat(300), 255)
 *   // 'Article 1: "file" is 300 characters long; at most 255 are read.'
 */
export function tooLong(where: string, key: string, value: string, max: number): string | null {
  return value.length > max
    ? `${where}: "${key}" is ${value.length} characters long; at most ${max} are read.`
    : null;
}

/**
 * Why a list field has too many entries to import, or null.
 *
 * @example tooMany('Article 1', 'notices', 1_000_000, 20)
 *   // 'Article 1: "notices" has 1000000 entries; at most 20 are read.'
 */
export function tooMany(where: string, key: string, count: number, max: number): string | null {
  return count > max ? `${where}: "${key}" has ${count} entries; at most ${max} are read.` : null;
}
