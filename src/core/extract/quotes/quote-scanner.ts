import type { Span } from '../../types';

/** A quotation found in the text, before speakers are assigned. */
export type ScannedQuote = {
  /** The quoted words, trimmed, without the marks. */
  start: number;
  end: number;
  /** Offset of the opening mark; null when the quote carries on from the previous paragraph. */
  open: number | null;
  /** Offset of the closing mark; null when the paragraph ends with the quote still open. */
  close: number | null;
  /** Index into the paragraphs given. */
  paragraph: number;
  /** It carries on a quote left open at the end of the previous paragraph. */
  continued: boolean;
  /** Marked with single curly quotes (‘…’). */
  single: boolean;
};

const DOUBLE_MARKS = new Set(['"', '“', '”', '„', '«', '»']);
/** The same marks, to jump from one to the next. */
const ANY_DOUBLE_MARK = new RegExp(`[${[...DOUBLE_MARKS].join('')}]`, 'g');
const CONTRACTION = /^ ?(?:s|t|re|ll|ve|d|m)(?![A-Za-z])/;
const LETTER = /[\p{L}\p{N}]/u;

/**
 * Finds quotations paragraph by paragraph, in one pass over the characters. Double marks of any
 * shape close an open quote, which survives texts that mix up curly opening and closing marks;
 * with no quote open, a mark shaped like a closing one (after a word, before a space) is a stray
 * and is skipped. A quote still open at a paragraph's end closes there and the next paragraph's quote
 * carries it on (the news convention for quotes over several paragraphs); in a paragraph that
 * follows an open quote and does not start with a mark, the first mark closes the carried quote. Single curly
 * quotes count outside double quotes only, and a ’ that starts a contraction ("doesn ’ t") is an
 * apostrophe. Straight single quotes are not read as quotation marks: they are apostrophes far
 * more often.
 *
 * @example scanQuotes('“Both sides,” Kerry said.', [{ start: 0, end: 25 }])[0] // "Both sides,"
 */
export function scanQuotes(text: string, paragraphs: readonly Span[]): ScannedQuote[] {
  const quotes: ScannedQuote[] = [];
  let carried = false;
  paragraphs.forEach((p, paragraph) => {
    const found: ScannedQuote[] = [];
    let open: number | null = null;
    let continuing = false;
    for (const mark of text.slice(p.start, p.end).matchAll(ANY_DOUBLE_MARK)) {
      const c = p.start + mark.index;
      if (open !== null) {
        found.push(make(text, open, c, paragraph, continuing));
        open = null;
      } else if (carried && found.length === 0 && c !== firstVisible(text, p)) {
        // The quote left open by the previous paragraph ends at the first mark not opening this one.
        found.push({ ...make(text, p.start, c, paragraph, true), open: null });
      } else if (!isClosingShaped(text, c)) {
        open = c;
        continuing = carried && found.length === 0 && c === firstVisible(text, p);
      }
      // A closing-shaped mark with no quote open is a stray: skipping it keeps one missing
      // mark from turning every later quote inside out.
      carried = false;
    }
    if (open !== null)
      found.push({ ...make(text, open, p.end, paragraph, continuing), close: null });
    carried = open !== null;
    quotes.push(
      ...found.filter((q) => q.end > q.start),
      ...singleQuotes(text, p, paragraph, found),
    );
  });
  return quotes.sort((a, b) => a.start - b.start);
}

function make(
  text: string,
  open: number,
  close: number,
  paragraph: number,
  continued: boolean,
): ScannedQuote {
  let start = open + (DOUBLE_MARKS.has(text[open] ?? '') ? 1 : 0);
  let end = close;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start, end, open, close, paragraph, continued, single: false };
}

/** A mark after a non-space and before a space, punctuation or the end: "…done.” He". */
function isClosingShaped(text: string, c: number): boolean {
  return !/\s/.test(text[c - 1] ?? ' ') && !LETTER.test(text[c + 1] ?? ' ') && text[c] !== '“';
}

function firstVisible(text: string, p: Span): number {
  let c = p.start;
  while (c < p.end && /\s/.test(text[c] ?? '')) c++;
  return c;
}

function singleQuotes(
  text: string,
  p: Span,
  paragraph: number,
  doubles: readonly ScannedQuote[],
): ScannedQuote[] {
  const found: ScannedQuote[] = [];
  let d = 0;
  for (let at = p.start; at < p.end; at++) {
    if (text[at] !== '‘') continue;
    // Double quotes are sorted and do not overlap: move past those that end before `at`.
    while (doubles[d] && (doubles[d]?.close ?? doubles[d]?.end ?? 0) < at) d++;
    const double = doubles[d];
    if (double && at >= (double.open ?? double.start)) continue;
    if (LETTER.test(text[at - 1] ?? ' ')) continue;
    const close = closingApostrophe(text, at + 1, p.end);
    // No closing mark after this one means none after a later one either.
    if (close === null) break;
    let start = at + 1;
    while (start < close && /\s/.test(text[start] ?? '')) start++;
    let end = close;
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
    if (end > start)
      found.push({ start, end, open: at, close, paragraph, continued: false, single: true });
    at = close;
  }
  return found;
}

function closingApostrophe(text: string, from: number, end: number): number | null {
  for (let c = from; c < end; c++) {
    if (text[c] !== '’') continue;
    if (LETTER.test(text[c + 1] ?? ' ')) continue; // it’s, don’t
    const before = text[c - 1] === ' ' ? text[c - 2] : text[c - 1];
    if (CONTRACTION.test(text.slice(c + 1, c + 5)) && LETTER.test(before ?? ' ')) continue; // doesn ’ t
    return c;
  }
  return null;
}
