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
    expect(subjectOf('“Her family is behind her, “a friend of the singer said.', 'said')).toBe(
      'a friend of the singer',
    );
    expect(subjectOf('John Kerry and Sergei Lavrov said', 'said')).toBe(
      'John Kerry and Sergei Lavrov',
    );
    expect(subjectOf('The Lisbon Courier reported in its Friday edition', 'reported')).toBe(
      'Lisbon Courier',
    );
    expect(
      subjectOf("the “Summer Tides” singer's agent Lou Brandt confirmed that", 'confirmed'),
    ).toBe("singer's agent Lou Brandt");
    expect(subjectOf('He also noted that', 'noted')).toBe('He');
  });

  it('looks past appositions', () => {
    expect(subjectOf('Farmer Ali-bey, a voter in Konya, said:', 'said')).toBe('Farmer Ali-bey');
    expect(subjectOf('The head of the union, Tomas Varga, said:', 'said')).toBe('Tomas Varga');
  });

  it('finds no subject for a passive or a clause boundary', () => {
    expect(subjectOf('The contract is said to be worth $75 million.', 'said')).toBeNull();
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
