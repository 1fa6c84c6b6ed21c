import { describe, expect, it } from 'vitest';
import { detectIn } from '../test-story';
import { detectDescribedThings } from './described-things';

const found = (...articles: string[]) => detectIn(detectDescribedThings, articles);

describe('detectDescribedThings', () => {
  it('finds one thing described by different deeds of one person', () => {
    const d = found(
      'Fire in the hills\n\nThe blaze destroyed a cabin the ranger was restoring, said park ranger Tom Reyes.',
      'Cabin lost\n\nFlames reached the cabin that Tom Reyes was building two miles from the lake.',
    );
    expect(d).toHaveLength(1);
    expect(d[0]?.sides).toEqual(['restoring', 'building']);
    expect(d[0]?.summary).toBe('What Tom Reyes did to the cabin: restoring vs building');
  });

  it('stays quiet for one deed in other words, vague deeds, other people and other things', () => {
    const quiet = (a: string, b: string) => expect(found(a, b)).toEqual([]);
    quiet(
      'Fire\n\nThe blaze destroyed the cabin that Tom Reyes was renovating.',
      'Cabin lost\n\nFlames reached the cabin Tom Reyes was restoring.',
    );
    quiet(
      'Fire\n\nThe blaze destroyed the cabin that Tom Reyes was renovating.',
      'Cabin lost\n\nFlames reached the cabin Tom Reyes used.',
    );
    quiet(
      'Fire\n\nThe blaze destroyed the cabin that Tom Reyes was renovating.',
      'Cabin lost\n\nFlames reached the cabin that Lena Park was building.',
    );
    quiet(
      'Fire\n\nThe blaze destroyed the cabin that Tom Reyes was renovating.',
      'Cabin lost\n\nFlames reached the boat that Tom Reyes was building.',
    );
    // What one did to a thing may add up: he may have founded the firm and run it.
    quiet(
      'Profile\n\nThe firm that Tom Reyes founded went bankrupt on Monday.',
      'Firm fails\n\nThe firm Tom Reyes ran went bankrupt on Monday.',
    );
  });
});
