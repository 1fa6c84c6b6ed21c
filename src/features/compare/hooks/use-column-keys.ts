import { useCallback } from 'react';
import type { KeyboardEvent } from 'react';

/** What the arrow keys move between inside a column: sentences, and references to sentences. */
const ITEM = '[data-sentence-id], [data-refers-to]';
/** A column of the comparison (a `<section>` region). */
const COLUMN = '[data-column]';

const KEYS = new Set([
  'ArrowDown',
  'ArrowUp',
  'ArrowLeft',
  'ArrowRight',
  'Home',
  'End',
  'PageDown',
  'PageUp',
]);

/** The fact row (or the space between two) that an item stands in. */
function rowOf(item: Element): Element | null {
  return item.closest('[data-fact-cell], [data-gap-cell]');
}

/** The item of `items` whose top is nearest `top` (px, in the viewport). */
function nearest(items: HTMLElement[], top: number): HTMLElement | undefined {
  let best: HTMLElement | undefined;
  let distance = Infinity;
  for (const item of items) {
    const d = Math.abs(item.getBoundingClientRect().top - top);
    if (d < distance) {
      best = item;
      distance = d;
    }
  }
  return best;
}

/** Where a key moves from `current` inside `column`, or undefined. */
function target(key: string, current: HTMLElement, column: HTMLElement): HTMLElement | undefined {
  const items = [...column.querySelectorAll<HTMLElement>(ITEM)];
  const at = items.indexOf(current);
  switch (key) {
    case 'ArrowDown':
      return items[at + 1];
    case 'ArrowUp':
      return items[at - 1];
    case 'Home':
      return items[0];
    case 'End':
      return items[items.length - 1];
    case 'PageDown':
    case 'PageUp': {
      // The first item of the next (or previous) fact row.
      const step = key === 'PageDown' ? 1 : -1;
      const here = rowOf(current);
      for (let k = at + step; k >= 0 && k < items.length; k += step) {
        const item = items[k] as HTMLElement;
        const row = rowOf(item);
        if (row === here || !row?.hasAttribute('data-fact-cell')) continue;
        if (step > 0) return item;
        // Going up: the first item of that row.
        let first = item;
        for (let j = k - 1; j >= 0 && rowOf(items[j] as HTMLElement) === row; j--)
          first = items[j] as HTMLElement;
        return first;
      }
      return undefined;
    }
    default: {
      const columns = [
        ...(column.parentElement?.querySelectorAll<HTMLElement>(`:scope > ${COLUMN}`) ?? []),
      ];
      const next = columns[columns.indexOf(column) + (key === 'ArrowRight' ? 1 : -1)];
      if (!next) return undefined;
      // Level with the current item: rows line up across columns.
      return nearest(
        [...next.querySelectorAll<HTMLElement>(ITEM)],
        current.getBoundingClientRect().top,
      );
    }
  }
}

/**
 * The keys inside the comparison's columns, where Tab stops once per column: up and down move
 * to the previous or next sentence of the column, PageUp and PageDown to the previous or next
 * fact row, Home and End to the first and last, left and right to the sentence level with it in
 * the next column. Moving focus to a sentence chooses it (see `SentenceView`). Put the handler
 * on each column (`[data-column]`).
 */
export function useColumnKeys() {
  return useCallback((event: KeyboardEvent<HTMLElement>) => {
    if (!KEYS.has(event.key) || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey)
      return;
    const from =
      event.target instanceof HTMLElement ? event.target.closest<HTMLElement>(ITEM) : null;
    if (!from) return;
    const next = target(event.key, from, event.currentTarget);
    if (!next) return;
    event.preventDefault();
    next.focus({ preventScroll: true });
    next.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, []);
}
