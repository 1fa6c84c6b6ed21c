// `npm run --silent analyze -- FILE...`: prints the Analysis of the files as one story.
// Bad input exits 2 with one line on stderr and nothing on stdout (analysis contract); a reader
// that stops early (`… | head`) ends the run quietly.
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { decodeInput, MAX_ARTICLE_BYTES } from '../core/ingest/decode-input';
import { checkArticleCount, checkStoryLimits } from '../core/limits';
import type { ArticleInput } from '../core/types';
import { fail, note, writeOutput } from './output';

const ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory, not a file',
  ENOTDIR: 'no such file (a part of the path is not a directory)',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the file name is too long',
};

/** Reads one FILE argument as bytes, failing with one line for anything but a readable file. */
function readArticleBytes(file: string): Uint8Array {
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) fail(`${file}: is a directory, not a file`);
    if (!stat.isFile()) fail(`${file}: not a regular file`);
    if (stat.size > MAX_ARTICLE_BYTES) {
      fail(
        `${file}: the file is too large (${(stat.size / 2 ** 20).toFixed(1)} MB; the limit is ${MAX_ARTICLE_BYTES / 2 ** 20} MB per article)`,
      );
    }
    return readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    fail(`${file}: cannot read (${ERRORS[code] ?? code})`);
  }
}

const files = process.argv.slice(2).filter((arg) => arg !== '--');
const countProblem = checkArticleCount(files.length);
const usage = 'usage: npm run --silent analyze -- FILE [FILE ...]';
if (countProblem) fail(files.length === 0 ? `${countProblem}; ${usage}` : countProblem);

const contents = files.map((file) => ({ file, bytes: readArticleBytes(file) }));
const sizeProblem = checkStoryLimits(
  contents.map(({ file, bytes }) => ({ file, bytes: bytes.length })),
)[0];
if (sizeProblem) fail(sizeProblem);

const inputs: ArticleInput[] = contents.map(({ file, bytes }) => {
  const decoded = decodeInput(bytes, file);
  if (!decoded.ok) fail(decoded.message);
  for (const notice of decoded.notices) note(notice);
  return { file: basename(file), text: decoded.text };
});

// Loaded only for good input, so that bad input is told at once (the language model is large).
const { analyzeStory } = await import('../core/analyze');
const { loadNlpEngine } = await import('../core/nlp/node-engine');
await writeOutput(`${JSON.stringify(analyzeStory(inputs, { nlp: loadNlpEngine() }), null, 2)}\n`);
