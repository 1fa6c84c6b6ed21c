import { useCallback, useEffect, useState } from 'react';
import type { RefObject } from 'react';

type Request = { selectors: string[]; focus: string | null; serial: number };

/**
 * Scrolls elements into view (and optionally moves keyboard focus) after the next render, so
 * that a request made together with a state change (e.g. switching views) finds the new DOM.
 * Each selector is scrolled to the centre of its own scroll container.
 */
export function useScrollRequest(root: RefObject<HTMLElement | null>) {
  const [request, setRequest] = useState<Request | null>(null);
  useEffect(() => {
    const container = root.current;
    if (!request || !container) return;
    const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    for (const selector of request.selectors) {
      container.querySelector<HTMLElement>(selector)?.scrollIntoView({
        block: 'center',
        inline: 'nearest',
        behavior: smooth ? 'smooth' : 'auto',
      });
    }
    if (request.focus)
      container.querySelector<HTMLElement>(request.focus)?.focus({ preventScroll: true });
  }, [request, root]);
  return useCallback((selectors: string[], focus: string | null = null) => {
    setRequest((previous) => ({ selectors, focus, serial: (previous?.serial ?? 0) + 1 }));
  }, []);
}

/** The selector of a sentence element. */
export function sentenceSelector(id: string): string {
  return `[data-sentence-id="${CSS.escape(id)}"]`;
}

/** The selector of a fact row's cell in one column. */
export function factCellSelector(factId: string, column: number): string {
  return `[data-fact-cell="${CSS.escape(`${factId}:${column}`)}"]`;
}
