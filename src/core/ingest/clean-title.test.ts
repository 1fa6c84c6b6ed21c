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
    expect(cleanTitle('BBC News | Fire at a bakery in Lakeport').title).toBe(
      'Fire at a bakery in Lakeport',
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
    expect(cleanTitle('Okafor wins - and keeps his belts').title).toBe(
      'Okafor wins - and keeps his belts',
    );
  });

  it('removes a glued leading date and a capitals headline glued to the lead', () => {
    expect(cleanTitle('14/06/2012-Portugal to hold early elections')).toEqual({
      title: 'Portugal to hold early elections',
      outlet: null,
      date: '2012-06-14',
    });
    expect(
      cleanTitle(
        'STORM DAMAGE WORSE THAN FEARED The Ohio Department of Transportation has closed two roads.',
      ).title,
    ).toBe('STORM DAMAGE WORSE THAN FEARED');
  });

  it('takes an outlet written before the headline', () => {
    expect(cleanTitle('Valley Gazette - Interest rate goes up again')).toEqual({
      title: 'Interest rate goes up again',
      outlet: 'Valley Gazette',
      date: null,
    });
    expect(cleanTitle('Agent - Dana Price checks into rehab clinic').outlet).toBeNull();
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
