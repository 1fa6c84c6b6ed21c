import { describe, expect, it } from 'vitest';
import { sentenceFeatures, storyNameKeys } from './sentence-features';
import { tokensOf } from '../testing/sentence-tokens';

const keys = (sentence: string) => [...sentenceFeatures(tokensOf(sentence)).keys()];

describe('sentenceFeatures', () => {
  it('indexes names under canonical keys and irregular verbs under their lemma', () => {
    const f = keys('John Kerry and Sergei Lavrov met in Paris with U.S. officials.');
    expect(f).toEqual(expect.arrayContaining(['e:kerry', 'e:lavrov', 'e:paris', 'e:us', 'w:meet']));
  });

  it('leaves out stop words, reporting verbs and small numbers', () => {
    const f = keys('He said that it was 3 of them, the officials told reporters.');
    expect(f).not.toContain('w:said');
    expect(f).not.toContain('w:say');
    expect(f).not.toContain('w:tell');
    expect(f.some((k) => k.startsWith('n:'))).toBe(false);
  });

  it('keeps large figures by value', () => {
    expect(keys('Some 100,000 people fled.')).toContain('n:100000');
  });

  it('reads the common words of a title-case headline as words', () => {
    const f = keys('John Kerry Meets with Sergei Lavrov on Ukraine, Urges Troop Pullback');
    expect(f).toEqual(expect.arrayContaining(['e:kerry', 'w:meet', 'w:pullback']));
  });

  it('in a capitalized headline, counts as names only the names the story writes elsewhere', () => {
    const story = storyNameKeys([
      tokensOf('The Harbor Gulls have offered pitcher Tomas Okafor a three-year contract.'),
      tokensOf('OKAFOR GETS BIG OFFER FROM GULLS'),
    ]);
    expect(story).toEqual(new Set(['harbor', 'gulls', 'tomas', 'okafor']));
    const shouted = [
      ...sentenceFeatures(tokensOf('OKAFOR GETS BIG OFFER FROM GULLS'), story).keys(),
    ];
    expect(shouted).toEqual(expect.arrayContaining(['e:okafor', 'e:gulls', 'w:offer']));
    expect(shouted).not.toContain('e:offer');
    expect(shouted).not.toContain('e:big');
    const titled = [
      ...sentenceFeatures(tokensOf('Okafor Gets Big Offer From Gulls'), story).keys(),
    ];
    expect(titled).toEqual(expect.arrayContaining(['e:okafor', 'e:gulls', 'w:offer']));
    expect(titled).not.toContain('w:okafor');
  });
});
