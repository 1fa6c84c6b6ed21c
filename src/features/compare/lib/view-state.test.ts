import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VIEW_STATE,
  formatViewState,
  isForeignRouteHash,
  isLinkHash,
  parseViewState,
} from './view-state';

describe('view state in the URL hash', () => {
  it('falls back to the defaults', () => {
    expect(parseViewState('')).toEqual(DEFAULT_VIEW_STATE);
    expect(parseViewState('#view=nonsense&focus=')).toEqual(DEFAULT_VIEW_STATE);
    expect(formatViewState(DEFAULT_VIEW_STATE)).toBe('');
  });

  it('reads what it writes, whatever the ids hold', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('aligned' as const, 'reading' as const),
        fc.option(fc.string({ minLength: 1 })),
        fc.option(fc.string({ minLength: 1 })),
        (view, focus, disagreement) => {
          const state = { view, focus, disagreement };
          expect(parseViewState(formatViewState(state))).toEqual(state);
        },
      ),
    );
  });

  it('accepts a leading slash', () => {
    expect(parseViewState('#/view=reading&disagreement=d1')).toEqual({
      view: 'reading',
      focus: null,
      disagreement: 'd1',
    });
  });
});

describe('link hashes', () => {
  it('tells claim links and foreign routes from view state and page anchors', () => {
    expect(isLinkHash('#/claim/v1/%%%garbage')).toBe(true);
    expect(isForeignRouteHash('#/notes/section-2')).toBe(true);
    expect(isForeignRouteHash('#/claim/v1/seed/s?a=1.x')).toBe(false);
    expect(isForeignRouteHash('#/focus=dw%3A3')).toBe(false);
    expect(isLinkHash('#main')).toBe(false);
    expect(isLinkHash('#view=reading')).toBe(false);
  });
});
