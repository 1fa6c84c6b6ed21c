import { describe, expect, it } from 'vitest';
import { findDates } from './sentence-dates';
import { tokensOf } from '../../testing/sentence-tokens';

const PUBLISHED = '2014-03-30';

function datesOf(text: string, published: string | null = PUBLISHED): string[] {
  return findDates(tokensOf(text), published).dates.map(
    (d) => `${text.slice(d.start, d.end)} = ${d.date ?? '?'} ${d.granularity}`,
  );
}

describe('findDates', () => {
  it('resolves the seed weekdays against a Sunday publication', () => {
    expect(datesOf('But Lavrov on Saturday dismissed such speculation.')).toEqual([
      'on Saturday = 2014-03-29 day',
    ]);
    expect(datesOf('On Friday, US President Barack Obama spoke.')).toEqual([
      'On Friday = 2014-03-28 day',
    ]);
    expect(datesOf("Meeting at the Russian ambassador's residence in Paris on Sunday")).toEqual([
      'on Sunday = 2014-03-30 day',
    ]);
    expect(datesOf('Kerry is planning to hold a press conference later on Sunday.')).toEqual([
      'later on Sunday = 2014-03-30 day',
    ]);
  });

  it('looks forward after "next" or a future tense', () => {
    expect(datesOf('They will meet again on Tuesday.')).toEqual(['on Tuesday = 2014-04-01 day']);
    expect(datesOf('next Friday')).toEqual(['next Friday = 2014-04-04 day']);
    expect(datesOf('last Sunday')).toEqual(['last Sunday = 2014-03-23 day']);
  });

  it('reads explicit dates in several notations', () => {
    expect(datesOf('in a March 16 referendum')).toEqual(['March 16 = 2014-03-16 day']);
    expect(datesOf('DW | 30.03.2014')).toEqual(['30.03.2014 = 2014-03-30 day']);
    expect(datesOf('on 2014-03-30')).toEqual(['2014-03-30 = 2014-03-30 day']);
    expect(datesOf('March 11th, 2007, 6:20 am')).toEqual(['March 11th, 2007 = 2007-03-11 day']);
    expect(datesOf('03/12/07 2:10 AM EST')).toEqual(['03/12/07 = 2007-03-12 day']);
    expect(datesOf('on Friday, 9 March 2007 13:45.')).toEqual([
      'on Friday, 9 March 2007 = 2007-03-09 day',
    ]);
    expect(datesOf('sentenced Halvorsen on Nov. 7 after')).toEqual(['Nov. 7 = 2013-11-07 day']);
  });

  it('reads months and years as dates, not counts', () => {
    expect(datesOf("the ouster of Ukraine's pro-Russia president in February")).toEqual([
      'February = 2014-02 month',
    ]);
    expect(datesOf('in August 2004')).toEqual(['August 2004 = 2004-08 month']);
    expect(datesOf('since it declared its independence in 1991')).toEqual(['1991 = 1991 year']);
    expect(datesOf("her breakthrough in 1999's film")).toEqual(['1999 = 1999 year']);
    expect(datesOf('2000 troops arrived')).toEqual([]);
    expect(datesOf('May I ask?')).toEqual([]);
  });

  it('resolves day words, periods and spans ago', () => {
    expect(datesOf('yesterday')).toEqual(['yesterday = 2014-03-29 day']);
    expect(datesOf('Earlier in the week, Kerry proposed a framework.')).toEqual([
      'Earlier in the week = 2014-03-24 week',
    ]);
    expect(datesOf('last week')).toEqual(['last week = 2014-03-17 week']);
    expect(datesOf('last month')).toEqual(['last month = 2014-02 month']);
    expect(datesOf('Three years ago, Price opened up.')).toEqual(['Three years ago = 2011 year']);
  });

  it('leaves relative dates unresolved without a publication date', () => {
    expect(datesOf('Lavrov on Saturday dismissed it.', null)).toEqual(['on Saturday = ? day']);
    expect(datesOf('in a March 16 referendum', null)).toEqual(['March 16 = ? day']);
    expect(datesOf('in 1991', null)).toEqual(['1991 = 1991 year']);
  });

  it('owns the figures of dates so that no quantity reads them', () => {
    expect([...findDates(tokensOf('in a March 16 referendum'), PUBLISHED).taken]).toEqual([2, 3]);
    expect([...findDates(tokensOf('three years ago'), PUBLISHED).taken]).toEqual([]);
  });
});
