import { describe, expect, it } from 'vitest';
import {
  isoMonth,
  isoOfDay,
  makeDay,
  mondayOf,
  parseIsoDay,
  resolveWeekday,
  weekdayOf,
} from './calendar';

const day = (iso: string): number => {
  const d = parseIsoDay(iso);
  if (d === null) throw new Error(iso);
  return d;
};

describe('calendar', () => {
  it('round-trips ISO days and rejects impossible ones', () => {
    expect(isoOfDay(day('2014-03-30'))).toBe('2014-03-30');
    expect(weekdayOf(day('2014-03-30'))).toBe(0);
    expect(makeDay(2014, 2, 30)).toBeNull();
    expect(parseIsoDay('30.03.2014')).toBeNull();
    expect(parseIsoDay(null)).toBeNull();
  });

  it('resolves weekdays backwards from a Sunday publication', () => {
    const sunday = day('2014-03-30');
    expect(isoOfDay(resolveWeekday(sunday, 6, 'past'))).toBe('2014-03-29');
    expect(isoOfDay(resolveWeekday(sunday, 5, 'past'))).toBe('2014-03-28');
    expect(isoOfDay(resolveWeekday(sunday, 0, 'past'))).toBe('2014-03-30');
    expect(isoOfDay(resolveWeekday(sunday, 0, 'before'))).toBe('2014-03-23');
  });

  it('resolves weekdays forwards', () => {
    const sunday = day('2014-03-30');
    expect(isoOfDay(resolveWeekday(sunday, 2, 'future'))).toBe('2014-04-01');
    expect(isoOfDay(resolveWeekday(sunday, 0, 'future'))).toBe('2014-03-30');
    expect(isoOfDay(resolveWeekday(sunday, 0, 'after'))).toBe('2014-04-06');
  });

  it('finds the Monday of a week and shifts months across years', () => {
    expect(isoOfDay(mondayOf(day('2014-03-30')))).toBe('2014-03-24');
    expect(isoOfDay(mondayOf(day('2014-03-24')))).toBe('2014-03-24');
    expect(isoMonth(2014, 1, -1)).toBe('2013-12');
    expect(isoMonth(2014, 12, 1)).toBe('2015-01');
  });
});
