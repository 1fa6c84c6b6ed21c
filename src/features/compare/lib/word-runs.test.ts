import { describe, expect, it } from 'vitest';
import { WORD_DIFF_MAX_CHARS } from '../../../core/diff/word-diff';
import { compareWords, ownRuns, sharedCharacters, sharedRatio, sharedSpecifics } from './word-runs';

const texts = (text: string, runs: { start: number; end: number }[]) =>
  runs.map((r) => text.slice(r.start, r.end));

const a =
  'Kerry told a news conference late on Sunday after meeting with Lavrov for four hours in Paris.';
const b =
  'Kerry is planning to hold a press conference later on Sunday following his talks with Lavrov.';

describe('compareWords', () => {
  it('flags the words a counterpart has too', () => {
    const tokens = compareWords('The Quake hit at dawn', ['The Quake struck']);
    expect(tokens?.map((t) => `${t.text}:${t.shared ? '=' : '+'}`)).toEqual([
      'The:=',
      'Quake:=',
      'hit:+',
      'at:+',
      'dawn:+',
    ]);
  });

  it('counts a word as shared when any counterpart has it', () => {
    const tokens = compareWords('Troops massed near the border', [
      'Troops left',
      'massed near the border',
    ]);
    expect(tokens?.every((t) => t.shared)).toBe(true);
  });

  it('gives up on pairs beyond the size limit and with nothing to compare', () => {
    const long = 'word '.repeat(WORD_DIFF_MAX_CHARS / 5);
    expect(sharedCharacters(long, long)).toBeNull();
    expect(compareWords(long, [long])).toBeNull();
    expect(compareWords('Alone here.', [])).toBeNull();
  });
});

describe('ownRuns', () => {
  it('finds the details only this version gives, skipping lone function words', () => {
    expect(texts(a, ownRuns(compareWords(a, [b]) ?? []))).toEqual([
      'told',
      'news',
      'late',
      'after meeting',
      'for four hours in Paris',
    ]);
  });

  it('keeps short runs that hold a number', () => {
    const text = 'It is 40 now';
    expect(texts(text, ownRuns(compareWords(text, ['It is now']) ?? []))).toEqual(['40']);
  });
});

describe('sharedSpecifics', () => {
  it('marks shared names and numbers, not the capital that starts the sentence', () => {
    const text = 'On Sunday John Kerry met 3 envoys in Paris.';
    const tokens = compareWords(text, ['John Kerry saw 3 envoys on Sunday in Paris']) ?? [];
    expect(texts(text, sharedSpecifics(tokens))).toEqual(['John Kerry', '3', 'Paris']);
  });
});

describe('sharedRatio', () => {
  it('is the share of content words found in the counterpart', () => {
    expect(
      sharedRatio(compareWords('Kerry met Lavrov today', ['Kerry saw Lavrov']) ?? []),
    ).toBeCloseTo(2 / 3);
    expect(sharedRatio([])).toBe(0);
  });
});
