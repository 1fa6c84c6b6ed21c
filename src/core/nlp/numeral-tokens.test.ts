import { describe, expect, it } from 'vitest';
import { loadNlpEngine } from './node-engine';
import { tokenizeSpans } from './tokenize';
import { withoutInvisible } from './numeral-tokens';

/** Tokens of one text as "text@start-end". */
function tokens(text: string): string[] {
  const [list = []] = tokenizeSpans(loadNlpEngine(), text, [{ start: 0, end: text.length }]);
  return list.map((t) => `${t.text}@${t.start}-${t.end}`);
}

describe('withoutInvisible', () => {
  it('removes invisible characters and says where the others were', () => {
    expect(withoutInvisible('15\u200B00')).toEqual({ text: '1500', offsets: [0, 1, 3, 4] });
    expect(withoutInvisible('plain')).toEqual({ text: 'plain', offsets: null });
  });
});

describe('tokenizeSpans with numerals and invisible characters', () => {
  it('reads through invisible characters, with offsets into the text as given', () => {
    expect(tokens('It cost 15\u200B00 francs.')).toEqual([
      'It@0-2',
      'cost@3-7',
      '1500@8-13',
      'francs@14-20',
      '.@20-21',
    ]);
    expect(tokens('Talks in Ky\u00ADiv ended.')).toContain('Kyiv@9-14');
  });

  it('joins the pieces of one numeral', () => {
    expect(tokens("It cost 1'200 francs.")).toContain("1'200@8-13");
    expect(tokens('It cost 1\u2009200 francs.')).toContain('1\u2009200@8-13');
    expect(tokens('It was \u221215 degrees.')).toContain('\u221215@7-10');
    expect(tokens('About 2½ million people.')).toContain('2½@6-8');
  });

  it('leaves apart what is not one numeral', () => {
    expect(tokens('It cost 1 200 francs.')).toEqual(expect.arrayContaining(['1@8-9', '200@10-13']));
    expect(tokens('The 2014\u221215 season.')).toEqual(
      expect.arrayContaining(['2014@4-8', '15@9-11']),
    );
    expect(tokens("He is 5'10 tall.")).not.toContain("5'10@6-10");
  });
});
