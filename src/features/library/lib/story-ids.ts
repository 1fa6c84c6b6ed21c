import { fnv1a } from '../../../core/util/hash';

/** The prefix that marks a story of the reader's own in ids and links. */
export const USER_STORY_PREFIX = 'user:';

/**
 * A new story id, "user:" and 16 hex digits, from a seed that should differ per story (the
 * creation time and random bytes). Stable once made: exports and deep links carry it.
 *
 * @example userStoryId('2024-01-01T00:00:00.000Z|8f3a') // 'user:…' (16 hex digits)
 */
export function userStoryId(seed: string): string {
  return `${USER_STORY_PREFIX}${fnv1a(seed)}${fnv1a(`${seed.length}:${seed}`)}`;
}

/**
 * Whether an id names a story of the reader's own ("user:" then 4 to 64 letters, digits, "-"
 * or "_"). Used to validate imported files and links.
 *
 * @example isUserStoryId('user:1a47e90b1a47e90b') // true
 * @example isUserStoryId('seed') // false
 */
export function isUserStoryId(id: string): boolean {
  return /^user:[A-Za-z0-9_-]{4,64}$/.test(id);
}

/** Random hex for ids: crypto's when the platform has it (browsers, Node), else the clock. */
export function randomSeed(): string {
  const bytes = new Uint8Array(8);
  if (typeof globalThis.crypto?.getRandomValues === 'function') {
    globalThis.crypto.getRandomValues(bytes);
    return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  }
  return `${Date.now().toString(16)}${Math.random().toString(16).slice(2)}`;
}

/**
 * An article id unique within its story: a hash of its text and when it was added.
 *
 * @example articleId('Text', '2024-01-01T00:00:00.000Z') // 'a-…' (8 hex digits)
 */
export function articleId(source: string, addedAt: string): string {
  return `a-${fnv1a(`${addedAt}\u0000${source}`)}`;
}
