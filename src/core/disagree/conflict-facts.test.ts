import { describe, expect, it } from 'vitest';
import type { Disagreement } from '../contract';
import { applyDisagreements } from './conflict-facts';

const side = (sentence: string) => ({ sentence, start: 0, end: 1, value: null, attribution: null });
const articleOf = (id: string) => id.split(':')[0];

describe('applyDisagreements', () => {
  const d: Disagreement = {
    id: 'd',
    kind: 'numeric',
    summary: '',
    sides: [side('a:1'), side('b:2')],
  };

  it('marks a fact holding two sides as a conflict', () => {
    const facts = applyDisagreements(
      [{ id: 'f', sentences: ['a:1', 'b:2'], relation: 'agree' }],
      [d],
      articleOf,
    );
    expect(facts).toEqual([{ id: 'f', sentences: ['a:1', 'b:2'], relation: 'conflict' }]);
  });

  it('adds a conflict fact for a cross-article disagreement no fact holds', () => {
    const facts = applyDisagreements([], [d], articleOf);
    expect(facts).toHaveLength(1);
    expect(facts[0]?.relation).toBe('conflict');
    expect(facts[0]?.sentences).toEqual(['a:1', 'b:2']);
  });

  it('keeps fact ids unique when hashed ids collide (huge stories)', () => {
    // A conflict fact hashed from 'a:1 b:2' next to an aligned fact that has the same id.
    const added = applyDisagreements([], [d], articleOf)[0]?.id ?? '';
    const facts = applyDisagreements(
      [{ id: added, sentences: ['a:7', 'b:8'], relation: 'agree' }],
      [d],
      articleOf,
    );
    expect(facts.map((f) => f.id)).toEqual([added, `${added}-2`]);
  });

  it('adds no fact for a disagreement inside one article', () => {
    const inside: Disagreement = { ...d, sides: [side('a:1'), side('a:2')] };
    expect(applyDisagreements([], [inside], articleOf)).toEqual([]);
  });
});
