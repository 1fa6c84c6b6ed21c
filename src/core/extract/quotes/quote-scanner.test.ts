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
        '“Her family stands behind her choice, “a friend of the singer said. “She checked in.”',
      ),
    ).toEqual(['Her family stands behind her choice,', 'She checked in.']);
  });

  it('carries a quote over paragraphs, with or without a new opening mark', () => {
    expect(quotesOf('“First part.\n“Second part,” he said.')).toEqual([
      'First part.…',
      '+Second part,',
    ]);
    expect(
      quotesOf(
        '“Believe me, my legs are sore.\nI trained too hard.” Earlier this year, she said so.',
      ),
    ).toEqual(['Believe me, my legs are sore.…', '+I trained too hard.']);
    expect(
      quotesOf('"We will keep going.\nIf we win them, fine. " The Kestrels have made a statement.'),
    ).toEqual(['We will keep going.…', '+If we win them, fine.']);
  });

  it('skips a stray closing mark instead of turning later quotes inside out', () => {
    expect(quotesOf('It was over.” The director “is excited,” she wrote.')).toEqual([
      'is excited,',
    ]);
  });

  it('reads single curly quotes outside double quotes, not apostrophes', () => {
    expect(
      quotesOf('Read on for how ‘ Silver Tide ’ could face a delay. He doesn ’ t care.'),
    ).toEqual(["'Silver Tide"]);
    expect(quotesOf('“we reject the ‘referendum’ that took place today”')).toEqual([
      'we reject the ‘referendum’ that took place today',
    ]);
    expect(quotesOf('It’s the ‘Nightjar’ films and Ukraine’s border.')).toEqual(["'Nightjar"]);
  });
});
