import { describe, expect, it } from 'vitest';
import { tokensOf } from '../../testing/sentence-tokens';
import { findVagueAmounts } from './vague-amounts';

function vagueOf(text: string): string[] {
  return findVagueAmounts(text, tokensOf(text)).map(
    (v) => `${text.slice(v.start, v.end)} | ${v.cue} | ${v.head} ${v.direction}`,
  );
}

describe('findVagueAmounts', () => {
  it('reads sizes without figures from the seeds', () => {
    expect(vagueOf('a pullback of the very large Russian force that is massing')).toEqual([
      'very large Russian force | very large | force large',
    ]);
    expect(vagueOf('have issued numerous sanctions against Russia')).toEqual([
      'numerous sanctions | numerous | sanction large',
    ]);
    expect(vagueOf('a massive buildup of troops')).toEqual([
      'massive buildup | massive | buildup large',
    ]);
  });

  it('reads quantifying phrases and small amounts', () => {
    expect(vagueOf('a handful of protesters gathered')).toEqual([
      'a handful of protesters | a handful of | protester small',
    ]);
    expect(vagueOf('Several crucial minutes were lost')).toEqual([
      'Several crucial minutes | Several | minute small',
    ]);
    expect(vagueOf('many people')).toEqual(['many people | many | people large']);
  });

  it('leaves physical sizes and predicates alone', () => {
    expect(vagueOf('a small town in Alaska')).toEqual([]);
    expect(vagueOf('the force is large')).toEqual([]);
    expect(vagueOf('a few of the')).toEqual([]);
  });
});
