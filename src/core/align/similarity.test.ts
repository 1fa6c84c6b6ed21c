import { describe, expect, it } from 'vitest';
import { sentenceFeatures } from './sentence-features';
import { scoreSentencePairs, type IndexedSentence } from './similarity';
import { tokensOf } from '../testing/sentence-tokens';

function story(articles: string[][]): (IndexedSentence & { id: string })[] {
  return articles.flatMap((sentences, article) =>
    sentences.map((text, order) => ({
      id: `${article}:${order}`,
      articles: [article],
      features: sentenceFeatures(tokensOf(text)),
    })),
  );
}

describe('scoreSentencePairs', () => {
  const sentences = story([
    [
      'Kerry told a news conference late on Sunday after meeting Lavrov for four hours.',
      'The European Union has issued numerous sanctions against Moscow.',
    ],
    [
      'Kerry is planning to hold a press conference later on Sunday following his talks with Lavrov.',
      'Putin reportedly initiated the phone call.',
    ],
  ]);
  const pairs = scoreSentencePairs(sentences, 0.05);

  it('scores a paraphrased pair above unrelated ones', () => {
    const best = pairs[0];
    expect(best && [sentences[best.a]?.id, sentences[best.b]?.id]).toEqual(['0:0', '1:0']);
    // Kerry, Lavrov, the news conference (a paraphrase concept) at least.
    expect(best?.shared).toBeGreaterThanOrEqual(3);
  });

  it('never pairs sentences of the same article', () => {
    for (const p of pairs) expect(sentences[p.a]?.articles).not.toEqual(sentences[p.b]?.articles);
  });

  it('gives scores between 0 and 1, best first', () => {
    pairs.forEach((p, i) => {
      expect(p.score).toBeGreaterThan(0);
      expect(p.score).toBeLessThanOrEqual(1 + 1e-9);
      if (i > 0) expect(p.score).toBeLessThanOrEqual(pairs[i - 1]?.score ?? 1);
    });
  });
});
