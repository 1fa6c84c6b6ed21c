import { describe, expect, it } from 'vitest';
import type { SentenceSpan, Token } from '../../types';
import { liveParagraphs, placeQuotes, quoteMasks } from './quote-placement';
import { scanQuotes } from './quote-scanner';

const text = 'Menu\n“A b,” he said. Then “c d\ne f,” she said.';
const sentence = (
  start: number,
  end: number,
  paragraph: number,
  boilerplate = false,
): SentenceSpan => ({
  start,
  end,
  paragraph,
  boilerplate,
  headline: false,
});
const sentences = [
  sentence(0, 4, 0, true),
  sentence(5, 20, 1),
  sentence(21, 30, 1),
  sentence(31, 46, 2),
];
const live = [1, 2, 3];

describe('quote placement', () => {
  it('spans the live sentences of each paragraph', () => {
    expect(liveParagraphs(sentences, live)).toEqual([
      { start: 5, end: 30 },
      { start: 31, end: 46 },
    ]);
  });

  it('places quotes in the sentences that hold their first and last words', () => {
    const placed = placeQuotes(scanQuotes(text, liveParagraphs(sentences, live)), sentences, live);
    expect(placed.map((q) => [text.slice(q.start, q.end), q.sentence, q.lastSentence])).toEqual([
      ['A b,', 1, 1],
      ['c d', 2, 2],
      ['e f,', 3, 3],
    ]);
  });

  it('masks the tokens inside quotes', () => {
    const token = (start: number, end: number): Token => ({
      start,
      end,
      text: text.slice(start, end),
      lower: text.slice(start, end).toLowerCase(),
      lemma: text.slice(start, end).toLowerCase(),
      stem: text.slice(start, end).toLowerCase(),
      stop: false,
      pos: 'X',
      kind: 'word',
      negated: false,
    });
    const tokens = [[], [token(6, 7), token(8, 9), token(12, 14)], [], []];
    const placed = placeQuotes(scanQuotes(text, liveParagraphs(sentences, live)), sentences, live);
    expect(quoteMasks(tokens, placed, live).get(1)).toEqual([true, true, false]);
  });
});
