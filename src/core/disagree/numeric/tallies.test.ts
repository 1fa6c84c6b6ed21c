import { describe, expect, it } from 'vitest';
import { detectIn } from '../test-story';
import { detectTallies } from './tallies';

const found = (...articles: string[]) => detectIn(detectTallies, articles);

describe('detectTallies', () => {
  it('finds one game’s score given differently', () => {
    const d = found(
      'Cup semi-final\n\nThe Harriers beat Dunmore Athletic 2-0 at Fenwick Road on Sunday.',
      'Harriers through\n\nThe Harriers defeated Dunmore Athletic 2-1 on Sunday to reach the final.',
    );
    expect(d).toHaveLength(1);
    expect(d[0]?.sides).toEqual(['2-0', '2-1']);
    expect(d[0]?.summary).toMatch(/^result, .*Harriers.*: 2-0 vs 2-1$/);
  });

  it('finds one vote’s tally given differently', () => {
    const d = found(
      'Budget passes\n\nThe Ashford council voted 7-2 on Tuesday to approve the budget.',
      'Ashford budget\n\nThe budget was approved by the Ashford council in a 6-3 vote on Tuesday.',
    );
    expect(d.map((x) => x.sides)).toEqual([['7-2', '6-3']]);
  });

  it('stays quiet for one result from either side, scores on the way, records and other days', () => {
    const quiet = (a: string, b: string) => expect(found(a, b)).toEqual([]);
    quiet(
      'Cup\n\nThe Harriers beat Dunmore Athletic 2-0 on Sunday.',
      'Cup\n\nDunmore Athletic lost 0-2 to the Harriers on Sunday.',
    );
    quiet(
      'Cup\n\nThe Harriers beat Dunmore Athletic 3-1 on Sunday.',
      'Cup\n\nThe Harriers led Dunmore Athletic 2-0 at halftime on Sunday.',
    );
    quiet(
      'Fight\n\nLena Kovac (18-2) beat Ines Ferro on points.',
      'Fight night\n\nLena Kovac, 17-2, beat Ines Ferro on points.',
    );
    quiet(
      'Rivals\n\nThe Harriers beat Dunmore Athletic 3-1 on 4 May 2025.',
      'Rivals meet again\n\nThe Harriers beat Dunmore Athletic 1-0 on 12 October 2025.',
    );
  });
});
