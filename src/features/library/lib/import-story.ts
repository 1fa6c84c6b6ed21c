import { MAX_STORY_FILE_BYTES, parseStoryFile } from './parallax-file';
import { userStoryId } from './story-ids';
import type { LibraryStory } from './library-types';
import { storyContent } from './story-content';

/** What importing a story file does to the library. */
export type ImportPlan =
  /** The story is new here: keep it as it is (same id, so links to it work). */
  | { kind: 'add'; story: LibraryStory }
  /** The library already has exactly this story: nothing to save. */
  | { kind: 'same'; story: LibraryStory }
  /** The library has another version of it: keep both, the import as a copy. */
  | { kind: 'copy'; story: LibraryStory };

/**
 * Decides how an imported story joins the library without losing anything: a new story keeps
 * its id; an identical one is just opened; a different story under the same id becomes a copy
 * with a new id and "(imported)" after its name.
 *
 * @example planImport([], story, 'seed').kind // 'add'
 */
export function planImport(
  library: readonly LibraryStory[],
  incoming: LibraryStory,
  seed: string,
): ImportPlan {
  const existing = library.find((s) => s.id === incoming.id);
  if (!existing) return { kind: 'add', story: incoming };
  if (storyContent(existing) === storyContent(incoming)) return { kind: 'same', story: existing };
  return {
    kind: 'copy',
    story: {
      ...incoming,
      id: userStoryId(`${seed}|${incoming.id}`),
      title: `${incoming.title.trim() || 'Untitled story'} (imported)`,
    },
  };
}

/** The result of reading a chosen file as a story file. */
export type ReadStoryFileResult =
  { ok: true; story: LibraryStory } | { ok: false; message: string };

/**
 * Reads a story file's bytes: refuses an oversized file, text that is not UTF-8, and anything
 * `parseStoryFile` refuses, each with a message that names the file.
 *
 * @example readStoryFileBytes(new TextEncoder().encode('{}'), 'x.json') // { ok: false, message: 'x.json: This is not a Parallax story file: …' }
 */
export function readStoryFileBytes(bytes: Uint8Array, name: string): ReadStoryFileResult {
  if (bytes.length > MAX_STORY_FILE_BYTES) {
    return { ok: false, message: `${name}: the file is too large to be a Parallax story file.` };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      ok: false,
      message: `${name}: this is not a Parallax story file (it is not UTF-8 text).`,
    };
  }
  const parsed = parseStoryFile(text);
  return parsed.ok ? parsed : { ok: false, message: `${name}: ${parsed.message}` };
}
