import { describe, expect, it } from 'vitest';
import { candidateRanges, exactRanges } from './passage-candidates';
import { quoteForm } from './passage-score';

const SENTENCE =
  'The Kremlin has massed 100,000 Russian troops near the eastern border, Kyiv says.';
const TEXT = `Opening paragraph of the story.\n\n${SENTENCE} US officials say 40,000.`;
const START = TEXT.indexOf(SENTENCE);
const CONTEXT = {
  prefix: 'Opening paragraph of the story.\n\n',
  suffix: ' US officials say 40,000.',
};

describe('exactRanges', () => {
  it('finds a whole quote, and an abridged one by its ends at about its length', () => {
    const whole = quoteForm(SENTENCE, undefined, SENTENCE.length);
    expect(exactRanges(TEXT, whole, SENTENCE.length, 0)).toEqual([
      { start: START, end: START + SENTENCE.length },
    ]);
    const ends = quoteForm('The Kremlin has massed', 'Kyiv says.', SENTENCE.length);
    expect(exactRanges(TEXT, ends, SENTENCE.length, 0)).toEqual([
      { start: START, end: START + SENTENCE.length },
    ]);
    // The closing words far beyond the passage's length do not pair with the opening words.
    expect(exactRanges(TEXT, ends, 20, 0)).toEqual([]);
  });
});

describe('candidateRanges', () => {
  const options = { length: SENTENCE.length, hint: START, from: 0, to: Infinity };

  it('proposes the passage when its opening words were edited', () => {
    const edited = TEXT.replace('The Kremlin has massed', 'Moscow has gathered');
    const form = quoteForm(SENTENCE, undefined, SENTENCE.length);
    const ranges = candidateRanges(edited, form, CONTEXT, { ...options, to: edited.length });
    const start = edited.indexOf('Moscow');
    expect(ranges).toContainEqual({ start, end: start + SENTENCE.length - 3 });
  });

  it('proposes a short quote from its context when the quote itself changed', () => {
    const edited = TEXT.replace('100,000', '120,000');
    const figure = quoteForm('100,000', undefined, 7);
    const context = { prefix: 'The Kremlin has massed ', suffix: ' Russian troops near' };
    const ranges = candidateRanges(edited, figure, context, {
      ...options,
      length: 7,
      to: edited.length,
    });
    const start = edited.indexOf('120,000');
    expect(ranges).toContainEqual({ start, end: start + 7 });
  });

  it('searches only the window it is given', () => {
    const form = quoteForm(SENTENCE, undefined, SENTENCE.length);
    expect(candidateRanges(TEXT, form, CONTEXT, { ...options, from: 0, to: 20 })).toEqual([]);
  });
});
