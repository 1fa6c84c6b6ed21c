import type { SeedFile } from '../../story/lib/seed-files';
import manifest from '../shipped/ecb-manifest.json';
import type { ShippedStory } from '../shipped/shipped-story';

/** The corpus stories' article files, bundled verbatim as assets and fetched when opened. */
const ECB_FILE_URLS = import.meta.glob<string>('../shipped/ecb/*/*.txt', {
  query: '?url',
  import: 'default',
  eager: true,
});

/** The corpus stories the app ships (from `shipped/ecb-manifest.json`). */
export const SHIPPED_STORIES: readonly ShippedStory[] = manifest;

/**
 * The shipped story with this id ("ecb:3-ecbplus"), or undefined.
 *
 * @example shippedStory('ecb:1-ecb')?.articles.length // 4
 */
export function shippedStory(id: string): ShippedStory | undefined {
  return SHIPPED_STORIES.find((story) => story.id === id);
}

/**
 * The files to fetch for a shipped story, in the manifest's order; throws when the build lacks
 * one (a broken build must not show a comparison with a source silently missing).
 */
export function shippedStoryFiles(
  story: ShippedStory,
  urls: Record<string, string> = ECB_FILE_URLS,
): SeedFile[] {
  return story.articles.map(({ file }) => {
    const url = urls[`../shipped/ecb/${story.folder}/${file}`];
    if (!url) throw new Error(`The app was built without ${story.folder}/${file}.`);
    return { file, url };
  });
}
