import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VIEW_STATE,
  formatViewState,
  isForeignRouteHash,
  isLinkHash,
  parseViewState,
  pickedColumns,
  VIEW_IDS,
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
        fc.constantFrom(...VIEW_IDS),
        fc.option(fc.string({ minLength: 1 })),
        fc.option(fc.string({ minLength: 1 })),
        fc.option(fc.string({ minLength: 1 })),
        (view, focus, disagreement, columns) => {
          const state = { view, focus, disagreement, columns };
          expect(parseViewState(formatViewState(state))).toEqual(state);
        },
      ),
    );
  });

  it('opens a link that names a passage and no view in the aligned grid', () => {
    expect(parseViewState('#focus=dw%3A3').view).toBe('aligned');
    const focused = { ...DEFAULT_VIEW_STATE, focus: 'dw:3' };
    expect(formatViewState({ ...focused, view: 'aligned' })).toBe('#focus=dw%3A3');
    expect(formatViewState(focused)).toBe('#view=summary&focus=dw%3A3');
  });

  it('reads the columns shown', () => {
    expect(pickedColumns('2,0,9,x,2', 4)).toEqual([0, 2]);
    expect(pickedColumns('all', 3)).toEqual([0, 1, 2]);
    expect(pickedColumns(null, 3)).toBeNull();
    expect(pickedColumns('9', 3)).toBeNull();
  });

  it('accepts a leading slash', () => {
    expect(parseViewState('#/view=reading&disagreement=d1')).toEqual({
      view: 'reading',
      focus: null,
      disagreement: 'd1',
      columns: null,
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
