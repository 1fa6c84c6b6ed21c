import { describe, expect, it } from 'vitest';
import { groupFacts } from './group-facts';
import type { IndexedSentence, ScoredPair } from './similarity';

const s = (...articles: number[]): IndexedSentence => ({ articles, features: new Map() });
const pair = (a: number, b: number, score: number): ScoredPair => ({ a, b, score, shared: 2 });
const thresholds = { join: 0.2, average: 0.15, extra: 0.25 };

describe('groupFacts', () => {
  // Three articles; sentences 0,2,4 report one fact; 1 reports two facts.
  const sentences = [s(0), s(0), s(1), s(1), s(2)];

  it('groups sentences of several articles that match each other', () => {
    const groups = groupFacts(
      sentences,
      [pair(0, 2, 0.6), pair(2, 4, 0.5), pair(0, 4, 0.4)],
      thresholds,
    );
    expect(groups.map((g) => g.members)).toEqual([[0, 2, 4]]);
  });

  it('keeps at most one sentence per article in a group, and a strong leftover pair as its own fact', () => {
    const groups = groupFacts(sentences, [pair(0, 2, 0.6), pair(1, 2, 0.3)], thresholds);
    expect(groups.map((g) => g.members)).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(groups[1]?.kind).toBe('extra');
  });

  it('does not chain a sentence into a group it matches only through one member', () => {
    const groups = groupFacts(sentences, [pair(0, 2, 0.6), pair(2, 4, 0.21)], thresholds);
    expect(groups.map((g) => g.members)).toEqual([[0, 2]]);
  });

  it('ignores pairs below the join score', () => {
    expect(groupFacts(sentences, [pair(0, 2, 0.1)], thresholds)).toEqual([]);
  });

  describe('a text printed by several articles', () => {
    // Text 0 is printed by articles 0, 1 and 2; text 1 by article 3; text 2 by article 1.
    const texts = [s(0, 1, 2), s(3), s(1)];

    it('is a group of its copies even when nothing else matches it', () => {
      expect(groupFacts(texts, [], thresholds)).toEqual([
        { members: [0], score: 1, kind: 'group' },
      ]);
    });

    it('weighs each copy when another text joins it', () => {
      const [group] = groupFacts(texts, [pair(0, 1, 0.4)], thresholds);
      expect(group?.members).toEqual([0, 1]);
      // Three copy pairs at 1 and three at 0.4, over six pairs.
      expect(group?.score).toBeCloseTo((3 * 1 + 3 * 0.4) / 6);
    });

    it('links a text that shares an article with the copies by one extra pair', () => {
      const groups = groupFacts(texts, [pair(0, 2, 0.5)], thresholds);
      expect(groups.map((g) => [g.members, g.kind])).toEqual([
        [[0], 'group'],
        [[0, 2], 'extra'],
      ]);
    });
  });
});
