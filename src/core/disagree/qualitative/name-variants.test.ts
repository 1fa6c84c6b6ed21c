import { describe, expect, it } from 'vitest';
import { detectIn } from '../test-story';
import { detectNameVariants } from './name-variants';

const found = (...articles: string[]) => detectIn(detectNameVariants, articles);

describe('detectNameVariants', () => {
  it('finds one role given to different family names', () => {
    const d = found(
      'Remake cast\n\nJane Porter and Tom Hale will star in the remake of the western, the studio said.',
      'Studio casts remake\n\nThe remake of the western will feature Jane Porter and Tom Wade in the main roles.',
    );
    expect(d).toHaveLength(1);
    expect(d[0]?.sides).toEqual(['Tom Hale', 'Tom Wade']);
    expect(d[0]?.summary).toBe('Named with Jane Porter: Tom Hale vs Tom Wade');
  });

  it('finds one person given different given names', () => {
    const d = found(
      'Library mural\n\nThe mural inside the Harbor Library was painted by Carl Jensen for Anna Blake.',
      'New mural\n\nPeter Jensen painted the mural at the Harbor Library, Anna Blake said.',
    );
    expect(d.map((x) => x.sides)).toEqual([['Carl Jensen', 'Peter Jensen']]);
    expect(d[0]?.credits).toEqual([null, 'Anna Blake']);
  });

  it('stays quiet for short forms, spelling variants and a middle name', () => {
    const pairs = [
      ['William Ortega', 'Bill Ortega'],
      ['Robert Lind', 'Bob Lind'],
      ['Jon Mears', 'John Mears'],
      ['Khalil Osmanov', 'Halil Osmanov'],
      ['Mark Jay Hollis', 'Mark Hollis'],
    ];
    for (const [x, y] of pairs) {
      expect(
        found(
          `Fire report\n\n${x} of the Harbor Fire Department said the warehouse fire started at noon near Lake Road.`,
          `Warehouse fire\n\nThe warehouse fire near Lake Road started at noon, said ${y} of the Harbor Fire Department.`,
        ),
        `${x} / ${y}`,
      ).toEqual([]);
    }
  });

  it('stays quiet for two people one article names apart, or who share a name in other roles', () => {
    expect(
      found(
        'Award\n\nThe novel won Paul Ruiz and his brother Dan Ruiz the Harbor Prize.',
        'Prize for novel\n\nDan Ruiz won the Harbor Prize for the novel.',
        'Writers\n\nPaul Ruiz thanked the Harbor Prize jury for the novel.',
      ),
    ).toEqual([]);
    expect(
      found(
        'Trial\n\nJudge Anna Kovacs opened the trial on Monday.',
        'Trial opens\n\nProsecutor Anna Brandt called the first witness, a neighbour of the victim.',
      ),
    ).toEqual([]);
  });
});
