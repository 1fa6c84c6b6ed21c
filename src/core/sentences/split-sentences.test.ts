import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findParagraphs } from '../ingest/paragraphs';
import { MAX_SENTENCE_LENGTH, splitSentences } from './split-sentences';

const sentencesOf = (text: string) => splitSentences(text, findParagraphs(text));

describe('splitSentences', () => {
  it('keeps each line at least its own sentence and marks the first as headline', () => {
    const text =
      'Kerry meets Lavrov in Paris\n\nCaption without a period\nBody starts here. It goes on.';
    const sentences = sentencesOf(text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'Kerry meets Lavrov in Paris',
      'Caption without a period',
      'Body starts here.',
      'It goes on.',
    ]);
    expect(sentences.map((s) => s.headline)).toEqual([true, false, false, false]);
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 1, 2, 2]);
  });

  it('marks sentences inside the given headline spans', () => {
    const text = 'Menu\nTitle here\nBody.\nTitle here';
    const sentences = splitSentences(text, findParagraphs(text), {
      headlines: [
        { start: 5, end: 15 },
        { start: 22, end: 32 },
      ],
    });
    expect(sentences.map((s) => s.headline)).toEqual([false, true, false, true]);
  });

  it('marks page furniture as boilerplate but not the news next to it', () => {
    const text =
      'Kerry meets Lavrov\n' +
      'John Kerry and Sergei Lavrov met to discuss recent events. Photo: U.S. Department of State/Flickr\n' +
      'Share this article\nmz/dr (dpa, AP, AFP)';
    const flags = sentencesOf(text).map((s) => [text.slice(s.start, s.end), s.boilerplate]);
    expect(flags).toEqual([
      ['Kerry meets Lavrov', false],
      ['John Kerry and Sergei Lavrov met to discuss recent events.', false],
      ['Photo: U.S. Department of State/Flickr', true],
      ['Share this article', true],
      ['mz/dr (dpa, AP, AFP)', true],
    ]);
  });

  // The inputs below are megabytes: a cost that grows faster than the text would run past the
  // suite's per-test timeout. How fast splitting is, `npm run bench` measures (its stage times).
  it('cuts a huge paragraph without punctuation into bounded pieces', () => {
    const word = 'lorem ipsum dolor sit amet ';
    const text = word.repeat(Math.ceil(2_000_000 / word.length)).trim();
    const sentences = sentencesOf(text);
    expect(sentences.length).toBeGreaterThan(text.length / MAX_SENTENCE_LENGTH);
    expect(Math.max(...sentences.map((s) => s.end - s.start))).toBeLessThanOrEqual(
      MAX_SENTENCE_LENGTH,
    );
  });

  it('splits a 2 MB text of many short sentences', () => {
    const text =
      'The U.S. envoy met Gen. Smith on Jan. 5. He said: “We go.” Then they left.\n'.repeat(27_000);
    const sentences = sentencesOf(text);
    expect(sentences).toHaveLength(27_000 * 3);
  });

  it('splits a text with many headline spans (a title repeated all over a page)', () => {
    const text = 'Title\nThe envoy met him. He left.\n'.repeat(40_000);
    const paragraphs = findParagraphs(text);
    const headlines = paragraphs.filter((_, i) => i % 2 === 0);
    const sentences = splitSentences(text, paragraphs, { headlines });
    expect(sentences.filter((s) => s.headline)).toHaveLength(40_000);
    expect(sentences).toHaveLength(120_000);
  });

  it('covers every non-space character of every paragraph exactly once, in order', () => {
    const alphabet = fc.constantFrom(...'ab U.S. “”"\'!?….\n\u00a0Mr 1 (J)'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 200 }), (chars) => {
        const text = chars.join('');
        const paragraphs = findParagraphs(text);
        const sentences = splitSentences(text, paragraphs);
        let last = -1;
        for (const s of sentences) {
          expect(s.start).toBeGreaterThan(last);
          expect(s.end).toBeGreaterThan(s.start);
          expect(text.slice(s.start, s.end)).toBe(text.slice(s.start, s.end).trim());
          last = s.end - 1;
        }
        const covered = new Set<number>();
        for (const s of sentences) for (let i = s.start; i < s.end; i++) covered.add(i);
        for (const p of paragraphs) {
          for (let i = p.start; i < p.end; i++) {
            if (!/\s/.test(text[i] ?? '')) expect(covered.has(i)).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
