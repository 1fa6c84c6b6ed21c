// `npm run --silent analyze -- FILE...`: prints the Analysis of the files as one story (one JSON
// document). `npm run --silent analyze -- --story DIR [--story DIR ...]`: one Analysis per story
// folder, one line of JSON each, in the order given (JSON Lines).
// Bad input exits 2 with one line on stderr and nothing on stdout (analysis contract): every
// story is read and checked before the first is analyzed, so a bad one prints no partial output.
// `npm run analyze` runs this file built to plain JavaScript (scripts/analyze.mjs, dist-cli/).
import { parseArguments, USAGE } from './arguments';
import { loadEngine } from './load-engine';
import { fail, note, writeOutput } from './output';
import { readStory, storyFiles } from './read-input';
import { useBundleIndexFile } from './bundle-cache';
import { detectFormat } from '../core/ingest/detect-format';
import type { ArticleInput } from '../core/types';

/** The articles of one story and the notes their decoding left. */
type Story = { inputs: ArticleInput[]; notices: string[] };

function filesStory(files: string[]): Story {
  const read = readStory(files);
  if (!read.ok) fail(files.length === 0 ? `${read.message}; ${USAGE}` : read.message);
  return read;
}

function folderStory(dir: string): Story {
  const listed = storyFiles(dir);
  if (!listed.ok) fail(`story ${dir}: ${listed.message}`);
  const read = readStory(listed.files);
  if (!read.ok) {
    const hint = listed.files.length === 0 ? ' (no .txt, .md or .html file in the folder)' : '';
    fail(`story ${dir}: ${read.message}${hint}`);
  }
  return read;
}

/**
 * Whether any story has an HTML page: only such a page is read in a DOM (the reader view), so
 * the DOM library is loaded for it alone, and plain text and Markdown start without it.
 */
const hasHtmlPage = (stories: Story[]): boolean =>
  stories.some(({ inputs }) => inputs.some((i) => detectFormat(i.text, i.file) === 'html'));

// A function rather than top-level await: the bundle is CommonJS, which Node starts sooner.
async function main(): Promise<void> {
  const request = parseArguments(process.argv.slice(2));
  if (request.kind === 'problem') fail(request.problem);
  const stories =
    request.kind === 'files' ? [filesStory(request.files)] : request.dirs.map(folderStory);
  for (const notice of stories.flatMap((story) => story.notices)) note(notice);

  // Loaded only for good input, so that bad input is told at once (the language model is large).
  useBundleIndexFile();
  const [{ analyzeStory }, nlp, dom] = await Promise.all([
    import('../core/analyze'),
    loadEngine(),
    hasHtmlPage(stories) ? import('../dom/linkedom-document') : null,
  ]);
  const reading = dom ? { createDocument: dom.createLinkedomDocument } : {};
  for (const { inputs } of stories) {
    const analysis = analyzeStory(inputs, { nlp, ...reading });
    await writeOutput(
      request.kind === 'files'
        ? `${JSON.stringify(analysis, null, 2)}\n`
        : `${JSON.stringify(analysis)}\n`,
    );
  }
}
void main();
