/** A position in a group of items that Tab enters once: a row, and an item of that row. */
export type RovingAt = { row: number; item: number };

/** Rows of more than this many items are paged by PageUp and PageDown. */
const PAGE_ROWS = 10;

/**
 * Where an arrow key (or Home, End, PageUp, PageDown) moves inside a group of rows of items
 * (`lengths[r]` items in row r): left and right along a row, up and down to the nearest item
 * of the next row; null when the key moves nowhere. With `ctrl`, Home and End go to the first
 * and last row.
 *
 * @example moveInRows('ArrowDown', { row: 0, item: 3 }, [4, 2]) // { row: 1, item: 1 }
 * @example moveInRows('ArrowRight', { row: 0, item: 3 }, [4, 2]) // null
 */
export function moveInRows(
  key: string,
  at: RovingAt,
  lengths: readonly number[],
  ctrl = false,
): RovingAt | null {
  const rows = lengths.length;
  if (rows === 0) return null;
  const clampRow = (row: number) => Math.max(0, Math.min(rows - 1, row));
  const inRow = (row: number, item: number) => ({
    row,
    item: Math.max(0, Math.min((lengths[row] ?? 1) - 1, item)),
  });
  let next: RovingAt;
  switch (key) {
    case 'ArrowRight':
      next = inRow(at.row, at.item + 1);
      break;
    case 'ArrowLeft':
      next = inRow(at.row, at.item - 1);
      break;
    case 'ArrowDown':
      next = inRow(clampRow(at.row + 1), at.item);
      break;
    case 'ArrowUp':
      next = inRow(clampRow(at.row - 1), at.item);
      break;
    case 'PageDown':
      next = inRow(clampRow(at.row + PAGE_ROWS), at.item);
      break;
    case 'PageUp':
      next = inRow(clampRow(at.row - PAGE_ROWS), at.item);
      break;
    case 'Home':
      next = ctrl ? inRow(0, 0) : inRow(at.row, 0);
      break;
    case 'End':
      next = ctrl ? inRow(rows - 1, Infinity) : inRow(at.row, Infinity);
      break;
    default:
      return null;
  }
  return next.row === at.row && next.item === at.item ? null : next;
}
