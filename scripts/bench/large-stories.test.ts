import { describe, expect, it } from 'vitest';
import { distinctArticles, wireCopies, wordnetVocabulary } from './large-stories';

const paragraphs = (text: string) => text.split('\n\n').slice(1);
const contentWords = (text: string) =>
  new Set(
    paragraphs(text)
      .join(' ')
      .toLowerCase()
      .match(/[a-z]{3,}/g),
  );

describe('wireCopies', () => {
  const pool = Array.from({ length: 300 }, (_, i) => `Sentence ${i} of the wire story is here.`);

  it('gives twelve articles of about the size asked, the same on every run', () => {
    const story = wireCopies(pool, { bytes: 20_000 });
    expect(story).toHaveLength(12);
    for (const article of story) {
      expect(article.text.length).toBeGreaterThan(19_000);
      expect(article.text.length).toBeLessThan(23_000);
    }
    expect(wireCopies(pool, { bytes: 20_000 })).toEqual(story);
  });

  it('makes any two versions share most paragraphs, in the wire order, but not all', () => {
    const [a, b] = wireCopies(pool, { bytes: 20_000 }).map((x) => paragraphs(x.text));
    const inB = new Set(b);
    const shared = (a ?? []).filter((p) => inB.has(p)).length / (a?.length ?? 1);
    expect(shared).toBeGreaterThan(0.6);
    expect(shared).toBeLessThan(0.85);
  });
});

describe('distinctArticles', () => {
  const vocabulary = wordnetVocabulary();

  it('reads thousands of nouns, verbs and adjectives from WordNet', () => {
    expect(vocabulary.nouns.length).toBeGreaterThan(40_000);
    expect(vocabulary.verbs.length).toBeGreaterThan(5_000);
    expect(vocabulary.adjectives.length).toBeGreaterThan(10_000);
  });

  it('gives articles of about the size asked that share only the words of their form', () => {
    const story = distinctArticles(vocabulary, { articles: 3, bytes: 30_000 });
    expect(story).toHaveLength(3);
    const [a, b] = story.map((x) => contentWords(x.text));
    const shared = [...(a ?? [])].filter((w) => b?.has(w));
    // The templates' own words ("the", "said", "percent", months…) and nothing else to speak of.
    expect(shared.length).toBeLessThan(60);
    for (const article of story) expect(article.text.length).toBeGreaterThan(29_000);
    expect(distinctArticles(vocabulary, { articles: 3, bytes: 30_000 })).toEqual(story);
  });
});
