import { describe, expect, it } from 'vitest';
import klitschko from '../../../fixtures/anchoring/ecb/7_10ecbplus.txt?raw';
import dw from '../../../seeds/003_98415ab34e40d7b9.txt?raw';
import {
  abridgeSelector,
  anchorPassage,
  contextLengthFor,
  describePassage,
  quotedText,
} from './quote-selector';
import type { PassageSelector } from './quote-selector';

/** The range of the first occurrence of `quote` in `text` (the test fails if there is none). */
function rangeOf(text: string, quote: string): { start: number; end: number } {
  const start = text.indexOf(quote);
  expect(start, `"${quote}" is in the text`).toBeGreaterThanOrEqual(0);
  return { start, end: start + quote.length };
}

function describeQuote(text: string, quote: string): PassageSelector {
  const { start, end } = rangeOf(text, quote);
  return describePassage(text, start, end);
}

const TROOPS =
  "The Kremlin has massed 100,000 Russian troops near Ukraine's eastern borders, according to Kyiv.";
const CLOSER =
  'Lavrov said on Saturday that Russia and the US were "getting closer in our positions."';

describe('describePassage', () => {
  it('keeps the quote, its context and its position', () => {
    expect(describePassage('He said no. Then he left.', 12, 25)).toEqual({
      exact: 'Then he left.',
      prefix: 'He said no. ',
      suffix: '',
      start: 12,
      end: 25,
    });
  });

  it('keeps 32 characters of context for a long quote and up to 64 for a short one', () => {
    const sentence = describeQuote(dw, TROOPS);
    expect(sentence.prefix).toHaveLength(32);
    expect(sentence.suffix).toHaveLength(32);
    const figure = describeQuote(dw, '100,000');
    expect(figure.prefix).toHaveLength(64);
    expect(figure.prefix.endsWith('The Kremlin has massed ')).toBe(true);
    expect(contextLengthFor(200)).toBe(32);
    expect(contextLengthFor(40)).toBe(52);
  });

  it('does not split a character made of two UTF-16 code units', () => {
    const text = `${'x'.repeat(30)}😀 quote here`;
    const selector = describePassage(text, text.indexOf('quote'), text.length);
    expect(selector.prefix.startsWith('\udE00')).toBe(false);
    expect(selector.prefix).toBe(`${'x'.repeat(30)}😀 `);
  });

  it('refuses empty and out-of-bounds ranges', () => {
    expect(() => describePassage('abc', 1, 1)).toThrow(RangeError);
    expect(() => describePassage('abc', -1, 2)).toThrow(RangeError);
    expect(() => describePassage('abc', 0, 4)).toThrow(RangeError);
    expect(() => describePassage('abc', 0.5, 2)).toThrow(RangeError);
  });
});

describe('abridgeSelector', () => {
  it('keeps the opening and closing words of a long quote, cut at spaces', () => {
    const abridged = abridgeSelector(describeQuote(dw, TROOPS));
    expect(abridged.exact).toBe('The Kremlin has massed 100,000 Russian');
    expect(abridged.tail).toBe('eastern borders, according to Kyiv.');
    expect(TROOPS.startsWith(abridged.exact)).toBe(true);
    expect(TROOPS.endsWith(abridged.tail ?? '')).toBe(true);
    expect(quotedText(abridged)).toBe(
      'The Kremlin has massed 100,000 Russian … eastern borders, according to Kyiv.',
    );
  });

  it('leaves a short quote whole and keeps the context nearest the passage', () => {
    const selector = describeQuote(dw, '100,000');
    const abridged = abridgeSelector(selector, { contextLength: 20 });
    expect(abridged.exact).toBe('100,000');
    expect(abridged.tail).toBeUndefined();
    expect(abridged.prefix).toBe('Kremlin has massed ');
    expect(abridged.suffix).toBe(' Russian troops');
  });
});

describe('anchorPassage on a real article', () => {
  const sentence = abridgeSelector(describeQuote(dw, TROOPS));
  const figure = describeQuote(dw, '100,000');

  it('finds an unchanged passage exactly', () => {
    expect(anchorPassage(dw, sentence)).toEqual({
      status: 'found',
      ...rangeOf(dw, TROOPS),
      score: 1,
    });
    expect(anchorPassage(dw, figure)).toEqual({
      status: 'found',
      ...rangeOf(dw, '100,000'),
      score: 1,
    });
  });

  it('finds a sentence and a figure after the figure was corrected', () => {
    const corrected = dw.replace('massed 100,000', 'massed 120,000');
    const newSentence = TROOPS.replace('100,000', '120,000');
    expect(anchorPassage(corrected, sentence)).toMatchObject({
      status: 'found',
      ...rangeOf(corrected, newSentence),
    });
    expect(anchorPassage(corrected, figure)).toMatchObject({
      status: 'found',
      ...rangeOf(corrected, '120,000'),
    });
  });

  it('finds a reworded sentence, whole, from an abridged description', () => {
    const closer = abridgeSelector(describeQuote(dw, CLOSER));
    const reworded = dw.replace('Russia and the US were', 'Moscow and Washington were');
    const found = anchorPassage(reworded, closer);
    expect(found).toMatchObject({
      status: 'found',
      ...rangeOf(reworded, CLOSER.replace('Russia and the US', 'Moscow and Washington')),
    });
  });

  it('follows a paragraph inserted before the passage and a paragraph moved to the end', () => {
    const inserted = dw.replace(
      'The meeting was called',
      'An earlier paragraph that was not there before.\n\nThe meeting was called',
    );
    expect(anchorPassage(inserted, sentence)).toMatchObject(rangeOf(inserted, TROOPS));
    const paragraph = `${TROOPS} US officials have put the number at 40,000.`;
    const moved = `${dw.replace(`${paragraph}\n\n`, '')}\n\n${paragraph}`;
    expect(anchorPassage(moved, sentence)).toMatchObject({
      status: 'found',
      ...rangeOf(moved, TROOPS),
    });
  });

  it('reports an orphan, with the text looked for, when the sentence was deleted', () => {
    const deleted = dw.replace(`${TROOPS} `, '');
    expect(anchorPassage(deleted, sentence)).toEqual({
      status: 'orphan',
      exact: quotedText(sentence),
    });
    expect(anchorPassage(deleted, figure)).toEqual({ status: 'orphan', exact: '100,000' });
  });

  it('does not take a near-duplicate for a deleted headline (a URL slug, a similar lead)', () => {
    const headline = describeQuote(
      klitschko,
      'Wladimir Klitschko stops Tony Thompson in 6th round to retain world heavyweight titles',
    );
    expect(anchorPassage(klitschko, abridgeSelector(headline)).status).toBe('found');
    const withoutHeadline = klitschko.slice(klitschko.indexOf('\n') + 1);
    expect(anchorPassage(withoutHeadline, abridgeSelector(headline)).status).toBe('orphan');
    const lead = describeQuote(
      klitschko,
      'Wladimir Klitschko stopped Tony Thompson in the sixth round',
    );
    const withoutLead = klitschko.replace(
      'Wladimir Klitschko stopped Tony Thompson in the sixth round',
      '',
    );
    expect(anchorPassage(withoutLead, lead).status).toBe('orphan');
  });

  it('never throws on malformed descriptions', () => {
    const odd: PassageSelector[] = [
      { exact: '', prefix: '', suffix: '', start: 0, end: 0 },
      { exact: 'Kremlin', prefix: '', suffix: '', start: Number.NaN, end: Number.NaN },
      { exact: 'Kremlin', prefix: 'x', suffix: 'y', start: 1e12, end: -5 },
      { exact: 'The Kremlin', tail: '', prefix: '', suffix: '', start: 0, end: 1 },
      { exact: 'z'.repeat(5000), prefix: '', suffix: '', start: 0, end: 5000 },
    ];
    for (const selector of odd) {
      expect(() => anchorPassage(dw, selector)).not.toThrow();
      expect(() => anchorPassage('', selector)).not.toThrow();
    }
    expect(anchorPassage(dw, odd[0] as PassageSelector).status).toBe('orphan');
    // A hostile description over a repetitive text: the candidates are bounded.
    const repetitive = 'the the the. '.repeat(8000);
    const hostile = {
      exact: 'the '.repeat(100),
      prefix: 'the ',
      suffix: ' the',
      start: 9,
      end: 409,
    };
    expect(anchorPassage(repetitive, hostile).status).toBe('found');
    expect(anchorPassage(dw, odd[1] as PassageSelector).status).toBe('found');
  });
});

describe('anchorPassage on a 2 MB article', () => {
  const claim = 'A unique claim: 1,234 unicorns were seen in Paris on Sunday.';
  const filler = Array.from({ length: 950 }, (_, i) => dw.replaceAll('Kerry', `Kerry${i}`)).join(
    '\n\n',
  );
  const middle = filler.indexOf('\n\n', filler.length / 2) + 2;
  const text = `${filler.slice(0, middle)}${claim}\n\n${filler.slice(middle)}`;
  const selector = describePassage(text, middle, middle + claim.length);

  // A search whose cost grew faster than the text would run past the suite's per-test timeout.
  it('finds the passage near its old position or moved, and reports a deleted one', () => {
    expect(text.length).toBeGreaterThan(2_000_000);
    expect(anchorPassage(text, selector)).toMatchObject({ status: 'found', start: middle });
    const moved = `${claim}\n\n${text.replace(`${claim}\n\n`, '')}`;
    expect(anchorPassage(moved, selector)).toMatchObject({ status: 'found', start: 0 });
    expect(anchorPassage(text.replace(claim, ''), selector).status).toBe('orphan');
  });
});
