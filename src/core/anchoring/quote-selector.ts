import { ANCHOR_THRESHOLDS, bestCandidate, verbatimCandidate } from './passage-search';
import type { ScoredCandidate } from './passage-search';

/**
 * A description of a passage that survives edits to its article (after hypothesis/client's
 * TextQuoteSelector + TextPositionSelector): the quoted text, some context on each side, and
 * where it was. When `tail` is present the description was abridged: `exact` holds the
 * passage's opening words, `tail` its closing words, and the middle is omitted (links stay
 * short); the passage found still spans from the opening to the closing words.
 */
export type PassageSelector = {
  /** The passage's text, or its opening words when abridged. */
  exact: string;
  /** The passage's closing words when abridged; absent when `exact` is the whole passage. */
  tail?: string;
  /** Text just before the passage (32 to 64 characters, fewer at the start of the text). */
  prefix: string;
  /** Text just after the passage (32 to 64 characters, fewer at the end of the text). */
  suffix: string;
  /** Where the passage was: UTF-16 offsets, end exclusive. A hint only. */
  start: number;
  end: number;
};

/** Where a passage is now, or that it is gone (with the text that was looked for). */
export type AnchorResult =
  | { status: 'found'; start: number; end: number; score: number }
  | { status: 'orphan'; exact: string };

/** Characters of context kept on each side of a passage of 80 or more characters. */
export const CONTEXT_LENGTH = 32;

/**
 * Characters of context kept on each side of a quote of `quoteLength` characters: 32 for a
 * long quote, up to 64 for a short one (a figure, a name), whose own text says little, so that
 * every description carries about the same amount of evidence (~144 characters).
 *
 * @example contextLengthFor(200) // 32
 * @example contextLengthFor(4) // 64
 */
export function contextLengthFor(quoteLength: number): number {
  return Math.min(
    2 * CONTEXT_LENGTH,
    Math.max(CONTEXT_LENGTH, Math.floor((144 - quoteLength) / 2)),
  );
}

/** The most context any description keeps on one side (`contextLengthFor` of a short quote). */
export const MAX_CONTEXT_LENGTH = 2 * CONTEXT_LENGTH;

/** Moves `offset` off the low half of a surrogate pair, so no slice splits a character. */
function snap(text: string, offset: number, direction: -1 | 1): number {
  const code = text.charCodeAt(offset);
  return code >= 0xdc00 && code <= 0xdfff && offset > 0 && offset < text.length
    ? offset + direction
    : offset;
}

/**
 * Up to `length` characters of `text` on each side of `[start, end)`, never splitting a
 * character: what a description keeps as its prefix and suffix.
 *
 * @example contextAround('He said no. Then he left.', 12, 25, 4) // { prefix: 'no. ', suffix: '' }
 */
export function contextAround(
  text: string,
  start: number,
  end: number,
  length: number,
): { prefix: string; suffix: string } {
  return {
    prefix: text.slice(snap(text, Math.max(0, start - length), 1), start),
    suffix: text.slice(end, snap(text, Math.min(text.length, end + length), -1)),
  };
}

/**
 * Describes `text.slice(start, end)` for a link: the quote, 32 to 64 characters of context on
 * each side (`contextLengthFor`) and the position. Throws a RangeError on an empty or out-of-bounds range.
 *
 * @example describePassage('He said no. Then he left.', 12, 25)
 *   // { exact: 'Then he left.', prefix: 'He said no. ', suffix: '', start: 12, end: 25 }
 */
export function describePassage(text: string, start: number, end: number): PassageSelector {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length) {
    throw new RangeError(`describePassage: [${start}, ${end}) is outside the text`);
  }
  if (start >= end) throw new RangeError(`describePassage: [${start}, ${end}) is empty`);
  const { prefix, suffix } = contextAround(text, start, end, contextLengthFor(end - start));
  return { exact: text.slice(start, end), prefix, suffix, start, end };
}

/** Options of `abridgeSelector`. */
export type AbridgeOptions = {
  /** The longest quote kept whole; a longer one keeps about half of this at each end. */
  maxQuote?: number;
  /** Context characters kept on each side (those nearest the passage); by default as many as
   * `contextLengthFor` gives for the abridged quote. */
  contextLength?: number;
};

/** Cuts `text` to about `length` characters at a word boundary, keeping its start or its end. */
function cutAtWord(text: string, length: number, keep: 'start' | 'end'): string {
  if (text.length <= length) return text;
  const piece = keep === 'start' ? text.slice(0, length) : text.slice(-length);
  // Prefer ending (or starting) on a space, unless that would lose more than a third.
  const space = keep === 'start' ? piece.lastIndexOf(' ') : piece.indexOf(' ');
  const cut =
    keep === 'start'
      ? space >= (length * 2) / 3
        ? piece.slice(0, space)
        : piece
      : space >= 0 && space <= length / 3
        ? piece.slice(space + 1)
        : piece;
  return keep === 'start' ? cut.slice(0, snap(cut, cut.length, -1)) : cut.slice(snap(cut, 0, 1));
}

/**
 * A shorter description of the same passage, for links: a quote longer than `maxQuote` (80)
 * keeps its opening and closing words (`exact` and `tail`), and the context keeps the
 * `contextLength` (32) characters nearest the passage. `anchorPassage` still finds the whole
 * passage from it.
 *
 * @example abridgeSelector(describePassage(dw, 1057, 1153)) // the seed's 96-character sentence
 *   // { exact: 'The Kremlin has massed 100,000 Russian', tail: 'eastern borders, according to Kyiv.', … }
 */
export function abridgeSelector(
  selector: PassageSelector,
  options: AbridgeOptions = {},
): PassageSelector {
  const maxQuote = options.maxQuote ?? 80;
  const quoteLength = Math.min(maxQuote, selector.exact.length + (selector.tail?.length ?? 0));
  const contextLength = options.contextLength ?? contextLengthFor(quoteLength);
  const abridged: PassageSelector = {
    exact: selector.exact,
    prefix: cutAtWord(selector.prefix, contextLength, 'end'),
    suffix: cutAtWord(selector.suffix, contextLength, 'start'),
    start: selector.start,
    end: selector.end,
  };
  if (selector.tail !== undefined) {
    abridged.exact = cutAtWord(selector.exact, Math.ceil(maxQuote / 2), 'start');
    abridged.tail = cutAtWord(selector.tail, Math.floor(maxQuote / 2), 'end');
  } else if (selector.exact.length > maxQuote) {
    abridged.exact = cutAtWord(selector.exact, Math.ceil(maxQuote / 2), 'start');
    abridged.tail = cutAtWord(selector.exact, Math.floor(maxQuote / 2), 'end');
  }
  return abridged;
}

/** Texts longer than this are first searched near the position hint only. */
const NEAR_HINT_TEXT = 65_536;
const NEAR_HINT_RADIUS = 16_384;

/**
 * The text a selector looks for, as shown for an orphan: the quote, or its opening and closing
 * words around an ellipsis when it was abridged.
 *
 * @example quotedText({ exact: 'The Kremlin has', tail: 'according to Kyiv.', … })
 *   // 'The Kremlin has … according to Kyiv.'
 */
export function quotedText(selector: PassageSelector): string {
  return selector.tail === undefined ? selector.exact : `${selector.exact} … ${selector.tail}`;
}

/**
 * Finds the passage that `selector` describes in `text`, which may have been edited since:
 * fuzzy matching of the quote's ends and of its context proposes places, each place is scored
 * by quote similarity, context similarity and (as a tie-breaker) nearness to the old position,
 * and the best place is accepted only above `ANCHOR_THRESHOLDS`. Otherwise the passage is an
 * orphan: it is reported with the text that was looked for, never placed somewhere wrong.
 * Never throws; a malformed selector gives an orphan.
 *
 * @example
 *   const old = 'Kyiv said 100,000 troops had massed.';
 *   anchorPassage('Update: Kyiv now says 120,000 troops had massed.', describePassage(old, 10, 17))
 *   // { status: 'found', start: 22, end: 29, score: 0.813 } — the corrected figure
 */
export function anchorPassage(text: string, selector: PassageSelector): AnchorResult {
  const orphan: AnchorResult = { status: 'orphan', exact: quotedText(selector) };
  if (!selector.exact || text.length === 0) return orphan;
  // Most passages were not edited: a verbatim occurrence in its own context settles it.
  const confident = (c: ScoredCandidate | null) =>
    c && c.score.similarity >= ANCHOR_THRESHOLDS.confident ? c : null;
  let best = confident(verbatimCandidate(text, selector));
  // In a long text, look near the old position first (a hint outside the text is harmless).
  if (!best && text.length > NEAR_HINT_TEXT) {
    const hint = Number.isFinite(selector.start) ? Math.min(selector.start, text.length) : 0;
    const from = Math.max(0, hint - NEAR_HINT_RADIUS);
    best = confident(bestCandidate(text, selector, from, from + 2 * NEAR_HINT_RADIUS));
  }
  best ??= bestCandidate(text, selector, 0, text.length);
  if (!best) return orphan;
  return {
    status: 'found',
    start: best.start,
    end: best.end,
    score: Math.round(best.score.similarity * 1000) / 1000,
  };
}
