import { flushSync } from 'react-dom';
import { startTransition, useEffect, useState } from 'react';

/**
 * How many of a list's `total` items to render: `first` at once, then `batch` more after each
 * commit, in a transition (React renders it between frames), until all are drawn; printing
 * draws them all at once. A long list then never holds the main thread for long, and a short
 * one (up to `first`) is drawn whole. A new `total` starts again from `first`.
 *
 * @example const shown = useProgressiveCount(disputes.length, 24, 48); disputes.slice(0, shown)
 */
export function useProgressiveCount(total: number, first: number, batch: number): number {
  const [drawn, setDrawn] = useState(() => ({ total, count: Math.min(total, first) }));
  let current = drawn;
  if (drawn.total !== total) {
    current = { total, count: Math.min(total, first) };
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
