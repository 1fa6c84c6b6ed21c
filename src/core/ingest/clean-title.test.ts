import { describe, expect, it } from 'vitest';
import { cleanTitle } from './clean-title';

describe('cleanTitle', () => {
  it('splits pipe-separated suffixes into outlet and date, skipping sections', () => {
    expect(
      cleanTitle(
        'Kerry and Lavrov meet to hash out diplomatic Ukraine solution | News | DW | 30.03.2014',
      ),
    ).toEqual({
      title: 'Kerry and Lavrov meet to hash out diplomatic Ukraine solution',
      outlet: 'DW',
      date: '2014-03-30',
    });
    expect(cleanTitle('BBC News | Fire at Waitrose in Wellington').title).toBe(
      'Fire at Waitrose in Wellington',
    );
  });

  it('strips a dash suffix only when it looks like an outlet', () => {
    expect(cleanTitle('Obama signs the bill - The Washington Post')).toEqual({
      title: 'Obama signs the bill',
      outlet: 'The Washington Post',
      date: null,
    });
    expect(cleanTitle('Obama signs the bill - AFP').outlet).toBe('AFP');
    expect(cleanTitle('Kerry meets Lavrov – Example', ['Example']).title).toBe(
      'Kerry meets Lavrov',
    );
    expect(cleanTitle('Klitschko wins - and keeps his belts').title).toBe(
      'Klitschko wins - and keeps his belts',
    );
  });

  it('removes a glued leading date and a capitals headline glued to the lead', () => {
    expect(cleanTitle('27/09/2013-Turkmenistan to hold first-ever elections')).toEqual({
      title: 'Turkmenistan to hold first-ever elections',
      outlet: null,
      date: '2013-09-27',
    });
    expect(
      cleanTitle(
        'FALLOUT CONTINUES AFTER BRAZEN ESCAPE The Texas Department of Criminal Justice has made changes.',
      ).title,
    ).toBe('FALLOUT CONTINUES AFTER BRAZEN ESCAPE');
  });

  it('takes an outlet written before the headline', () => {
    expect(cleanTitle('Valley Gazette - Interest rate goes up again')).toEqual({
      title: 'Interest rate goes up again',
      outlet: 'Valley Gazette',
      date: null,
    });
    expect(cleanTitle('Lawyer - Lindsay Lohan checks into rehab facility').outlet).toBeNull();
  });

  it('keeps an ordinary headline as it is', () => {
    expect(
      cleanTitle('John Kerry Meets with Sergei Lavrov on Ukraine, Urges Troop Pullback'),
    ).toEqual({
      title: 'John Kerry Meets with Sergei Lavrov on Ukraine, Urges Troop Pullback',
      outlet: null,
      date: null,
    });
  });
});
