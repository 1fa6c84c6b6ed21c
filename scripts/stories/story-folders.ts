// The story folders the app is built with — seeds/ (the seed story) and every stories/<slug>/ —
// read and checked as the build reads them, and their passage registers brought up to date.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  mergeRegister,
  parseRegister,
  serializeRegister,
} from '../../src/core/anchoring/passage-register';
import type { PassageRegister } from '../../src/core/anchoring/passage-register';
import { registerStory } from '../../src/core/anchoring/register-story';
import { checkStoryLimits, MAX_ARTICLES_PER_STORY, utf8Bytes } from '../../src/core/limits';
import type { ArticleInput } from '../../src/core/types';
import { readStoryManifest } from '../../src/features/library/lib/story-manifest';

/** The register's file name in a story folder. */
export const REGISTER_FILE = 'passages.json';

/**
 * A story folder: where it is, its articles' files in column order, and (for a published
 * story) its id and title; null for the seed's folder, whose id and name the app holds.
 */
export type StoryFolder = {
  dir: string;
  files: string[];
  story: { id: string; title: string } | null;
};

/** Text as the browser's `response.text()` gives it: UTF-8, without a byte-order mark. */
export function readArticle(dir: string, file: string): ArticleInput {
  return { file, text: readFileSync(join(dir, file), 'utf8').replace(/^\uFEFF/, '') };
}

/**
 * Every story folder under `root`, and what is wrong with those that cannot be published (each
 * named, in one line). The seed's articles are its `.txt` files in name order, as the page
 * lists them; a published story's are its manifest's.
 */
export function storyFolders(root: string): { folders: StoryFolder[]; problems: string[] } {
  const seeds = join(root, 'seeds');
  const folders: StoryFolder[] = [];
  const problems: string[] = [];
  if (existsSync(seeds)) {
    const files = readdirSync(seeds)
      .filter((f) => f.endsWith('.txt'))
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    folders.push({ dir: seeds, files, story: null });
  }
  const stories = join(root, 'stories');
  if (!existsSync(stories)) return { folders, problems };
  for (const slug of readdirSync(stories).sort()) {
    const dir = join(stories, slug);
    if (!statSync(dir).isDirectory()) continue;
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(join(dir, 'story.json'), 'utf8'));
    } catch (error) {
      const why = existsSync(join(dir, 'story.json')) ? 'is not valid JSON' : 'is missing';
      problems.push(`stories/${slug}: story.json ${why}.`);
      void error;
      continue;
    }
    const read = readStoryManifest(slug, data, readdirSync(dir), MAX_ARTICLES_PER_STORY);
    if (!read.ok) {
      problems.push(read.message);
      continue;
    }
    const files = read.story.articles.map((a) => a.file);
    const limits = checkStoryLimits(
      files.map((file) => ({ file, bytes: utf8Bytes(readArticle(dir, file).text) })),
    );
    if (limits.length > 0) problems.push(`stories/${slug}: ${limits.join('; ')}.`);
    else folders.push({ dir, files, story: { id: read.story.id, title: read.story.title } });
  }
  return { folders, problems };
}

/** The register stored in a folder (empty when there is none yet). */
export function readRegister(dir: string): PassageRegister {
  const path = join(dir, REGISTER_FILE);
  if (!existsSync(path)) return new Map();
  const parsed = parseRegister(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.ok) throw new Error(`${path}: ${parsed.message}`);
  return parsed.register;
}

/**
 * Adds the folder's current sentences to its register and writes it when it changed. Nothing
 * is ever removed, so a link made to an earlier version of the story still finds its passage
 * (or says it is gone).
 */
export function updateRegister(folder: StoryFolder): { added: number; changed: boolean } {
  const old = readRegister(folder.dir);
  const articles = folder.files.map((file) => readArticle(folder.dir, file));
  const { register, added } = mergeRegister(old, registerStory(articles));
  const text = serializeRegister(register);
  const path = join(folder.dir, REGISTER_FILE);
  const changed = !existsSync(path) || readFileSync(path, 'utf8') !== text;
  if (changed) writeFileSync(path, text);
  return { added, changed };
}
