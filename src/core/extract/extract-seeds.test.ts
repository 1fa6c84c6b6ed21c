import { describe, expect, it } from 'vitest';
import gold from '../../../fixtures/kerry-lavrov-2014/gold.json';
import coinspeakerText from '../../../seeds/000_2a2de527784eabd2.txt?raw';
import dwText from '../../../seeds/003_98415ab34e40d7b9.txt?raw';
import { type ExtractedText, extractText } from '../testing/extract-text';

/**
 * The real pipeline pieces on the two seed articles, checked against the hand-made reference
 * (`fixtures/kerry-lavrov-2014/gold.json`): its quantities, quote speakers and dates.
 */
type GoldArticle = 'coinspeaker' | 'dw';

const articles: Record<GoldArticle, ExtractedText> = {
  // The reference gives DW's publication date; pass it in so the test does not depend on ingest.
  coinspeaker: extractText(
    coinspeakerText,
    gold.metadata.coinspeaker.published,
    gold.articles.coinspeaker,
  ),
  dw: extractText(dwText, gold.metadata.dw.published, gold.articles.dw),
};

/** The offsets of a reference quote in its article's text. */
function locate(article: GoldArticle, quote: string): { start: number; end: number } {
  const start = articles[article].text.indexOf(quote);
  if (start < 0) throw new Error(`reference quote not in ${article}: ${quote}`);
  return { start, end: start + quote.length };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

const familyName = (name: string | null | undefined) =>
  name?.split(' ').pop()?.toLowerCase() ?? null;

describe('extractArticle on the seed articles', () => {
  it('finds every reference quantity with its value and unit', () => {
    const found = gold.quantities.filter((ref) => {
      const article = ref.article as GoldArticle;
      const span = locate(article, ref.quote);
      return articles[article].quantities.some(
        (q) => overlaps(q, span) && q.value === ref.value && q.unit === ref.unit,
      );
    });
    expect(found.map((q) => q.quote)).toEqual(gold.quantities.map((q) => q.quote));
  });

  it('credits the DW troop figures to their sources', () => {
    const dw = articles.dw;
    const byValue = new Map(dw.quantities.map((q) => [q.value, q.attribution]));
    for (const ref of gold.quantities.filter((q) => 'attribution' in q)) {
      expect(byValue.get(ref.value)).toBe((ref as { attribution: string }).attribution);
    }
  });

  it('names the speaker of at least 8 of the 9 reference quotes', () => {
    const right = gold.quotes.filter((ref) => {
      const article = ref.article as GoldArticle;
      const span = locate(article, ref.quote);
      const quote = articles[article].quotes.find((q) => overlaps(q, span));
      return familyName(quote?.speaker) === familyName(ref.speaker);
    });
    expect(right.length).toBeGreaterThanOrEqual(8);
  });

  it('resolves the reference dates against the publication date', () => {
    for (const ref of gold.dates) {
      const article = ref.article as GoldArticle;
      const span = locate(article, ref.quote);
      const dates = articles[article].dates.filter((d) => overlaps(d, span)).map((d) => d.date);
      expect(dates).toContain(ref.date);
    }
  });

  it('finds the vague size that the reference pairs with the troop figures', () => {
    const related = gold.disagreements.flatMap((d) => d.related ?? []);
    for (const ref of related) {
      const span = locate(ref.article as GoldArticle, ref.quote);
      expect(articles[ref.article as GoldArticle].vague.some((v) => overlaps(v, span))).toBe(true);
    }
  });
});
