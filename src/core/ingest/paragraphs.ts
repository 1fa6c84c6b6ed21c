import type { Span } from '../types';

type Line = Span & { length: number };

/** Non-empty lines of the text, trimmed, as spans. */
function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body) {
      const start = m.index + lead;
      lines.push({ start, end: start + body.length, length: body.length });
    }
  }
  return lines;
}

/** Whether line `b` directly follows line `a` (no blank line between them). */
function adjacent(text: string, a: Line, b: Line): boolean {
  return !/\n[^\S\n]*\r?\n|\r[^\S\r\n]*\r/.test(text.slice(a.end, b.start));
}

/**
 * Text hard-wrapped at a fixed width (e-mail, some wire copy): most lines run straight into the
 * next one and none is long. Its paragraphs are blocks, not lines.
 */
function isHardWrapped(text: string, lines: Line[]): boolean {
  if (lines.length < 6) return false;
  const lengths = lines.map((l) => l.length).sort((a, b) => a - b);
  const median = lengths[lengths.length >> 1] ?? 0;
  const p90 = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
  let joined = 0;
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1];
    const b = lines[i];
    if (a && b && adjacent(text, a, b)) joined++;
  }
  return joined >= 0.6 * (lines.length - 1) && p90 <= 100 && median >= 40;
}

/** Paragraphs of hard-wrapped text: blocks between blank lines, also ended by a short line. */
function wrappedParagraphs(text: string, lines: Line[]): Span[] {
  const width = lines.reduce((max, l) => Math.max(max, l.length), 0);
  const spans: Span[] = [];
  let current: Span | null = null;
  let previous: Line | null = null;
  for (const line of lines) {
    const startsItem = /^(?:\d{1,2}[.)]|[-*•])\s/.test(text.slice(line.start, line.end));
    const continues =
      current !== null &&
      previous !== null &&
      adjacent(text, previous, line) &&
      previous.length >= 0.6 * width &&
      !startsItem;
    if (continues && current) current.end = line.end;
    else {
      if (current) spans.push(current);
      current = { start: line.start, end: line.end };
    }
    previous = line;
  }
  if (current) spans.push(current);
  return spans;
}

/**
 * Paragraphs of plain text as trimmed spans: each non-empty line, or for hard-wrapped text each
 * block of lines (a sentence may then contain line breaks).
 *
 * @example findParagraphs('Title\n\nFirst.\nSecond.') // [{0,5}, {7,13}, {14,21}]
 */
export function findParagraphs(text: string): Span[] {
  const lines = linesOf(text);
  if (isHardWrapped(text, lines)) return wrappedParagraphs(text, lines);
  return lines.map(({ start, end }) => ({ start, end }));
}
