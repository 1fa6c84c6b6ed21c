import { describe, expect, it } from 'vitest';
import { dateFromUrl, findDate, isoDate } from './date-formats';

describe('findDate', () => {
  it.each([
    ['| News | DW | 30.03.2014', '2014-03-30'],
    ['2014-03-30T18:00:00+02:00', '2014-03-30'],
    ['Sunday, March 30, 2014', '2014-03-30'],
    ['30 March 2014', '2014-03-30'],
    ['30th of March, 2014', '2014-03-30'],
    ['Mar. 30, 2014', '2014-03-30'],
    ['Published June 14, 2012 It seems', '2012-06-14'],
    ['JULY 9, 2012 | 07: 45AM PT', '2012-07-09'],
    ['14/06/2012-Portugal', '2012-06-14'],
    ['03/30/2014', '2014-03-30'],
  ])('reads %s', (text, date) => {
    expect(findDate(text)?.date).toBe(date);
  });

  it('finds the earliest date and where it is written', () => {
    expect(findDate('Updated 2014-04-01; first published March 30, 2014')).toEqual({
      date: '2014-04-01',
      index: 8,
      length: 10,
    });
  });

  it('ignores impossible dates and bare years', () => {
    expect(findDate('31.02.2014')).toBeNull();
    expect(findDate('since it declared its independence in 1991')).toBeNull();
    expect(findDate('in a March 16 referendum')).toBeNull();
  });
});

describe('isoDate', () => {
  it('validates and pads', () => {
    expect(isoDate('2013', 'Sept', '7')).toBe('2013-09-07');
    expect(isoDate('2012', '2', '29')).toBe('2012-02-29');
    expect(isoDate('2013', '2', '29')).toBeNull();
    expect(isoDate('2013', '13', '1')).toBeNull();
  });
});

describe('dateFromUrl', () => {
  it('reads dates in address paths', () => {
    expect(dateFromUrl('http://www.foxnews.com/entertainment/2013/05/02/lindsay-lohan/')).toBe(
      '2013-05-02',
    );
    expect(dateFromUrl('http://www.utsandiego.com/news/2009/dec/07/texas-prisoner/')).toBe(
      '2009-12-07',
    );
    expect(dateFromUrl('http://www.ens-newswire.com/ens/apr2009/2009-04-28-091.asp')).toBe(
      '2009-04-28',
    );
    expect(dateFromUrl('http://www.deadline.com/2013/08/ellen-degeneres/')).toBeNull();
    expect(dateFromUrl('http://www.bbc.co.uk/news/uk-england-somerset-23419896')).toBeNull();
  });
});
