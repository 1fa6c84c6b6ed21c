import { describe, expect, it } from 'vitest';
import { detectIn } from '../test-story';
import { datesConflict, readDate } from './date-reading';
import { detectDates } from './detect-dates';

describe('readDate', () => {
  it('reads years, months, days, decades and distances back', () => {
    expect(readDate('in 1987', null)).toMatchObject({ year: 1987, month: null });
    expect(readDate('in the 1960s', null)).toMatchObject({ decade: 1960, year: null });
    expect(readDate('March 4', null)).toMatchObject({ month: 3, day: 4 });
    expect(readDate('almost three weeks ago', null).daysAgo).toEqual([17.5, 21]);
    expect(readDate('more than a week ago', null).daysAgo).toEqual([7, 14]);
  });
});

describe('datesConflict', () => {
  it('sets apart different years, months and distances back; keeps precision differences', () => {
    const at = (w: string, iso: string | null = null) => readDate(w, iso);
    expect(datesConflict(at('in 1987'), at('in 1978'))).toBe(true);
    expect(datesConflict(at('in August'), at('in May'))).toBe(true);
    expect(datesConflict(at('almost three weeks ago'), at('more than a week ago'))).toBe(true);
    expect(datesConflict(at('in the 1960s'), at('in 1964'))).toBe(false);
    expect(datesConflict(at('in March'), at('March 4'))).toBe(false);
    expect(datesConflict(at('in 2012'), at('in August 2012'))).toBe(false);
    expect(datesConflict(at('on Thursday'), at('on Wednesday'))).toBe(true);
    expect(datesConflict(at('late on Thursday'), at('Thursday night'))).toBe(false);
    // 3 December 2026 is a Thursday.
    expect(datesConflict(at('on Thursday', '2026-12-03'), at('on Wednesday'))).toBe(true);
    expect(datesConflict(at('on Thursday', '2026-12-03'), at('Thursday'))).toBe(false);
  });
});

describe('detectDates', () => {
  it('finds one event dated differently', () => {
    const found = detectIn(detectDates, [
      'Collapse\n\nMayor Ann Cole suffered a stroke almost four weeks ago and was taken to hospital, her office said.',
      'Mayor ill\n\nMayor Ann Cole suffered a stroke more than two weeks ago, her office said in a statement.',
    ]);
    expect(found.map((d) => d.sides)).toEqual([
      ['almost four weeks ago', 'more than two weeks ago'],
    ]);
  });

  it('dates the verb a trailing date follows, not the verb of the next conjoined clause', () => {
    const found = detectIn(detectDates, [
      'Toll plan\n\nHarlow Council adopted the bridge toll plan in April and has since received 900 letters about the plan.',
      'Bridge tolls\n\nHarlow Council adopted the bridge toll plan in June, and drivers have written 900 letters about the plan since.',
    ]);
    expect(found.map((d) => d.sides)).toEqual([['April', 'June']]);
    expect(found[0]?.summary).toMatch(/^When adopted/);
  });

  it('sets one event’s day of the week against another', () => {
    const found = detectIn(detectDates, [
      'Bridge reopens\n\nNorland Highways reopened the Kell Bridge on Tuesday after three months of repairs.',
      'Kell Bridge open\n\nNorland Highways reopened the Kell Bridge to cars on Monday after three months of repairs.',
    ]);
    expect(found.map((d) => d.sides)).toEqual([['on Tuesday', 'on Monday']]);
  });

  it('dates what a relative clause describes: "the strike, which began in May"', () => {
    const found = detectIn(detectDates, [
      'Port strike\n\nThe strike by the Felton Dockers Union began in March and closed the port for nine days.',
      'Felton port\n\nThe strike by the Felton Dockers Union, which began in May, closed the port for nine days.',
    ]);
    expect(found.map((d) => d.sides)).toEqual([['March', 'May']]);
  });

  it('stays quiet for different events of one kind', () => {
    const found = detectIn(detectDates, [
      'Rematch\n\nThe champion stopped the challenger in 2019 in the sixth round.',
      'Champion wins\n\nThe champion had also beaten the challenger in their first fight in 2016.',
    ]);
    expect(found).toEqual([]);
  });
});
