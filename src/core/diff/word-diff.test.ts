import { describe, expect, it } from 'vitest';
import { wordDiff, WORD_DIFF_MAX_CHARS } from './word-diff';

const changedWords = (text: string, segments: { start: number; end: number; changed: boolean }[]) =>
  segments.filter((s) => s.changed).map((s) => text.slice(s.start, s.end));

describe('wordDiff', () => {
  it('marks the words that differ between two aligned sentences', () => {
    const a = 'Kerry is planning to hold a press conference later on Sunday.';
    const b = 'Kerry told a news conference late on Sunday.';
    const diff = wordDiff(a, b);
    expect(diff).not.toBeNull();
    expect(changedWords(a, diff?.a ?? []).join(' ')).toContain('press');
    expect(changedWords(b, diff?.b ?? []).join(' ')).toContain('news');
    expect(changedWords(a, diff?.a ?? []).join(' ')).not.toContain('Sunday');
  });

  it('keeps segments inside each sentence and in order', () => {
    const a = 'The Kremlin has massed 100,000 Russian troops near the border.';
    const b = 'Russia has massed 40,000 troops near the border, officials said.';
    const diff = wordDiff(a, b);
    for (const [text, segs] of [
      [a, diff?.a ?? []],
      [b, diff?.b ?? []],
    ] as const) {
      let last = 0;
      for (const s of segs) {
        expect(s.start).toBeGreaterThanOrEqual(last);
        expect(s.end).toBeLessThanOrEqual(text.length);
        last = s.end;
      }
    }
    expect(changedWords(a, diff?.a ?? []).join(' | ')).toContain('100,000');
    expect(changedWords(b, diff?.b ?? []).join(' | ')).toContain('40,000');
    expect(changedWords(a, diff?.a ?? []).join(' | ')).not.toContain('troops');
  });

  it('gives up on sentences too long to diff', () => {
    const long = 'word '.repeat(WORD_DIFF_MAX_CHARS);
    expect(wordDiff(long, `${long} more`)).toBeNull();
  });

  it('finds nothing changed in identical sentences', () => {
    const s = 'Dana Price has checked herself into the Harbor View clinic.';
    expect(wordDiff(s, s)?.a.every((x) => !x.changed)).toBe(true);
  });
});
