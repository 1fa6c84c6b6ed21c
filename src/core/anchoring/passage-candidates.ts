import { anchoredDistance, MAX_PATTERN_LENGTH, searchApprox } from './approx-search';
import type { PassageContext, QuoteForm } from './passage-score';

/** A range of the text that may hold the passage. */
export type CandidateRange = { start: number; end: number };

/** Pieces shorter than this match almost anywhere with errors; they are only looked up exactly. */
const MIN_FUZZY_PIECE = 6;

/** Errors allowed when searching a piece, as a fraction of its length. */
const PIECE_ERROR_RATE = 0.3;

/** Matches kept per piece: the best few are enough, and this bounds the work on huge texts. */
const MATCHES_PER_PIECE = 24;

/** Ends paired with each start (those nearest the expected length): bounds the work. */
const ENDS_PER_START = 3;

/** Exact occurrences kept for a short quote. */
const MAX_EXACT_OCCURRENCES = 64;

/** One search: a piece of the description and what a match of it says about the passage. */
type Piece = { text: string; gives: 'start' | 'end' | 'both'; at: 'start' | 'end' };

/**
 * The pieces searched for: the quote's first and last ≤32 characters (a shorter quote is one
 * piece) and the ≤32 characters of context touching each side. Any one of them surviving the
 * edits is enough to propose a place, so a passage whose context moved away (a reordered
 * paragraph) or whose words were edited is still proposed.
 */
function piecesOf(form: QuoteForm, context: PassageContext): Piece[] {
  const pieces: Piece[] = [];
  if (form.kind === 'whole' && form.text.length <= MAX_PATTERN_LENGTH) {
    pieces.push({ text: form.text, gives: 'both', at: 'start' });
  } else {
    const head = form.kind === 'whole' ? form.text : form.head;
    const tail = form.kind === 'whole' ? form.text : form.tail;
    pieces.push({ text: head.slice(0, MAX_PATTERN_LENGTH), gives: 'start', at: 'start' });
    pieces.push({ text: tail.slice(-MAX_PATTERN_LENGTH), gives: 'end', at: 'end' });
  }
  // A prefix match ends where the passage starts; a suffix match starts where it ends.
  pieces.push({ text: context.prefix.slice(-MAX_PATTERN_LENGTH), gives: 'start', at: 'end' });
  pieces.push({ text: context.suffix.slice(0, MAX_PATTERN_LENGTH), gives: 'end', at: 'start' });
  return pieces.filter((p) => p.text.length > 0);
}

/** Every exact occurrence of `piece` in `text.slice(from, to)`, nearest to `hint` first. */
function exactOccurrences(text: string, piece: string, from: number, to: number, hint: number) {
  const found: { start: number; end: number }[] = [];
  for (let at = text.indexOf(piece, from); at >= 0 && at + piece.length <= to;) {
    found.push({ start: at, end: at + piece.length });
    at = text.indexOf(piece, at + 1);
  }
  found.sort((a, b) => Math.abs(a.start - hint) - Math.abs(b.start - hint));
  return found.slice(0, MAX_EXACT_OCCURRENCES);
}

/**
 * The ranges where the quote occurs verbatim (for a quote compared by its ends: the opening
 * words, then the closing words at about the original length after them), nearest to `hint`
 * first. Cheap, and usually enough: most linked passages are not edited.
 */
export function exactRanges(
  text: string,
  form: QuoteForm,
  length: number,
  hint: number,
): CandidateRange[] {
  if (form.kind === 'whole') return exactOccurrences(text, form.text, 0, text.length, hint);
  const slack = Math.ceil(length * 0.25) + 10;
  return exactOccurrences(text, form.head, 0, text.length, hint).flatMap(({ start }) => {
    const from = start + Math.max(form.head.length, length - form.tail.length - slack);
    const at = text.indexOf(form.tail, from);
    const end = at + form.tail.length;
    return at >= 0 && Math.abs(end - start - length) <= slack ? [{ start, end }] : [];
  });
}

/** Where `piece` occurs in `text.slice(from, to)`, fuzzily when it is long enough. */
function matchesOf(text: string, piece: string, from: number, to: number, hint: number) {
  if (piece.length < MIN_FUZZY_PIECE) return exactOccurrences(text, piece, from, to, hint);
  const maxErrors = Math.floor(piece.length * PIECE_ERROR_RATE);
  return searchApprox(text, piece, maxErrors, { from, to, limit: MATCHES_PER_PIECE });
}

/** Options of `candidateRanges`. */
export type CandidateOptions = {
  /** The passage's original length, end − start. */
  length: number;
  /** Where the passage started in the text the description was made from. */
  hint: number;
  /** Search only `text.slice(from, to)`. */
  from: number;
  to: number;
};

/**
 * Ranges of `text` that may hold the passage: each start proposed by a piece is paired with the
 * ends proposed within a plausible length of it; an unpaired start or end is completed by
 * aligning the quote from it (or by the original length when the quote is long).
 */
export function candidateRanges(
  text: string,
  form: QuoteForm,
  context: PassageContext,
  options: CandidateOptions,
): CandidateRange[] {
  const { length, hint, from, to } = options;
  const starts = new Set<number>();
  const ends = new Set<number>();
  const ranges = new Map<string, CandidateRange>();
  const add = (start: number, end: number) => {
    const s = Math.max(0, start);
    const e = Math.min(text.length, end);
    if (s < e) ranges.set(`${s}:${e}`, { start: s, end: e });
  };
  for (const piece of piecesOf(form, context)) {
    for (const match of matchesOf(text, piece.text, from, to, hint)) {
      if (piece.gives === 'both') add(match.start, match.end);
      const at = piece.at === 'start' ? match.start : match.end;
      if (piece.gives !== 'end') starts.add(at);
      if (piece.gives !== 'start') ends.add(at);
    }
  }
  const slackOfLength = Math.ceil(length * 0.25) + 10;
  const sortedEnds = [...ends].sort((a, b) => a - b);
  // Every start and end also proposes a range on its own, completed by aligning the quote:
  // a pairing may swallow text inserted next to the passage, the completed range does not.
  for (const start of starts) {
    const misfit = (end: number) => Math.abs(end - start - length);
    sortedEnds
      .filter((end) => end > start && misfit(end) <= slackOfLength)
      .sort((a, b) => misfit(a) - misfit(b))
      .slice(0, ENDS_PER_START)
      .forEach((end) => add(start, end));
    add(start, completeEnd(text, form, start, length));
  }
  for (const end of sortedEnds) add(completeStart(text, form, end, length), end);
  return [...ranges.values()];
}

/** The end of the passage that starts at `start`: where the quote best aligns from there. */
function completeEnd(text: string, form: QuoteForm, start: number, length: number): number {
  if (form.kind === 'whole') return anchoredDistance(form.text, text, start, 'after').other;
  return start + length;
}

/** The start of the passage that ends at `end`: where the quote best aligns up to there. */
function completeStart(text: string, form: QuoteForm, end: number, length: number): number {
  if (form.kind === 'whole') return anchoredDistance(form.text, text, end, 'before').other;
  return end - length;
}
