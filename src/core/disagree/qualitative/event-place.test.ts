import { describe, expect, it } from 'vitest';
import { detectIn } from '../test-story';
import { detectEventPlaces } from './event-place';

const found = (...articles: string[]) => detectIn(detectEventPlaces, articles);

describe('detectEventPlaces', () => {
  it('finds one event inside a place in one account and outside it in another', () => {
    const d = found(
      'Shooting\n\nThe gunman walked into the warehouse and shot and killed the night guard Ed Marsh, police said.',
      'Guard killed\n\nOutside the warehouse, the gunman shot and killed the night guard Ed Marsh.',
    );
    expect(d).toHaveLength(1);
    expect(d[0]?.sides).toEqual([
      'into the warehouse and shot and killed',
      'Outside the warehouse, the gunman shot and killed',
    ]);
    expect(d[0]?.summary).toBe('Where killed: inside vs outside the warehouse');
  });

  it('finds a game at one team in one account and hosted by the other in another', () => {
    const d = found(
      "Coach fired\n\nThe new coach will lead the Hawks in Sunday's game at Denver.",
      'Coach out\n\nThe Hawks host the Denver Owls on Sunday.',
    );
    expect(d.map((x) => x.sides)).toEqual([['at Denver', 'host']]);
    expect(d[0]?.summary).toBe("Where the game is played: at Denver vs at Hawks's home");
  });

  it('stays quiet for other events, other victims, nested places and other days', () => {
    expect(
      found(
        'Shooting\n\nThe gunman walked into the warehouse and shot the night guard Ed Marsh.',
        'Guard\n\nOutside the warehouse, the gunman shot a passer-by, Ann Lowe.',
      ),
    ).toEqual([]);
    expect(
      found(
        'Arrest\n\nPolice caught the suspect in northeast Dayton on Friday.',
        'Caught\n\nPolice caught the suspect at a north Dayton business on Friday.',
      ),
    ).toEqual([]);
    expect(
      found(
        "Coach fired\n\nThe new coach will lead the Hawks in Sunday's game at Denver.",
        'Coach out\n\nThe Hawks host the Denver Owls on Friday.',
      ),
    ).toEqual([]);
  });
});
