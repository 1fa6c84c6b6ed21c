import { describe, expect, it } from 'vitest';
import { groupFacts } from './group-facts';
import type { IndexedSentence, ScoredPair } from './similarity';

const s = (article: number, order: number): IndexedSentence => ({
  id: `${article}:${order}`,
  article,
  order,
  features: new Map(),
});
const pair = (a: number, b: number, score: number): ScoredPair => ({ a, b, score, shared: [] });
const thresholds = { join: 0.2, average: 0.15, extra: 0.25 };

describe('groupFacts', () => {
  // Three articles; sentences 0,2,4 report one fact; 1 reports two facts.
  const sentences = [s(0, 0), s(0, 1), s(1, 0), s(1, 1), s(2, 0)];

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
});
