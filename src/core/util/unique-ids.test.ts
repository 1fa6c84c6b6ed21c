import { describe, expect, it } from 'vitest';
import { withUniqueIds } from './unique-ids';

describe('withUniqueIds', () => {
  it('keeps unique ids and the first of each repeat, suffixing the later ones', () => {
    const items = [{ id: 'a' }, { id: 'b' }, { id: 'a', x: 1 }, { id: 'a' }];
    expect(withUniqueIds(items).map((i) => i.id)).toEqual(['a', 'b', 'a-2', 'a-3']);
    expect(withUniqueIds(items)[2]).toEqual({ id: 'a-2', x: 1 });
  });

  it('does not take an id that is already in the list', () => {
    const ids = withUniqueIds([{ id: 'a' }, { id: 'a' }, { id: 'a-2' }]).map((i) => i.id);
    expect(ids).toEqual(['a', 'a-3', 'a-2']);
  });

  it('returns the same items when nothing repeats', () => {
    const items = [{ id: 'x' }, { id: 'y' }];
    expect(withUniqueIds(items)).toEqual(items);
  });
});
