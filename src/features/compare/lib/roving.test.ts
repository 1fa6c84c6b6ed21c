import { describe, expect, it } from 'vitest';
import { moveInRows } from './roving';

describe('moveInRows', () => {
  const rows = [4, 2, 4];
  it('moves along a row and stops at its ends', () => {
    expect(moveInRows('ArrowRight', { row: 0, item: 0 }, rows)).toEqual({ row: 0, item: 1 });
    expect(moveInRows('ArrowLeft', { row: 0, item: 0 }, rows)).toBeNull();
    expect(moveInRows('End', { row: 2, item: 1 }, rows)).toEqual({ row: 2, item: 3 });
    expect(moveInRows('Home', { row: 2, item: 1 }, rows)).toEqual({ row: 2, item: 0 });
  });

  it('moves between rows to the nearest item', () => {
    expect(moveInRows('ArrowDown', { row: 0, item: 3 }, rows)).toEqual({ row: 1, item: 1 });
    expect(moveInRows('ArrowUp', { row: 0, item: 3 }, rows)).toBeNull();
    expect(moveInRows('End', { row: 0, item: 0 }, rows, true)).toEqual({ row: 2, item: 3 });
    expect(moveInRows('PageDown', { row: 0, item: 0 }, rows)).toEqual({ row: 2, item: 0 });
  });

  it('ignores other keys and empty groups', () => {
    expect(moveInRows('a', { row: 0, item: 0 }, rows)).toBeNull();
    expect(moveInRows('ArrowDown', { row: 0, item: 0 }, [])).toBeNull();
  });
});
