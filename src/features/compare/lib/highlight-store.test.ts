import { describe, expect, it } from 'vitest';
import { createHighlightStore, NO_HIGHLIGHTS } from './highlight-store';
import type { Highlights } from './highlight-store';

const focusOn = (active: string, related: string[] = []): Highlights => ({
  ...NO_HIGHLIGHTS,
  active,
  selected: active,
  related: new Set(related),
});

describe('createHighlightStore', () => {
  it('gives each sentence its own part: focused, related, linked to, chosen', () => {
    const store = createHighlightStore({
      ...focusOn('a:1', ['b:2']),
      current: new Set(['a:1']),
      tabStops: new Set(['a:1', 'b:0']),
      expanded: 'a:1',
    });
    expect(store.highlightOf('a:1', [])).toEqual({
      state: 'focused',
      current: true,
      selected: true,
      activeDisagreement: null,
      tabStop: true,
      expanded: true,
    });
    expect(store.highlightOf('b:0', []).tabStop).toBe(true);
    expect(store.highlightOf('b:2', []).state).toBe('related');
    expect(store.highlightOf('b:2', []).selected).toBe(false);
    expect(store.highlightOf('c:0', [])).toEqual({
      state: null,
      current: false,
      selected: false,
      activeDisagreement: null,
      tabStop: false,
      expanded: false,
    });
  });

  it('names the chosen disagreement only to the sentences that have a mark of it', () => {
    const store = createHighlightStore({ ...NO_HIGHLIGHTS, activeDisagreement: 'd1' });
    expect(store.highlightOf('a:1', ['d1']).activeDisagreement).toBe('d1');
    expect(store.highlightOf('a:2', ['d2']).activeDisagreement).toBeNull();
    expect(store.highlightOf('a:3', []).activeDisagreement).toBeNull();
  });

  it('gives the same object while a part is unchanged, so a sentence renders only on change', () => {
    const store = createHighlightStore(focusOn('a:1'));
    const before = store.highlightOf('c:0', []);
    const focused = store.highlightOf('a:1', []);
    store.set(focusOn('b:2'));
    expect(store.highlightOf('c:0', [])).toBe(before);
    expect(store.highlightOf('a:1', [])).not.toBe(focused);
    store.set(focusOn('a:1'));
    expect(store.highlightOf('a:1', [])).toBe(focused);
  });

  it('tells its subscribers of each new value, until they leave', () => {
    const store = createHighlightStore(NO_HIGHLIGHTS);
    let calls = 0;
    const leave = store.subscribe(() => (calls += 1));
    const next = focusOn('a:1');
    store.set(next);
    store.set(next);
    expect(calls).toBe(1);
    expect(store.get()).toBe(next);
    leave();
    store.set(focusOn('b:2'));
    expect(calls).toBe(1);
  });
});
