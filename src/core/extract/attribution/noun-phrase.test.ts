import { describe, expect, it } from 'vitest';
import { phraseAfter, phraseHead, subjectBefore } from './noun-phrase';
import { tokensOf } from '../../testing/sentence-tokens';

/** The subject of the first token equal to `verb`, as text. */
function subjectOf(text: string, verb: string): string | null {
  const tokens = tokensOf(text);
  const range = subjectBefore(
    tokens,
    tokens.findIndex((t) => t.text === verb),
  );
  return range ? text.slice(tokens[range.first]?.start, tokens[range.last]?.end) : null;
}

function phraseFrom(text: string, word: string): string | null {
  const tokens = tokensOf(text);
  const range = phraseAfter(
    tokens,
    tokens.findIndex((t) => t.text === word),
  );
  return range ? text.slice(tokens[range.first]?.start, tokens[range.last]?.end) : null;
}

describe('subjectBefore', () => {
  it('reads the subject of a reporting verb', () => {
    expect(subjectOf('US officials have put the number at 40,000.', 'put')).toBe('US officials');
    expect(subjectOf('“Her friends are supportive, “a friend of the actress said.', 'said')).toBe(
      'a friend of the actress',
    );
    expect(subjectOf('John Kerry and Sergei Lavrov said', 'said')).toBe(
      'John Kerry and Sergei Lavrov',
    );
    expect(subjectOf('The Boston Herald reported in its Tuesday editions', 'reported')).toBe(
      'Boston Herald',
    );
    expect(
      subjectOf("the “American Pie” star's rep Jack Ketsoyan confirmed that", 'confirmed'),
    ).toBe("star's rep Jack Ketsoyan");
    expect(subjectOf('He also noted that', 'noted')).toBe('He');
  });

  it('looks past appositions', () => {
    expect(subjectOf('Pensioner Bayram-aga, a voter in Ashgabat, said:', 'said')).toBe(
      'Pensioner Bayram-aga',
    );
    expect(subjectOf('The head of the union, Giannis Panagopoulos, said:', 'said')).toBe(
      'Giannis Panagopoulos',
    );
  });

  it('finds no subject for a passive or a clause boundary', () => {
    expect(subjectOf('The deal is said to be worth $180 million.', 'said')).toBeNull();
    expect(subjectOf('If so, said', 'said')).toBeNull();
  });
});

describe('phraseAfter', () => {
  it('reads the phrase after a cue', () => {
    expect(phraseFrom('The Kremlin has massed troops, according to Kyiv.', 'Kyiv')).toBe('Kyiv');
    expect(phraseFrom('according to a spokesman for the ministry, who', 'a')).toBe(
      'a spokesman for the ministry',
    );
    expect(phraseFrom('said he', 'he')).toBe('he');
  });
});

describe('phraseHead', () => {
  it('takes the head before an of-phrase', () => {
    const tokens = tokensOf('a spokesman for the ministry');
    expect(tokens[phraseHead(tokens, { first: 0, last: tokens.length - 1 })]?.text).toBe(
      'spokesman',
    );
  });
});
