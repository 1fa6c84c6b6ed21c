import { contextErrors } from './context-alignment';
import { quoteErrors } from './quote-alignment';

/**
 * What a passage is compared with when scoring a candidate range: either the whole quote, or
 * (for a long or abridged quote) its opening and closing words and the passage's length.
 */
export type QuoteForm =
  { kind: 'whole'; text: string } | { kind: 'ends'; head: string; tail: string; length: number };

/** The expected surroundings of a passage. */
export type PassageContext = { prefix: string; suffix: string };

/** How well a candidate range fits a passage description; each part in 0..1. */
export type PassageScore = {
  /** Similarity of the range's text to the quote. */
  quote: number;
  /** The alignment cost behind `quote` (errors plus one per run of errors). */
  quoteCost: number;
  /** Similarity of the text before the range to the prefix (null when there is no prefix). */
  prefix: number | null;
  /** Similarity of the text after the range to the suffix (null when there is no suffix). */
  suffix: number | null;
  /** The parts weighted by how many characters each compares. */
  similarity: number;
  /** Edges (0–2) where the range cuts a word but the passage did not, or the reverse. */
  edgeMismatches: number;
};

/** Quotes longer than this are compared by their ends only (O(n²) alignment would be slow). */
export const WHOLE_QUOTE_LIMIT = 400;

/** Characters of each end compared when a long quote is compared by its ends. */
const LONG_QUOTE_END = 100;

/**
 * The form in which `exact` (plus `tail`, when the description was abridged) is compared with
 * candidate ranges. `length` is the passage's original length (its end − start).
 */
export function quoteForm(exact: string, tail: string | undefined, length: number): QuoteForm {
  if (tail !== undefined) {
    return {
      kind: 'ends',
      head: exact,
      tail,
      length: Math.max(length, exact.length + tail.length),
    };
  }
  if (exact.length <= WHOLE_QUOTE_LIMIT) return { kind: 'whole', text: exact };
  return {
    kind: 'ends',
    head: exact.slice(0, LONG_QUOTE_END),
    tail: exact.slice(-LONG_QUOTE_END),
    length: exact.length,
  };
}

/** Similarity 1 − errors / length, floored at 0. */
function similarityOf(errors: number, length: number): number {
  return length === 0 ? 1 : Math.max(0, 1 - errors / length);
}

function reverse(text: string): string {
  let out = '';
  for (let i = text.length - 1; i >= 0; i--) out += text[i];
  return out;
}

/**
 * How similar `text.slice(start, end)` is to the quote, 0..1: one minus the alignment cost
 * (`quoteErrors`: errors plus one per run of errors) over the quote's length.
 */
export function quoteSimilarity(text: string, form: QuoteForm, start: number, end: number): number {
  return similarityOf(quoteCost(text, form, start, end), quoteWeight(form) + 1);
}

/**
 * The alignment cost of the quote against `text.slice(start, end)` (`quoteErrors`); for a quote
 * compared by its ends, the cost of both ends, raised when the range's length is far off.
 */
export function quoteCost(text: string, form: QuoteForm, start: number, end: number): number {
  if (form.kind === 'whole') return quoteErrors(form.text, text.slice(start, end), false);
  const found = end - start;
  const weight = form.head.length + form.tail.length;
  if (found <= 0) return weight + 1;
  const reach = (piece: string) => Math.min(found, Math.ceil(piece.length * 1.5) + 8);
  const head = quoteErrors(form.head, text.slice(start, start + reach(form.head)), true);
  const tailSegment = reverse(text.slice(end - reach(form.tail), end));
  const tail = quoteErrors(reverse(form.tail), tailSegment, true);
  // The omitted middle may have been edited, but a range of a very different length is not it.
  const lengthRatio = Math.min(found, form.length) / Math.max(found, form.length);
  const lengthPenalty = weight * Math.max(0, 0.9 - lengthRatio);
  return head + tail + lengthPenalty;
}

/** Characters of the quote that a score compares (its weight against the context). */
export function quoteWeight(form: QuoteForm): number {
  return form.kind === 'whole' ? form.text.length : form.head.length + form.tail.length;
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Whether a boundary between characters `a` and `b` falls inside a word. */
function cutsWord(a: string | undefined, b: string | undefined): boolean {
  return !!a && !!b && WORD_CHARACTER.test(a) && WORD_CHARACTER.test(b);
}

function firstOf(form: QuoteForm): string {
  return (form.kind === 'whole' ? form.text : form.head).slice(0, 1);
}

function lastOf(form: QuoteForm): string {
  return (form.kind === 'whole' ? form.text : form.tail).slice(-1);
}

/** Tuning of the score (measured by the re-anchoring evaluation). */
export const SCORE_TUNING = {
  /** Context beyond a line break weighs this much per character: paragraphs move. */
  acrossParagraph: 0.25,
  /** A short quote (a figure) weighs as much as this many characters of context. */
  minQuoteWeight: 16,
  /**
   * Taken off the similarity for each edge of the range that cuts a word where the passage did
   * not (or the reverse): look-alikes elsewhere ("…ber clerks took it", a URL slug) often do.
   */
  edgePenalty: 0.05,
};

/**
 * How much a side's context counts: a character per character up to the nearest line break
 * (itself included), a quarter beyond it, where another paragraph begins.
 */
export function contextWeight(context: string, side: 'before' | 'after'): number {
  const lineBreak = side === 'before' ? context.lastIndexOf('\n') : context.indexOf('\n');
  if (lineBreak < 0) return context.length;
  const near = side === 'before' ? context.length - lineBreak : lineBreak + 1;
  return near + (context.length - near) * SCORE_TUNING.acrossParagraph;
}

/** Scores candidate ranges of one text for one passage (see `passageScorer`). */
export type PassageScorer = (start: number, end: number) => PassageScore;

/**
 * A scorer of ranges of `text` as the place of a passage: the quote's similarity to the range,
 * and the context's similarity to the text just before and after it (each aligned to touch the
 * range, so context that lies elsewhere does not count), weighted by length, less a penalty
 * per edge that cuts a word differently. Context is scored once per position (candidates share
 * starts and ends), and not at all where `worthContext(quoteCost)` says the quote alone already
 * rules the range out (its context is then reported as null and counts as 0).
 */
export function passageScorer(
  text: string,
  form: QuoteForm,
  context: PassageContext,
  worthContext: (quoteCost: number) => boolean = () => true,
): PassageScorer {
  const { prefix: before, suffix: after } = context;
  const beforeCache = new Map<number, number | null>();
  const afterCache = new Map<number, number | null>();
  const prefixAt = (start: number): number | null => {
    if (!before) return null;
    let value = beforeCache.get(start);
    if (value === undefined) {
      value = similarityOf(contextErrors(before, text, start, 'before'), before.length);
      beforeCache.set(start, value);
    }
    return value;
  };
  const suffixAt = (end: number): number | null => {
    if (!after) return null;
    let value = afterCache.get(end);
    if (value === undefined) {
      value = similarityOf(contextErrors(after, text, end, 'after'), after.length);
      afterCache.set(end, value);
    }
    return value;
  };
  const weight = Math.max(quoteWeight(form), SCORE_TUNING.minQuoteWeight);
  const beforeWeight = contextWeight(before, 'before');
  const afterWeight = contextWeight(after, 'after');
  const total = weight + beforeWeight + afterWeight;
  return (start, end) => {
    const cost = quoteCost(text, form, start, end);
    // A wholly replaced quote costs its length plus one run: that is similarity 0.
    const quote = similarityOf(cost, quoteWeight(form) + 1);
    const scored = worthContext(cost);
    const prefix = scored ? prefixAt(start) : null;
    const suffix = scored ? suffixAt(end) : null;
    const edgeMismatches =
      Number(cutsWord(before.slice(-1), firstOf(form)) !== cutsWord(text[start - 1], text[start])) +
      Number(cutsWord(lastOf(form), after.slice(0, 1)) !== cutsWord(text[end - 1], text[end]));
    const similarity =
      (weight * quote + beforeWeight * (prefix ?? 0) + afterWeight * (suffix ?? 0)) / total -
      SCORE_TUNING.edgePenalty * edgeMismatches;
    return { quote, quoteCost: cost, prefix, suffix, similarity, edgeMismatches };
  };
}
