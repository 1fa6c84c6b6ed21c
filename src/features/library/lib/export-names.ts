import { STORY_FILE_EXTENSION } from './parallax-file';

/** The three things a story exports, and the file name ending of each. */
export type ExportKind = 'story' | 'analysis' | 'report';

const ENDINGS: Record<ExportKind, string> = {
  story: STORY_FILE_EXTENSION,
  analysis: '.analysis.json',
  report: '.report.md',
};

/** The longest name part kept, cut at a word boundary. */
const MAX_NAME = 48;

/**
 * A file name for an export, from the story's name: lower-case words (accents dropped) joined
 * by dashes, at most 48 characters cut between words, then the kind's ending. A recipient told
 * "import bridge-closure.parallax.json" can find it.
 *
 * @example exportFileName('Bridge closure: day 2', 'story') // 'bridge-closure-day-2.parallax.json'
 * @example exportFileName('', 'report') // 'story.report.md'
 */
export function exportFileName(storyName: string, kind: ExportKind): string {
  const words = storyName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let name = '';
  for (const word of words) {
    const next = name ? `${name}-${word}` : word;
    if (next.length > MAX_NAME) break;
    name = next;
  }
  if (!name && words[0]) name = words[0].slice(0, MAX_NAME);
  return `${name || 'story'}${ENDINGS[kind]}`;
}
