import type { Span } from '../types';
import { abbreviationKind, SENTENCE_OPENERS } from './abbreviations';

/**
 * A run of sentence-ending punctuation. A spaced ellipsis (". . ." or ". . . .", as news copy
 * often writes one) is a single run, so its periods never end three one-character sentences.
 */
const TERMINATOR = /(?:\.[ \u00a0]){2,}\.|[.!?…‽。！？]+/g;
/** Closing quotes and brackets that belong to the sentence they follow: `“We go.” Then`. */
const CLOSERS = new Set(['"', "'", '”', '’', '»', '›', ')', ']', '}']);
/** Quote marks that, standing alone between spaces after a terminator, close the sentence. */
const DETACHED_CLOSERS = new Set(['"', "'", '”', '’', '“', '‘', '»']);
/** Punctuation that may open a sentence before its first word. */
const OPENERS = new Set([
  '"',
  "'",
  '“',
  '‘',
  '«',
  '‹',
  '(',
  '[',
  '¿',
  '¡',
  '—',
  '–',
  '-',
  '*',
  '•',
]);
const SPACE = /\s/;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
/** "iPhone", "eBay": a lower-case start that still opens a sentence. */
const CAMEL_WORD = /^\p{Ll}+\p{Lu}/u;

/** The word that follows position `at`, past opening punctuation, and what comes right after it. */
function nextWordAt(text: string, at: number, end: number): { word: string; after: string } {
  let i = at;
  while (i < end && OPENERS.has(text[i] ?? '')) i++;
  let j = i;
  while (j < end && /[\p{L}\p{N}]/u.test(text[j] ?? '')) j++;
  return { word: text.slice(i, j), after: text[j] ?? '' };
}

/** The word right before a terminator at `at`, without leading opening punctuation. */
function wordBefore(text: string, from: number, at: number): { word: string; start: number } {
  let i = at;
  while (i > from && !SPACE.test(text[i - 1] ?? '')) i--;
  let start = i;
  while (start < at && OPENERS.has(text[start] ?? '')) start++;
  return { word: text.slice(start, at), start };
}

function startsLower(word: string): boolean {
  return LOWER.test(word.charAt(0)) && !CAMEL_WORD.test(word);
}

/**
 * `“Why?” Kerry asked.`: a quotation closed by "!" or "?" continues when a short name and a speech
 * verb follow. (After a period, `…happen." Vance said he…` starts a new sentence.)
 */
const SPEAKER_FOLLOWS =
  /^(?:[\p{Lu}][\p{L}'’.-]*\s+){1,4}(?:said|says|asked|asks|told|tells|tweeted|wrote|writes|added|adds|replied|shouted|exclaimed|insisted|declared|explained|continued|recalled|noted|posted|quipped|joked|warned|stated|announced|cried|yelled)\b/u;

/** Longer lines are prose, never a Title Case headline. */
const MAX_TITLE_CASE_LINE = 300;

/**
 * A line in Title Case ("Harlan Jr. On The Run in Ohio"): capitals do not mark sentence starts
 * there, so an abbreviation's period never ends a sentence in it.
 */
export function isTitleCase(line: string): boolean {
  if (line.length > MAX_TITLE_CASE_LINE) return false;
  const words = line.split(/\s+/).filter((w) => /^[\p{L}]{4,}/u.test(w));
  if (words.length < 3 || line.split(/\s+/).length > 30) return false;
  const capitalized = words.filter((w) => UPPER.test(w.charAt(0))).length;
  return capitalized >= 0.8 * words.length;
}

/** After an abbreviation, only a typical sentence opener (not an initial) starts a new sentence. */
function opensSentence(next: { word: string; after: string }): boolean {
  if (!UPPER.test(next.word.charAt(0))) return false;
  if (next.word.length === 1 && next.after === '.') return false;
  return SENTENCE_OPENERS.has(next.word.toLowerCase());
}

/**
 * Whether the terminator run text[runStart, runEnd) ends a sentence, given the first non-space
 * character after it at `nextAt` and whether a closing quote stands between them.
 */
function endsSentence(
  text: string,
  paragraph: { start: number; end: number; titleCase: boolean },
  runStart: number,
  runEnd: number,
  nextAt: number,
  quoted: boolean,
): boolean {
  const run = text.slice(runStart, runEnd).replace(/[ \u00a0]/g, '');
  const next = nextWordAt(text, nextAt, paragraph.end);
  if (next.word === '') return !LOWER.test(text[nextAt] ?? '');
  if (startsLower(next.word)) return false;
  const exclaimed = /[!?！？‽…]/.test(run);
  if (quoted && exclaimed && SPEAKER_FOLLOWS.test(text.slice(nextAt, nextAt + 80))) return false;
  // "the war years.... People were": a period, then an ellipsis.
  if (/^\.{4,}$/.test(run)) return true;
  // An ellipsis marks an omission as often as an end: "the next host is … Dana Price".
  if (run.includes('…') || /^\.{2,}$/.test(run)) return opensSentence(next);
  // "earns? 750 a month": a number right after "?" or "!" continues (a lost currency sign).
  if (/[!?！？‽。]/.test(run) || run.length > 1) return !/^\p{N}/u.test(next.word);
  // "a 120-98 (. 550) record": a period right after an opening bracket ends nothing.
  if (/[([{]/.test(text[runStart - 1] ?? '')) return false;
  const before = wordBefore(text, paragraph.start, runStart);
  if (before.word === '') return true;
  // "1. Inhalt": a number opening the paragraph is a list marker.
  if (/^\d{1,3}$/.test(before.word) && before.start === paragraph.start) return false;
  if (/^[\p{N}]/u.test(next.word) && abbreviationKind(before.word) !== 'none') return false;
  switch (abbreviationKind(before.word)) {
    case 'title':
      return false;
    case 'ambiguous':
      return !paragraph.titleCase && opensSentence(next);
    default:
      return true;
  }
}

/**
 * Sentences of one paragraph, text[start, end), as trimmed spans with exact offsets. Linear in the
 * paragraph's length: no segmenter runs over the whole text.
 *
 * @example findSentenceSpans('He met Gen. Smith. Then he left.', 0, 32)
 *   // [{ start: 0, end: 18 }, { start: 19, end: 32 }]
 */
export function findSentenceSpans(text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  let sentenceStart = start;
  const push = (from: number, to: number): void => {
    let a = from;
    let b = to;
    while (a < b && SPACE.test(text[a] ?? '')) a++;
    while (b > a && SPACE.test(text[b - 1] ?? '')) b--;
    if (b > a) spans.push({ start: a, end: b });
  };
  const titleCase = end - start <= MAX_TITLE_CASE_LINE && isTitleCase(text.slice(start, end));
  const paragraph = { start, end, titleCase };
  const terminator = new RegExp(TERMINATOR.source, 'g');
  terminator.lastIndex = start;
  for (let m = terminator.exec(text); m && m.index < end; m = terminator.exec(text)) {
    const runStart = m.index;
    const runEnd = Math.min(runStart + m[0].length, end);
    let k = runEnd;
    while (k < end && CLOSERS.has(text[k] ?? '')) k++;
    if (k >= end) break;
    if (!SPACE.test(text[k] ?? '')) continue;
    let sentenceEnd = k;
    let nextAt = k;
    while (nextAt < end && SPACE.test(text[nextAt] ?? '')) nextAt++;
    // `happen. " Vance said`, `Thank you. ' " Marsh said`: quote marks standing alone close.
    for (;;) {
      let lone = nextAt;
      while (lone < end && DETACHED_CLOSERS.has(text[lone] ?? '')) lone++;
      if (lone === nextAt || (lone < end && !SPACE.test(text[lone] ?? ''))) break;
      sentenceEnd = lone;
      nextAt = sentenceEnd;
      while (nextAt < end && SPACE.test(text[nextAt] ?? '')) nextAt++;
    }
    if (nextAt >= end) break;
    const quoted = k > runEnd || sentenceEnd > k;
    if (endsSentence(text, paragraph, runStart, runEnd, nextAt, quoted)) {
      push(sentenceStart, sentenceEnd);
      sentenceStart = nextAt;
    }
    terminator.lastIndex = Math.max(terminator.lastIndex, nextAt);
  }
  push(sentenceStart, end);
  return spans;
}
