import { describe, expect, it } from 'vitest';
import { tokensOf } from '../testing/sentence-tokens';
import { wordConcepts } from './word-concepts';

/** The WordNet concepts of all words of a sentence. */
const concepts = (sentence: string): number[] => {
  const tokens = tokensOf(sentence);
  return tokens.flatMap((_, i) => [...wordConcepts(tokens, i)]);
};
const shared = (a: string, b: string): number =>
  new Set(concepts(a).filter((c) => concepts(b).includes(c))).size;

describe('wordConcepts', () => {
  it('gives words that share a WordNet sense a shared concept', () => {
    expect(
      shared('The move raised concern in the West.', 'It created a climate of fear.'),
    ).toBeGreaterThan(0);
    expect(
      shared('The suspects were apprehended.', 'Police arrested the suspects.'),
    ).toBeGreaterThan(0);
  });

  it('reads a verb and its particle as the phrasal verb WordNet knows', () => {
    expect(
      shared('Russia will pull back its troops.', 'Russia will withdraw its troops.'),
    ).toBeGreaterThan(0);
    const phrasal = wordConcepts(tokensOf('They pull back.'), 1);
    const plain = wordConcepts(tokensOf('They pull hard.'), 1);
    expect(phrasal).not.toEqual(plain);
  });

  it('gives unrelated words no shared concept, and names none at all', () => {
    expect(shared('The suspects were apprehended.', 'The weather was cold.')).toBe(0);
    const tokens = tokensOf('Lavrov spoke.');
    expect(wordConcepts(tokens, 0)).toEqual([]);
  });
});
