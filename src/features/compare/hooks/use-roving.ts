import { useCallback, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { moveInRows } from '../lib/roving';
import type { RovingAt } from '../lib/roving';

/** The attribute that names an item's place in its group ("row:item"). */
const PLACE = 'data-roving-at';

/**
 * An item's place and whether it is the group's tab stop, as `itemProps` gives them, without
 * the focus handler.
 */
export function rovingPlace(r: number, i: number, tabStop: boolean) {
  return { [PLACE]: `${r}:${i}`, tabIndex: tabStop ? 0 : -1 };
}

/**
 * One tab stop for a group of rows of items (a list: rows of one item; a table: its rows of
 * cells), with the arrow keys, Home, End, PageUp and PageDown moving focus inside it: the
 * roving tab index of the ARIA authoring practices. `lengths[r]` is the number of items of
 * row r. Spread `itemProps(row, item)` on each item and `onKeyDown` on the group (an item
 * drawn by a memoized component can take `rovingPlace(row, item, isCurrent)` and call the stable
 * `focusAt(row, item)` when focused instead).
 *
 * @example const { onKeyDown, itemProps } = useRoving([1, 1, 1]); // a list of three
 */
export function useRoving(lengths: readonly number[]) {
  const [at, setAt] = useState<RovingAt>({ row: 0, item: 0 });
  // A group that shrank keeps a tab stop: its last row and item.
  const row = Math.min(at.row, Math.max(0, lengths.length - 1));
  const current = { row, item: Math.min(at.item, Math.max(0, (lengths[row] ?? 1) - 1)) };

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.altKey || event.metaKey || event.shiftKey) return;
      const from = (event.target as HTMLElement).closest(`[${PLACE}]`)?.getAttribute(PLACE);
      if (!from) return;
      const [r, i] = from.split(':').map(Number);
      const next = moveInRows(event.key, { row: r ?? 0, item: i ?? 0 }, lengths, event.ctrlKey);
      if (!next) return;
      const target = event.currentTarget.querySelector<HTMLElement>(
        `[${PLACE}="${next.row}:${next.item}"]`,
      );
      if (!target) return;
      event.preventDefault();
      setAt(next);
      target.focus();
    },
    [lengths],
  );

  // The same function on every render, for items drawn by memoized components.
  const focusAt = useCallback((r: number, i: number) => setAt({ row: r, item: i }), []);

  const itemProps = (r: number, i: number) => ({
    ...rovingPlace(r, i, r === current.row && i === current.item),
    onFocus: () => focusAt(r, i),
  });

  return { onKeyDown, itemProps, current, focusAt };
}
