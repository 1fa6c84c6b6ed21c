import { flushSync } from 'react-dom';
import { startTransition, useEffect, useState } from 'react';

/** Whether the page is being printed (between `beforeprint` and `afterprint`). */
let printing = false;
if (typeof window !== 'undefined') {
  // Registered before any component's listener, so that those see the page printing.
  window.addEventListener('beforeprint', () => (printing = true));
  window.addEventListener('afterprint', () => (printing = false));
}

/** Whether the page is being printed: a list drawn then is drawn whole. */
export function isPrinting(): boolean {
  return printing;
}

/**
 * How many of a list's `total` items to render: `first` at once, then `batch` more after each
 * commit, in a transition (React renders it between frames), until all are drawn; printing
 * draws them all at once. A long list then never holds the main thread for long, and a short
 * one (up to `first`) is drawn whole. A new `total` starts again from `first` (from `total`
 * while the page is printed).
 *
 * @example const shown = useProgressiveCount(disputes.length, 24, 48); disputes.slice(0, shown)
 */
export function useProgressiveCount(total: number, first: number, batch: number): number {
  const start = () => ({ total, count: printing ? total : Math.min(total, first) });
  const [drawn, setDrawn] = useState(start);
  let current = drawn;
  if (drawn.total !== total) {
    current = start();
    setDrawn(current);
  }
  const shown = current.count;

  useEffect(() => {
    if (shown >= total) return;
    startTransition(() =>
      setDrawn((d) => (d.total === total ? { total, count: Math.min(total, shown + batch) } : d)),
    );
  }, [total, shown, batch]);

  useEffect(() => {
    const drawAll = () => flushSync(() => setDrawn({ total, count: total }));
    window.addEventListener('beforeprint', drawAll);
    return () => window.removeEventListener('beforeprint', drawAll);
  }, [total]);

  return shown;
}
