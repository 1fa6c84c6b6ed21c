import { describe, expect, it } from 'vitest';
import { detectIn } from '../test-story';
import { detectGroupOrigins } from './group-origins';

const found = (...articles: string[]) => detectIn(detectGroupOrigins, articles);
const detained = (group: string, more = '') =>
  `Fishermen held\n\nThe coast guard detained ${group} near the reef on Monday.${more}`;

describe('detectGroupOrigins', () => {
  it('finds one counted group given different origins', () => {
    const d = found(
      detained('14 Peruvian fishermen'),
      detained('14 Peruvian and Chilean fishermen'),
    );
    expect(d).toHaveLength(1);
    expect(d[0]?.sides).toEqual(['Peruvian', 'Peruvian and Chilean']);
    expect(d[0]?.summary).toBe('Where the 14 fishermen are from: Peru vs Chile and Peru');
  });

  it('reads origins from parts, from "from", and from a later sentence', () => {
    const one = detained('14 Peruvian fishermen');
    expect(found(one, detained('9 Chilean and 5 Peruvian fishermen'))[0]?.sides).toEqual([
      'Peruvian',
      'Chilean and 5 Peruvian',
    ]);
    expect(found(one, detained('14 fishermen from Chile'))[0]?.sides).toEqual([
      'Peruvian',
      'from Chile',
    ]);
    expect(
      found(
        one,
        detained(
          '14 fishermen',
          ' Of the 14 detained fishermen, 9 are from Peru and 5 from Chile.',
        ),
      )[0]?.sides,
    ).toEqual(['Peruvian', '9 are from Peru and 5 from Chile']);
    expect(
      found(
        one,
        detained('14 fishermen', ' The fishermen are from Peru and Chile, officials said.'),
      )[0]?.sides,
    ).toEqual(['Peruvian', 'from Peru and Chile']);
  });

  it('stays quiet for the same origins, an origin not given, other groups and things', () => {
    const one = detained('14 Peruvian fishermen');
    expect(found(one, detained('14 fishermen from Peru'))).toEqual([]);
    expect(found(one, detained('14 fishermen'))).toEqual([]);
    expect(found(one, detained('six Chilean fishermen'))).toEqual([]);
    expect(found(detained('14 Peruvian boats'), detained('14 Chilean boats'))).toEqual([]);
  });
});
