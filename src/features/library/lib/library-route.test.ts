import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { carriesStory, formatLibraryRoute, parseLibraryRoute } from './library-route';
import type { LibraryRoute } from './library-route';

describe('library routes', () => {
  it('read the pages and fall back to the seed story', () => {
    expect(parseLibraryRoute('?new')).toEqual({ page: 'new' });
    expect(parseLibraryRoute('?stories')).toEqual({ page: 'stories' });
    expect(parseLibraryRoute('?story=')).toEqual({ page: 'story', story: 'seed' });
    expect(parseLibraryRoute('?other=1')).toEqual({ page: 'story', story: 'seed' });
    expect(parseLibraryRoute('?story=user%3Aab12&name=Bridge%20closure')).toEqual({
      page: 'story',
      story: 'user:ab12',
      name: 'Bridge closure',
    });
  });

  it('take the story from a claim link in the hash when the query names none', () => {
    const claim = '#/claim/v1/user:ab12cd34ab12cd34/s?a=0.1a2b3c4d&q=The+bridge+closed.&r=0-18';
    expect(parseLibraryRoute('', claim)).toEqual({ page: 'story', story: 'user:ab12cd34ab12cd34' });
    expect(
      parseLibraryRoute('', claim.replace('user:ab12cd34ab12cd34', 'seed:kerry-lavrov-2014')),
    ).toEqual({
      page: 'story',
      story: 'seed',
    });
    expect(parseLibraryRoute('?story=ecb%3A1-ecb', claim)).toEqual({
      page: 'story',
      story: 'ecb:1-ecb',
    });
    expect(parseLibraryRoute('', '#/claim/v1/broken')).toEqual({ page: 'story', story: 'seed' });
    expect(parseLibraryRoute('', '#focus=a%3A1')).toEqual({ page: 'story', story: 'seed' });
  });

  it('say when a link to a reader’s story carries the story', () => {
    const claim = '#/claim/v1/user:ab12cd34/s?a=0.1a2b3c4d&q=x&r=0-1';
    expect(parseLibraryRoute('?name=Bridge', `${claim}&c=rVPB_-x&h=0123456789abcdef`)).toEqual({
      page: 'story',
      story: 'user:ab12cd34',
      name: 'Bridge',
      shared: true,
    });
    expect(parseLibraryRoute('', claim)).toEqual({ page: 'story', story: 'user:ab12cd34' });
    // Only a reader's story travels in a link.
    expect(
      parseLibraryRoute('', '#/claim/v1/ecb:1-ecb/s?k=4fQ0aZ&c=AAAA&h=0123456789abcdef'),
    ).toEqual({ page: 'story', story: 'ecb:1-ecb' });
    expect(carriesStory(`${claim}&cc=1`)).toBe(false);
    expect(carriesStory('#focus=x&c=1')).toBe(false);
  });

  it('leave the seed story out of the address', () => {
    expect(formatLibraryRoute({ page: 'story', story: 'seed' })).toBe('');
  });

  it('read back what they write', () => {
    const route: fc.Arbitrary<LibraryRoute> = fc.oneof(
      fc.constant<LibraryRoute>({ page: 'new' }),
      fc.constant<LibraryRoute>({ page: 'stories' }),
      fc.record({
        page: fc.constant('story' as const),
        story: fc.string({ minLength: 1 }).filter((s) => s.trim() === s && s !== ''),
      }),
      fc.record({
        page: fc.constant('story' as const),
        story: fc.constantFrom('user:1a2b3c4d', 'ecb:3-ecbplus'),
        name: fc.string({ minLength: 1 }).filter((s) => s.trim() === s && s !== ''),
      }),
    );
    fc.assert(
      fc.property(route, (r) => {
        expect(parseLibraryRoute(formatLibraryRoute(r))).toEqual(r);
      }),
    );
  });
});
