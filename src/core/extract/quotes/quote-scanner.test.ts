import { describe, expect, it } from 'vitest';
import type { Span } from '../../types';
import { scanQuotes } from './quote-scanner';

/** Paragraphs are the lines of `text`. */
function quotesOf(text: string): string[] {
  const paragraphs: Span[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) paragraphs.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  return scanQuotes(text, paragraphs).map(
    (q) =>
      `${q.continued ? '+' : ''}${q.single ? "'" : ''}${text.slice(q.start, q.end)}${q.close === null ? '…' : ''}`,
  );
}

describe('scanQuotes', () => {
  it('reads curly and straight double quotes', () => {
    expect(quotesOf('“Both sides made suggestions,” Kerry told a news conference.')).toEqual([
      'Both sides made suggestions,',
    ]);
    expect(
      quotesOf('Lavrov said that Russia and the US were "getting closer in our positions."'),
    ).toEqual(['getting closer in our positions.']);
  });

  it('reads several quotes in one paragraph', () => {
    expect(
      quotesOf('“Any real progress,” Kerry said. “We believe these forces are creating fear.”'),
    ).toEqual(['Any real progress,', 'We believe these forces are creating fear.']);
  });

  it('survives curly marks used the wrong way round', () => {
    expect(
      quotesOf(
        '“Her friends are supportive of her decision, “a friend of the actress said. “She checked in.”',
      ),
    ).toEqual(['Her friends are supportive of her decision,', 'She checked in.']);
  });

  it('carries a quote over paragraphs, with or without a new opening mark', () => {
    expect(quotesOf('“First part.\n“Second part,” he said.')).toEqual([
      'First part.…',
      '+Second part,',
    ]);
    expect(
      quotesOf('“Trust me, my body is tired.\nI partied hard.” Earlier this year, she said so.'),
    ).toEqual(['Trust me, my body is tired.…', '+I partied hard.']);
    expect(
      quotesOf('"We will move on.\nIf we get them, great. " The Yankees have made a statement.'),
    ).toEqual(['We will move on.…', '+If we get them, great.']);
  });

  it('skips a stray closing mark instead of turning later quotes inside out', () => {
    expect(quotesOf('It was over.” The director “is excited,” she wrote.')).toEqual([
      'is excited,',
    ]);
  });

  it('reads single curly quotes outside double quotes, not apostrophes', () => {
    expect(
      quotesOf('Hit the jump for how ‘ Catching Fire ’ could face a delay. He doesn ’ t care.'),
    ).toEqual(["'Catching Fire"]);
    expect(quotesOf('“we reject the ‘referendum’ that took place today”')).toEqual([
      'we reject the ‘referendum’ that took place today',
    ]);
    expect(quotesOf('It’s the ‘Twilight’ films and Ukraine’s border.')).toEqual(["'Twilight"]);
  });
});
