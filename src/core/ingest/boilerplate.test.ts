import { describe, expect, it } from 'vitest';
import type { SentenceSpan } from '../types';
import { markBoilerplate } from './boilerplate';
import { findParagraphs } from './paragraphs';

/** One sentence per paragraph, to test paragraph-level rules on their own. */
function flagsOf(text: string, perParagraph?: (p: string) => string[]): [string, boolean][] {
  const paragraphs = findParagraphs(text);
  const sentences: SentenceSpan[] = [];
  paragraphs.forEach((p, paragraph) => {
    const body = text.slice(p.start, p.end);
    let from = p.start;
    for (const piece of perParagraph ? perParagraph(body) : [body]) {
      const start = text.indexOf(piece, from);
      sentences.push({
        start,
        end: start + piece.length,
        paragraph,
        boilerplate: false,
        headline: false,
      });
      from = start + piece.length;
    }
  });
  return markBoilerplate(text, paragraphs, sentences).map((s) => [
    text.slice(s.start, s.end),
    s.boilerplate,
  ]);
}

describe('markBoilerplate', () => {
  it('marks every item of a navigation menu, even items that are not labels', () => {
    const text =
      '  1. Inhalt\n  2. Politik\n  3. Weitere Inhalte\n  4. Wirtschaft\nThe news begins here.';
    expect(flagsOf(text).map(([, b]) => b)).toEqual([true, true, true, true, false]);
  });

  it('leaves a short numbered list without any furniture label alone', () => {
    const text = '1. Germany\n2. France\n3. Italy\nThe ranking was published on Monday.';
    expect(flagsOf(text).every(([, b]) => !b)).toBe(true);
  });

  it('marks a whole comment-policy paragraph when most of it is policy', () => {
    const text =
      'We welcome comments that advance the story. We try to block comments that use offensive language. ' +
      'If you see a comment that is inappropriate, you can flag it to our editors. ' +
      'Views expressed in the comments do not represent those of Example Ltd.';
    const flags = flagsOf(text, (p) => p.split(/(?<=\.) /));
    expect(flags).toHaveLength(4);
    expect(flags.every(([, b]) => b)).toBe(true);
  });

  it('never marks a headline', () => {
    const text = 'Share this article';
    const paragraphs = findParagraphs(text);
    const [marked] = markBoilerplate(text, paragraphs, [
      { start: 0, end: text.length, paragraph: 0, boilerplate: false, headline: true },
    ]);
    expect(marked?.boilerplate).toBe(false);
  });
});
