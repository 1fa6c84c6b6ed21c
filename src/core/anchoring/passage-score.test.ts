import { describe, expect, it } from 'vitest';
import { contextWeight, passageScorer, quoteForm, quoteSimilarity } from './passage-score';

const TEXT = 'Intro line.\n\nKyiv said 100,000 troops massed near the border, officials added.';

describe('quoteForm', () => {
  it('compares a quote whole, or by its ends when abridged or very long', () => {
    expect(quoteForm('abc', undefined, 3)).toEqual({ kind: 'whole', text: 'abc' });
    expect(quoteForm('Kyiv said', 'officials added.', 66)).toEqual({
      kind: 'ends',
      head: 'Kyiv said',
      tail: 'officials added.',
      length: 66,
    });
    expect(quoteForm('x'.repeat(500), undefined, 500).kind).toBe('ends');
  });
});

describe('quoteSimilarity', () => {
  const start = TEXT.indexOf('Kyiv');
  const end = TEXT.length;

  it('is 1 for the same text, and lower for an edited one', () => {
    const form = quoteForm(TEXT.slice(start, end), undefined, end - start);
    expect(quoteSimilarity(TEXT, form, start, end)).toBe(1);
    const edited = TEXT.replace('100,000', '120,000');
    expect(quoteSimilarity(edited, form, start, end)).toBeCloseTo(1 - 2 / 67);
  });

  it('compares the ends of an abridged quote and its length', () => {
    const form = quoteForm('Kyiv said 100,000', 'officials added.', end - start);
    expect(quoteSimilarity(TEXT, form, start, end)).toBe(1);
    // Same ends, but the range runs far past the passage's length: not the same passage.
    const longer = `${TEXT.slice(0, end - 16)}${' and much more text'.repeat(4)}officials added.`;
    expect(quoteSimilarity(longer, form, start, longer.length)).toBeLessThan(0.8);
  });
});

describe('contextWeight', () => {
  it('counts context beyond a line break a quarter', () => {
    expect(contextWeight('abcdef', 'before')).toBe(6);
    expect(contextWeight('ab\n\ncd', 'before')).toBe(3 + 3 * 0.25);
    expect(contextWeight('ab\n\ncd', 'after')).toBe(3 + 3 * 0.25);
  });
});

describe('passageScorer', () => {
  const start = TEXT.indexOf('100,000');
  const end = start + 7;
  const context = { prefix: TEXT.slice(start - 10, start), suffix: TEXT.slice(end, end + 14) };
  const score = passageScorer(TEXT, quoteForm('100,000', undefined, 7), context);

  it('gives the true place full marks', () => {
    expect(score(start, end)).toMatchObject({ quote: 1, prefix: 1, suffix: 1, similarity: 1 });
  });

  it('marks down a place whose context differs, and edges that cut words', () => {
    const elsewhere = `${TEXT} Moscow says 100,000 is wrong.`;
    const at = elsewhere.lastIndexOf('100,000');
    const other = passageScorer(elsewhere, quoteForm('100,000', undefined, 7), context)(at, at + 7);
    expect(other.quote).toBe(1);
    expect(other.similarity).toBeLessThan(0.7);
    const cut = score(start + 1, end - 1); // "00,00": both edges inside the number
    expect(cut.edgeMismatches).toBe(2);
  });

  it('skips the context where the quote alone rules the place out', () => {
    const lazy = passageScorer(TEXT, quoteForm('100,000', undefined, 7), context, () => false);
    expect(lazy(start, end)).toMatchObject({ prefix: null, suffix: null });
  });
});
