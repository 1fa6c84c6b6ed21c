import { useCallback, useEffect, useState } from 'react';
import type { RefObject } from 'react';

type Request = { selectors: string[]; focus: string | null; serial: number };

/** A target further than this many screens away is jumped to, not scrolled to smoothly. */
const SMOOTH_SCREENS = 2;

/**
 * Scrolls elements into view (and optionally moves keyboard focus) after the next render, so
 * that a request made together with a state change (e.g. switching views) finds the new DOM.
 * Each selector is scrolled to the centre of its own scroll container: smoothly when it is near,
 * at once when it is far. (The aligned view lays out offscreen cells at an estimated height
 * until they come near the screen: a long smooth scroll would draw them on its way and miss its
 * target by their errors.)
 */
export function useScrollRequest(root: RefObject<HTMLElement | null>) {
  const [request, setRequest] = useState<Request | null>(null);
  useEffect(() => {
    const container = root.current;
    if (!request || !container) return;
    const motion = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    const targets = request.selectors.flatMap((selector) => {
      const found = container.querySelector<HTMLElement>(selector);
      return found ? [found] : [];
    });
    for (const target of targets) {
      target.scrollIntoView({
        block: 'center',
        inline: 'nearest',
        behavior: motion && isNear(target) ? 'smooth' : 'auto',
      });
    }
    if (request.focus)
      container.querySelector<HTMLElement>(request.focus)?.focus({ preventScroll: true });
  }, [request, root]);
  return useCallback((selectors: string[], focus: string | null = null) => {
    setRequest((previous) => ({ selectors, focus, serial: (previous?.serial ?? 0) + 1 }));
  }, []);
}

function isNear(element: HTMLElement): boolean {
  const { top, bottom, left, right } = element.getBoundingClientRect();
  const within = (start: number, end: number, screen: number) =>
    end > -SMOOTH_SCREENS * screen && start < (SMOOTH_SCREENS + 1) * screen;
  return within(top, bottom, window.innerHeight) && within(left, right, window.innerWidth);
}

/** The selector of a sentence element. */
export function sentenceSelector(id: string): string {
  return `[data-sentence-id="${CSS.escape(id)}"]`;
}

/** The selector of a fact row's cell in one column. */
export function factCellSelector(factId: string, column: number): string {
  return `[data-fact-cell="${CSS.escape(`${factId}:${column}`)}"]`;
}
