import { describe, expect, it } from 'vitest';
import { type CueSentence, headCue, tailCue } from './speaker-cues';
import { tokensOf } from '../../testing/sentence-tokens';

/** One sentence with its quoted tokens (between the first pair of double marks) masked. */
function sentenceOf(text: string): { view: CueSentence; open: number; close: number } {
  const tokens = tokensOf(text);
  const open = text.search(/[“"]/);
  const close = open + 1 + text.slice(open + 1).search(/[”"]/);
  const inQuote = tokens.map((t) => t.start > open && t.end <= close);
  return { view: { index: 0, paragraph: 0, tokens, inQuote }, open, close };
}

const rangeText = (view: CueSentence, text: string, cue: ReturnType<typeof tailCue>) =>
  cue ? text.slice(view.tokens[cue.range.first]?.start, view.tokens[cue.range.last]?.end) : null;

describe('tailCue', () => {
  it('reads the speaker after a quote', () => {
    for (const [text, speaker] of [
      ['“Both sides made suggestions,” Kerry told a news conference.', 'Kerry'],
      ['“It is a real shame,” said Marta Lindqvist.', 'Marta Lindqvist'],
      ['“Her family is behind her,” a friend of the singer said.', 'a friend of the singer'],
      [
        '“The ferry changed course,” Commander Ilse Brandt, Chief Press Officer, said.',
        'Commander Ilse Brandt',
      ],
    ] as const) {
      const { view, close } = sentenceOf(text);
      expect(rangeText(view, text, tailCue(view, undefined, close, false))).toBe(speaker);
    }
  });

  it('does not take the next sentence’s subject after a full stop', () => {
    const text = '“I worked too hard.” Earlier this year, the singer said she had slowed down.';
    const { view, close } = sentenceOf(text);
    expect(tailCue(view, undefined, close, true)).toBeNull();
  });

  it('reads a cue in the next sentence when it starts in lower case', () => {
    const quote = sentenceOf('“That is really old!”');
    const next = { ...sentenceOf('he said.').view, index: 1 };
    expect(tailCue(quote.view, next, quote.close, false)?.sentence.index).toBe(1);
  });
});

describe('headCue', () => {
  it('reads the speaker before a quote', () => {
    for (const [text, speaker] of [
      [
        'Lavrov said on Saturday that Russia and the US were “getting closer in our positions.”',
        'Lavrov',
      ],
      ['Farmer Ali-bey, a voter in Konya, said: “I remember the old market.”', 'Farmer Ali-bey'],
      [
        'A ministry spokesman played down the strike saying that “for months there have been talks.”',
        'A ministry spokesman',
      ],
      [
        'According to the council’s minister, “We do not know what broke the pipe.”',
        'council’s minister',
      ],
    ] as const) {
      const { view, open } = sentenceOf(text);
      expect(rangeText(view, text, headCue(view, open))).toBe(speaker);
    }
  });

  it('finds nothing without a reporting verb', () => {
    const text = 'Marsh offered an apology “if the remark hurt anyone.”';
    const { view, open } = sentenceOf(text);
    expect(headCue(view, open)).toBeNull();
  });
});
