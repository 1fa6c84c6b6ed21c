import { decodeLinkText } from '../../../core/anchoring/url-text';
import { USER_STORY_PREFIX } from './story-ids';

/** Which screen the library shows, kept in the URL's query so that links and reloads keep it. */
export type LibraryRoute =
  /**
   * A story: "seed", a shipped story ("ecb:…") or one of the reader's ("user:…"); `shared`
   * when the link carries the reader's story itself (`c=` in the claim link).
   */
  | { page: 'story'; story: string; name?: string; shared?: true }
  /** The form that starts a new story. */
  | { page: 'new' }
  /** The story picker: every story, import, new. */
  | { page: 'stories' };

/** The story shown when the URL names none. */
export const SEED_STORY_ID = 'seed';

/**
 * The story a claim link in the hash points into (`#/claim/v1/<story>/<kind>?…`, see
 * `core/anchoring/link-codec`). Only the story is read here, cheaply, to pick the screen; the
 * viewer decodes and checks the whole link.
 */
function claimStory(hash: string): string | null {
  const segment = /^#\/claim\/v\d{1,6}\/([^/?#]+)\/[a-z]\?/.exec(hash)?.[1];
  const story = segment === undefined ? null : decodeLinkText(segment);
  const control = story !== null && [...story].some((c) => c.charCodeAt(0) < 0x20);
  if (!story || story.length > 200 || control) return null;
  // The codec names the seed story "seed:<slug>"; the route calls it "seed".
  return story.startsWith(`${SEED_STORY_ID}:`) ? SEED_STORY_ID : story;
}

/**
 * Reads the route from a location's query ("?story=user:ab12", "?new", "?stories"). A link to a
 * reader's story may carry its name (`name=`), so that someone without it knows what to import.
 * Without a story in the query, a claim link in the hash (`#/claim/v1/<story>/…`) names it.
 *
 * @example parseLibraryRoute('?story=user:ab12cd34') // { page: 'story', story: 'user:ab12cd34' }
 * @example parseLibraryRoute('') // { page: 'story', story: 'seed' }
 */
export function parseLibraryRoute(search: string, hash = ''): LibraryRoute {
  const params = new URLSearchParams(search);
  if (params.has('new')) return { page: 'new' };
  if (params.has('stories')) return { page: 'stories' };
  const story = params.get('story')?.trim() || claimStory(hash);
  if (!story) return { page: 'story', story: SEED_STORY_ID };
  const name = params.get('name')?.trim();
  const route: LibraryRoute = name ? { page: 'story', story, name } : { page: 'story', story };
  return story.startsWith(USER_STORY_PREFIX) && carriesStory(hash)
    ? { ...route, shared: true }
    : route;
}

/**
 * Whether a claim link in the hash carries its story (a `c=` field in its query). Only looked
 * at, cheaply, to pick the screen; the screen decodes and checks it.
 *
 * @example carriesStory('#/claim/v1/user:ab12/s?a=0.k&q=x&r=0-1&c=rVPB…&h=…') // true
 */
export function carriesStory(hash: string): boolean {
  return /^#\/claim\/v\d{1,6}\/[^?#]*\?(?:[^#]*&)?c=/.test(hash);
}

/**
 * Writes a route as a query string ("" for the seed story, so the plain address opens it).
 *
 * @example formatLibraryRoute({ page: 'story', story: 'ecb:1-ecb' }) // '?story=ecb%3A1-ecb'
 */
export function formatLibraryRoute(route: LibraryRoute): string {
  if (route.page === 'new') return '?new';
  if (route.page === 'stories') return '?stories';
  if (route.story === SEED_STORY_ID) return '';
  const params = new URLSearchParams({ story: route.story });
  if (route.name) params.set('name', route.name);
  return `?${params.toString()}`;
}
