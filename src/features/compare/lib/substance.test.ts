import { describe, expect, it } from 'vitest';
import { numberValue, substanceDifferences, substanceTokens } from './substance';

const tokens = (text: string) => substanceTokens(text).map((t) => [t.kind, t.text]);
const differences = (text: string, others: string[]) =>
  substanceDifferences(text, others).map((d) => [d.token.text, d.instead]);

describe('substanceTokens', () => {
  it('reads names, figures, dates and negations', () => {
    expect(tokens('John Kerry met Sergei Lavrov in Paris on 30 March 2014.')).toEqual([
      ['name', 'John Kerry'],
      ['name', 'Sergei Lavrov'],
      ['name', 'Paris'],
      ['date', '30 March 2014'],
    ]);
    expect(tokens('The Kremlin has massed 100,000 troops, Kyiv said on Sunday.')).toEqual([
      ['name', 'Kremlin'],
      ['number', '100,000'],
      ['name', 'Kyiv'],
      ['date', 'Sunday'],
    ]);
    expect(tokens('Officials did not confirm the 1.5 million figure.')).toEqual([
      ['negation', 'not'],
      ['number', '1.5 million'],
    ]);
    expect(tokens('He didn’t say so in March, 2014.')).toEqual([
      ['negation', 'didn’t'],
      ['date', 'March, 2014'],
    ]);
  });

  it('reads no number in a pronoun, no name in an office alone, nothing after a bar', () => {
    expect(tokens('There was no deal between the two, officials said.')).toEqual([
      ['negation', 'no'],
    ]);
    expect(tokens('The Secretary flew in.')).toEqual([]);
    expect(tokens('Talks end | News | DW | 30.03.2014')).toEqual([]);
  });

  it('reads no names in a headline or from a lone first word', () => {
    expect(tokens('Kerry And Lavrov Meet To Hash Out Ukraine Solution')).toEqual([]);
    expect(tokens('Police said twelve people died.')).toEqual([['number', 'twelve']]);
  });
});

describe('numberValue', () => {
  it('reads figures and number words', () => {
    expect(numberValue('100,000')).toBe(100000);
    expect(numberValue('twelve')).toBe(12);
    expect(numberValue('6th')).toBe(6);
    expect(numberValue('Paris')).toBeNull();
  });
});

describe('substanceDifferences', () => {
  it('marks the figure, name or date only this version gives, with what the others give', () => {
    expect(
      differences('Nine people died on Monday, officials said.', [
        'Twelve people died on Monday, police said.',
      ]),
    ).toEqual([['Nine', ['Twelve']]]);
    expect(
      differences('Kerry met Lavrov on Sunday.', ['John Kerry met Lavrov on 30 March.']),
    ).toEqual([['Sunday', ['30 March']]]);
  });

  it('treats one number in words and figures, and one date in two orders, as the same', () => {
    expect(differences('Twelve people died on March 30.', ['12 people died on 30 March.'])).toEqual(
      [],
    );
    expect(differences('Russian troops massed.', ['Troops from Russia massed.'])).toEqual([]);
    expect(
      differences("The U.S. envoy flew in for Sunday's talks.", ['The US envoy came on Sunday.']),
    ).toEqual([]);
  });

  it('marks a negation the other versions do not have', () => {
    expect(differences('The sides did not agree.', ['The sides agreed.'])).toEqual([['not', []]]);
    expect(differences('The sides agreed.', ['The sides did not agree.'])).toEqual([]);
  });

  it('marks nothing where the versions agree on substance but not on words', () => {
    expect(
      differences('Kerry told a news conference late on Sunday.', [
        'Kerry is planning to hold a press conference later on Sunday.',
      ]),
    ).toEqual([]);
  });
});
