import { MAX_ARTICLES_PER_STORY } from '../../../core/limits';
import type { SeedFile } from '../../../lib/seed-files';
import { readStoryManifest } from './story-manifest';
import type { StoryManifest } from './story-manifest';

/**
 * The stories published with the app: every folder `stories/<slug>/` with its `story.json`,
 * its article files (bundled verbatim as assets, fetched when the story is opened) and its
 * passage register (fetched when a short link needs it). A folder added before `npm run build`
 * is in the build; the build refuses one whose manifest cannot be read.
 */

const MANIFESTS = import.meta.glob<unknown>('/stories/*/story.json', {
  import: 'default',
  eager: true,
});
const FILES = import.meta.glob<string>('/stories/*/*.{txt,md,markdown,html,htm}', {
  query: '?url',
  import: 'default',
  eager: true,
});
const REGISTERS = import.meta.glob<string>('/stories/*/passages.json', {
  query: '?url',
  import: 'default',
  eager: true,
});

/** A published story: its manifest, its files' addresses and its register's. */
export type PublishedStory = StoryManifest & {
  /** Each article's file and the address of its asset, in column order. */
  files: SeedFile[];
  /** The address of its passage register, if the build made one. */
  register: string | null;
};

/** The folder (slug) of a glob key such as "/stories/bridge-2024/story.json". */
const folderOf = (path: string): string => path.split('/').at(-2) ?? '';

/**
 * The published stories found by the globs, in folder order (numbers in names counted as
 * numbers: "ecb-2" before "ecb-10"), and one line per folder that could not be read.
 *
 * @example publishedStories({ '/stories/a-b/story.json': { title: 'A' } }, { '/stories/a-b/x.txt': 'u' }, {})
 *   // { stories: [{ id: 'a-b', title: 'A', files: [{ file: 'x.txt', url: 'u' }], … }], problems: [] }
 */
export function publishedStories(
  manifests: Record<string, unknown>,
  files: Record<string, string>,
  registers: Record<string, string>,
): { stories: PublishedStory[]; problems: string[] } {
  const stories: PublishedStory[] = [];
  const problems: string[] = [];
  const ids = new Set<string>();
  const slugs = Object.keys(manifests)
    .map(folderOf)
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  for (const slug of slugs) {
    const prefix = `/stories/${slug}/`;
    const names = Object.keys(files)
      .filter((path) => path.startsWith(prefix))
      .map((path) => path.slice(prefix.length));
    const read = readStoryManifest(
      slug,
      manifests[`${prefix}story.json`],
      names,
      MAX_ARTICLES_PER_STORY,
    );
    if (!read.ok) {
      problems.push(read.message);
      continue;
    }
    if (ids.has(read.story.id)) {
      problems.push(`stories/${slug}: another folder already has the id "${read.story.id}".`);
      continue;
    }
    ids.add(read.story.id);
    stories.push({
      ...read.story,
      files: read.story.articles.map(({ file }) => ({
        file,
        url: files[`${prefix}${file}`] ?? '',
      })),
      register: registers[`${prefix}passages.json`] ?? null,
    });
  }
  return { stories, problems };
}

const published = publishedStories(MANIFESTS, FILES, REGISTERS);

/** The stories published with this build. */
export const PUBLISHED_STORIES: readonly PublishedStory[] = published.stories;

/** Folders this build could not publish (the build refuses them; the dev server shows them). */
export const PUBLISHING_PROBLEMS: readonly string[] = published.problems;

/**
 * The published story with this id ("ecb:3-ecbplus", "bridge-2024"), or undefined.
 *
 * @example publishedStory('ecb:1-ecb')?.articles.length // 4
 */
export function publishedStory(id: string): PublishedStory | undefined {
  return PUBLISHED_STORIES.find((story) => story.id === id);
}
