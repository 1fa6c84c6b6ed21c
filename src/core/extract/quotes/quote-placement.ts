import type { SentenceSpan, Span, Token } from '../../types';
import type { ScannedQuote } from './quote-scanner';
import type { PlacedQuote } from './speakers';

/**
 * The span of each paragraph that holds at least one of the `live` sentences, from its first
 * live sentence's start to its last one's end, in reading order.
 */
export function liveParagraphs(
  sentences: readonly SentenceSpan[],
  live: readonly number[],
): Span[] {
  const spans: Span[] = [];
  let current: (Span & { paragraph: number }) | null = null;
  for (const i of live) {
    const s = sentences[i];
    if (!s) continue;
    if (current && current.paragraph === s.paragraph) {
      current.end = s.end;
    } else {
      current = { start: s.start, end: s.end, paragraph: s.paragraph };
      spans.push(current);
    }
  }
  return spans.map(({ start, end }) => ({ start, end }));
}

/**
 * Places each quotation in the live sentences that hold its first and last characters; quotes
 * outside every live sentence are dropped.
 */
export function placeQuotes(
  quotes: readonly ScannedQuote[],
  sentences: readonly SentenceSpan[],
  live: readonly number[],
): PlacedQuote[] {
  const placed: PlacedQuote[] = [];
  for (const quote of quotes) {
    const sentence = sentenceAt(sentences, live, quote.start);
    const lastSentence = sentenceAt(sentences, live, quote.end - 1);
    if (sentence === null || lastSentence === null) continue;
    placed.push({ ...quote, sentence, lastSentence });
  }
  return placed;
}

/** The live sentence whose span holds `offset` (binary search), or null. */
function sentenceAt(
  sentences: readonly SentenceSpan[],
  live: readonly number[],
  offset: number,
): number | null {
  let lo = 0;
  let hi = live.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const index = live[mid] ?? 0;
    const s = sentences[index];
    if (!s) return null;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return index;
  }
  return null;
}

/** For each live sentence, which of its tokens lie inside a quotation. */
export function quoteMasks(
  tokens: readonly (readonly Token[])[],
  quotes: readonly PlacedQuote[],
  live: readonly number[],
): Map<number, boolean[]> {
  const masks = new Map<number, boolean[]>();
  for (const i of live) masks.set(i, new Array<boolean>(tokens[i]?.length ?? 0).fill(false));
  for (const q of quotes) {
    for (let s = q.sentence; s <= q.lastSentence; s++) {
      const mask = masks.get(s);
      const sentenceTokens = tokens[s];
      if (!mask || !sentenceTokens) continue;
      sentenceTokens.forEach((t, k) => {
        if (t.start >= q.start && t.end <= q.end) mask[k] = true;
      });
    }
  }
  return masks;
}
