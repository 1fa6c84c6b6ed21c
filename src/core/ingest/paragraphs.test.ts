import { describe, expect, it } from 'vitest';
import { findParagraphs } from './paragraphs';

const texts = (text: string): string[] =>
  findParagraphs(text).map((p) => text.slice(p.start, p.end));

describe('findParagraphs', () => {
  it('takes each non-empty line, trimmed, with exact offsets', () => {
    const text = 'Title\r\n\r\n  1. Inhalt\n\n\u00a0Body line.  \n';
    expect(texts(text)).toEqual(['Title', '1. Inhalt', 'Body line.']);
    expect(findParagraphs(text)[0]).toEqual({ start: 0, end: 5 });
  });

  it('joins the lines of hard-wrapped text into blocks, ended by blank or short lines', () => {
    const wrapped = [
      'Kerry meets Lavrov',
      '',
      'US Secretary of State John Kerry met his Russian counterpart in Paris on',
      'Sunday to discuss a diplomatic solution to the crisis in Ukraine, officials',
      'said after the talks had ended late in the evening at the residence.',
      '',
      'The meeting was called at the last minute as Kerry stopped in Ireland to',
      'refuel his plane on the way back to Washington from the Middle East, and',
      'he then flew to Paris.',
      'Lavrov said on Saturday that Russia and the US were getting closer in their',
      'positions on the proposals discussed during the week in several calls.',
    ].join('\n');
    const paragraphs = texts(wrapped);
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[1]).toMatch(/^US Secretary.*residence\.$/s);
    expect(paragraphs[2]).toMatch(/^The meeting.*to Paris\.$/s);
  });
});
