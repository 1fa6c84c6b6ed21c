import { describe, expect, it } from 'vitest';
import { createProgressStore } from './analysis-progress';

const articles = (done: number) => ({ stage: 'articles' as const, done, total: 12 });

describe('createProgressStore', () => {
  it('keeps the last progress of each analysis until it finishes', () => {
    const store = createProgressStore();
    store.report('a', articles(1));
    store.report('a', articles(2));
    store.report('b', articles(7));
    expect(store.get('a')).toEqual(articles(2));
    store.finish('a');
    expect(store.get('a')).toBeUndefined();
    expect(store.get('b')).toEqual(articles(7));
  });

  it('keeps a cancelled analysis cancelled: late reports and its end do not undo it', () => {
    const store = createProgressStore();
    store.report('a', articles(1));
    store.cancel('a');
    store.report('a', articles(2));
    store.finish('a');
    expect(store.get('a')).toBe('cancelled');
    store.resume('a');
    expect(store.get('a')).toBeUndefined();
    store.report('a', articles(0));
    expect(store.get('a')).toEqual(articles(0));
  });

  it('tells its subscribers of each change, and no more once they unsubscribe', () => {
    const store = createProgressStore();
    let calls = 0;
    const unsubscribe = store.subscribe(() => (calls += 1));
    store.report('a', articles(1));
    store.cancel('a');
    store.finish('a'); // no change: it stays cancelled
    store.resume('a');
    store.resume('a'); // no change: not cancelled
    expect(calls).toBe(3);
    unsubscribe();
    store.report('a', articles(2));
    expect(calls).toBe(3);
  });
});
