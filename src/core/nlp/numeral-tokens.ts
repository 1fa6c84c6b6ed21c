import { GROUPING_SPACES, readNumeral } from '../extract/quantities/numeral';
import { INVISIBLE_CHARACTERS } from '../util/invisible-characters';
import type { Token } from '../types';

/**
 * Where the characters of a text with its invisible characters removed lie in the original:
 * `offsets[i]` is the original offset of visible character `i`.
 */
export type VisibleText = { text: string; offsets: readonly number[] | null };

/** One invisible character, anywhere (not global: no `lastIndex` to carry between calls). */
const INVISIBLE = new RegExp(INVISIBLE_CHARACTERS.source);

/**
 * The text without invisible characters (zero-width space, soft hyphen, word joiner, …), and
 * where each remaining character was; `offsets` is null when nothing was removed.
 *
 * @example withoutInvisible('15\u200B00').text // '1500'
 */
export function withoutInvisible(text: string): VisibleText {
  if (!INVISIBLE.test(text)) return { text, offsets: null };
  let visible = '';
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (INVISIBLE.test(c)) continue;
    visible += c;
    offsets.push(i);
  }
  return { text: visible, offsets };
}

/** Characters a numeral is written with, besides digits: signs, separators, fractions. */
const NUMERAL_PIECE = /^[\d+\-\u2212.,'’½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒]+$/u;
const LONE_SIGN = /^[-+\u2212]$/;
/** The most tokens one numeral is split into: "1 '234 '567 '890" and the like. */
const MAX_PIECES = 9;

/**
 * Joins the tokens that together write one numeral, so that the number reader sees all of it:
 * "1" "'" "200" → "1'200", "1" "200" across a thin space → "1 200", "−" "15" → "−15", "2" "½"
 * → "2½". A sign joins only when it does not hang on the word before it ("2014−15" stays
 * apart). A lone vulgar fraction ("½") becomes a number token. Tokens carry offsets into
 * `text`; a joined token's text is `text` between its ends.
 *
 * @example joinNumeralTokens(tokens('It cost 1 200 francs.'), 'It cost 1\u2009200 francs.')
 *   // … { text: '1 200', kind: 'number', pos: 'NUM' } …
 */
export function joinNumeralTokens(tokens: readonly Token[], text: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i] as Token;
    const last = longestNumeral(tokens, text, i);
    if (last > i) {
      const joined = text.slice(first.start, (tokens[last] as Token).end);
      out.push(numberToken(first, joined, (tokens[last] as Token).end));
      i = last;
    } else if (
      first.kind !== 'number' &&
      NUMERAL_PIECE.test(first.text) &&
      !LONE_SIGN.test(first.text) &&
      readNumeral(first.text)
    ) {
      out.push(numberToken(first, first.text, first.end));
    } else {
      out.push(first);
    }
  }
  return out;
}

/** The index of the last token of the longest numeral that starts at token `i` (else `i`). */
function longestNumeral(tokens: readonly Token[], text: string, i: number): number {
  const first = tokens[i];
  if (!first || !NUMERAL_PIECE.test(first.text)) return i;
  const before = tokens[i - 1];
  if (LONE_SIGN.test(first.text) && before?.end === first.start) return i;
  let best = i;
  for (let j = i + 1; j < tokens.length && j < i + MAX_PIECES; j++) {
    const previous = tokens[j - 1] as Token;
    const next = tokens[j] as Token;
    const gap = text.slice(previous.end, next.start);
    if (gap !== '' && !(gap.length === 1 && GROUPING_SPACES.includes(gap))) break;
    if (!NUMERAL_PIECE.test(next.text)) break;
    if (readNumeral(text.slice(first.start, next.end))) best = j;
  }
  return best;
}

function numberToken(first: Token, text: string, end: number): Token {
  const lower = text.toLowerCase();
  return {
    ...first,
    end,
    text,
    lower,
    lemma: lower,
    stem: lower,
    stop: false,
    pos: 'NUM',
    kind: 'number',
  };
}
