import { diffWords } from 'diff';
import type { Span } from '../types';

/** A stretch of one sentence: unchanged, or changed relative to the other sentence. */
export type DiffSegment = Span & { changed: boolean };

/** The word-level difference of two aligned sentences, as segments of each (relative offsets). */
export type WordDiff = { a: DiffSegment[]; b: DiffSegment[] };

/** Above this many characters (both sentences together) the diff is skipped. */
export const WORD_DIFF_MAX_CHARS = 4000;
/** Sentences that differ in more than this many words are too different to diff usefully. */
const MAX_EDIT_LENGTH = 120;

const segmenter = new Intl.Segmenter('en', { granularity: 'word' });

/** Appends a segment, merging it with the previous one when both have the same state. */
function push(segments: DiffSegment[], start: number, end: number, changed: boolean): void {
  if (end <= start) return;
  const last = segments.at(-1);
  if (last && last.changed === changed && last.end >= start) last.end = end;
  else segments.push({ start, end, changed });
}

/**
 * Word-level differences between two aligned sentences, with the `diff` package. Returns null
 * when the sentences are too long or too different: the caller then shows them without marks.
 *
 * @example wordDiff('100,000 troops massed', '40,000 troops massed')?.a
 *   // [{ start: 0, end: 7, changed: true }, { start: 7, end: 21, changed: false }]
 */
export function wordDiff(a: string, b: string): WordDiff | null {
  if (a.length + b.length > WORD_DIFF_MAX_CHARS) return null;
  const changes = diffWords(a, b, { intlSegmenter: segmenter, maxEditLength: MAX_EDIT_LENGTH });
  if (!changes) return null;
  const out: WordDiff = { a: [], b: [] };
  let ia = 0;
  let ib = 0;
  // Whitespace may be attributed differently in each text: find each piece from a cursor.
  const advance = (text: string, cursor: number, value: string): [number, number] => {
    const core = value.trim();
    if (!core) return [cursor, cursor];
    const at = text.indexOf(core, cursor);
    return at < 0 ? [cursor, cursor] : [at, at + core.length];
  };
  for (const change of changes) {
    if (!change.added) {
      const [s, e] = advance(a, ia, change.value);
      push(out.a, s, e, !!change.removed);
      ia = Math.max(ia, e);
    }
    if (!change.removed) {
      const [s, e] = advance(b, ib, change.value);
      push(out.b, s, e, !!change.added);
      ib = Math.max(ib, e);
    }
  }
  return out;
}
