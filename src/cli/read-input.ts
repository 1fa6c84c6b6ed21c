// Reading the command line's input from disk: every failure is one line, returned rather than
// printed, so that the caller can check all of a run's stories before it prints anything.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { decodeInput } from '../core/ingest/decode-input';
import { MAX_ARTICLE_BYTES, tooLargeForArticle } from '../core/limits';
import { checkArticleCount, checkStoryLimits } from '../core/limits';
import type { ArticleInput } from '../core/types';

/** A story read from disk: its articles and the notes for the user, or why it was refused. */
export type StoryInput =
  { ok: true; inputs: ArticleInput[]; notices: string[] } | { ok: false; message: string };

/** What a folder given with `--story` holds: the paths of its articles, or why it cannot be read. */
export type StoryFiles = { ok: true; files: string[] } | { ok: false; message: string };

/** The files of a story folder that are articles: plain text, Markdown, HTML. */
export const ARTICLE_FILE = /\.(?:txt|md|markdown|html?)$/i;

const ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory, not a file',
  ENOTDIR: 'no such file (a part of the path is not a directory)',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the file name is too long',
};

const reason = (error: unknown): string => {
  const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
  return ERRORS[code] ?? code;
};

type Bytes = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

/** One FILE as bytes, or one line for anything but a readable file within the article limit. */
function readArticleBytes(file: string): Bytes {
  const refuse = (why: string): Bytes => ({ ok: false, message: `${file}: ${why}` });
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) return refuse('is a directory, not a file');
    if (!stat.isFile()) return refuse('not a regular file');
    if (stat.size > MAX_ARTICLE_BYTES) {
      return refuse(`the file is ${tooLargeForArticle(stat.size)}`);
    }
    return { ok: true, bytes: readFileSync(file) };
  } catch (error) {
    return refuse(`cannot read (${reason(error)})`);
  }
}

/**
 * Reads the FILEs of one story and checks them against the story limits, in this order: the
 * number of articles, each file (readable, within the article limit), the story's total size,
 * each file's bytes (not empty, not binary). The first problem is returned.
 */
export function readStory(files: readonly string[]): StoryInput {
  const countProblem = checkArticleCount(files.length);
  if (countProblem) return { ok: false, message: countProblem };
  const contents: { file: string; bytes: Uint8Array }[] = [];
  for (const file of files) {
    const read = readArticleBytes(file);
    if (!read.ok) return read;
    contents.push({ file, bytes: read.bytes });
  }
  const sizeProblem = checkStoryLimits(
    contents.map(({ file, bytes }) => ({ file, bytes: bytes.length })),
  )[0];
  if (sizeProblem) return { ok: false, message: sizeProblem };
  const inputs: ArticleInput[] = [];
  const notices: string[] = [];
  for (const { file, bytes } of contents) {
    const decoded = decodeInput(bytes, file);
    if (!decoded.ok) return { ok: false, message: decoded.message };
    notices.push(...decoded.notices);
    inputs.push({ file: basename(file), text: decoded.text });
  }
  return { ok: true, inputs, notices };
}

/**
 * The articles of a story folder: its `.txt`, `.md` and `.html` files (also `.markdown` and
 * `.htm`, any case), not hidden ones, sorted by name in character-code order (`10.txt` before
 * `9.txt`, whatever the locale). Subfolders are not read.
 */
export function storyFiles(dir: string): StoryFiles {
  try {
    if (!statSync(dir).isDirectory()) return { ok: false, message: 'not a folder' };
    const names = readdirSync(dir, { withFileTypes: true })
      .filter((e) => !e.isDirectory() && !e.name.startsWith('.') && ARTICLE_FILE.test(e.name))
      .map((e) => e.name)
      .sort();
    return { ok: true, files: names.map((name) => join(dir, name)) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such folder' : reason(error);
    return { ok: false, message: `cannot read (${why})` };
  }
}
