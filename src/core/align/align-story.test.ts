import { describe, expect, it } from 'vitest';
import { alignStory, type AlignableSentence } from './align-story';
import { tokensOf } from '../testing/sentence-tokens';

function article(
  name: string,
  sentences: string[],
  boilerplate: number[] = [],
): AlignableSentence[] {
  return sentences.map((text, i) => ({
    id: `${name}:${i}`,
    boilerplate: boilerplate.includes(i),
    headline: i === 0,
    tokens: tokensOf(text),
  }));
}

describe('alignStory', () => {
  const a = article(
    'a',
    [
      'Dana Price Checks Into Rehab',
      'The singer entered the Harbor View clinic in Palm Grove on Friday, her publicist said.',
      'Share this article on Facebook and Twitter.',
      'She recorded Summer Tides in 2004.',
    ],
    [2],
  );
  const b = article(
    'b',
    [
      'Dana Price enters rehab clinic',
      'Share this article on Facebook and Twitter.',
      'Price checked herself into the Harbor View clinic in Palm Grove, her representative said.',
      'The weather in Lakeport was cold.',
    ],
    [1],
  );
  const { facts, pairScore } = alignStory([a, b]);
  const membersOf = facts.map((f) => [...f.sentences].sort());

  it('aligns the headlines and the sentences that report the same fact', () => {
    expect(membersOf).toContainEqual(['a:0', 'b:0']);
    expect(membersOf).toContainEqual(['a:1', 'b:2']);
  });

  it('keeps boilerplate and unrelated sentences out of facts', () => {
    const all = facts.flatMap((f) => f.sentences);
    expect(all).not.toContain('a:2');
    expect(all).not.toContain('b:1');
    expect(all).not.toContain('b:3');
  });

  it('orders facts by where they first appear and scores pairs symmetrically', () => {
    expect(facts[0]?.sentences).toContain('a:0');
    expect(pairScore('a:1', 'b:2')).toBeGreaterThan(0);
    expect(pairScore('a:1', 'b:2')).toBe(pairScore('b:2', 'a:1'));
    expect(pairScore('a:3', 'b:3')).toBe(0);
  });

  it('lists for each sentence exactly the sentences it has a score with', () => {
    const ids = ['a:0', 'a:1', 'a:2', 'a:3', 'b:0', 'b:1', 'b:2', 'b:3'];
    for (const id of ids) {
      const scored = ids.filter((other) => pairScore(id, other) > 0);
      expect([...pairScore.partners(id)].sort(), id).toEqual(scored);
    }
    expect(pairScore.partners('a:1')).toContain('b:2');
  });

  it('gives every fact sentences from at least two articles', () => {
    for (const f of facts) expect(new Set(f.sentences.map((s) => s.split(':')[0])).size).toBe(2);
  });
});
