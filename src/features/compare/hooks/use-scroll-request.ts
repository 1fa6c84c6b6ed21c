import { useCallback, useEffect, useState } from 'react';
import type { RefObject } from 'react';

type Request = { selectors: string[]; focus: string | null; serial: number };

/** A target further than this many screens away is jumped to, not scrolled to smoothly. */
const SMOOTH_SCREENS = 2;
/** How many times a target that the layout moved off screen is scrolled back. */
const CORRECTIONS = 3;
/** How long a smooth scroll's end is waited for before the check is dropped, ms. */
const SCROLL_WAIT = 1500;

/**
 * Scrolls elements into view (and optionally moves keyboard focus) after the next render, so
 * that a request made together with a state change (e.g. switching views) finds the new DOM.
 * Each selector is scrolled to the centre of its own scroll container: smoothly when it is near,
 * at once when it is far. (The aligned view lays out offscreen cells at an estimated height
 * until they come near the screen: a long smooth scroll would draw them on its way and miss its
 * target by their errors.) Cells drawn on the way can still move a target: once the scroll has
 * ended, a target out of sight is scrolled to again, at once.
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
    const smooth = targets.map((target) => motion && isNear(target));
    targets.forEach((target, i) => {
      target.scrollIntoView({
        block: 'center',
        inline: 'nearest',
        behavior: smooth[i] ? 'smooth' : 'auto',
      });
    });
    if (request.focus)
      container.querySelector<HTMLElement>(request.focus)?.focus({ preventScroll: true });
    return keepInSight(targets, smooth.some(Boolean));
  }, [request, root]);
  return useCallback((selectors: string[], focus: string | null = null) => {
    setRequest((previous) => ({ selectors, focus, serial: (previous?.serial ?? 0) + 1 }));
  }, []);
}

/**
 * Once the scrolling ends (a smooth scroll's `scrollend`, else the next frames), scrolls each
 * target still out of its scroller's sight to the centre at once, a few times at most. Gives the
 * cleanup that stops watching.
 */
function keepInSight(targets: HTMLElement[], smooth: boolean): () => void {
  let left = CORRECTIONS;
  let frame = 0;
  const check = () => {
    const away = targets.filter((t) => t.isConnected && !inSight(t));
    if (away.length === 0 || left-- <= 0) return;
    for (const target of away) target.scrollIntoView({ block: 'center', inline: 'nearest' });
    afterFrames();
  };
  const afterFrames = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(check);
    });
  };
  // `scrollend` does not bubble: listen in the capture phase, for whichever scroller moved. A
  // smooth scroll ends well within SCROLL_WAIT; a later scroll is the reader's own, and left be.
  const onScrollEnd = () => afterFrames();
  const stopWaiting = () =>
    document.removeEventListener('scrollend', onScrollEnd, { capture: true });
  let timer = 0;
  if (smooth) {
    document.addEventListener('scrollend', onScrollEnd, { capture: true, once: true });
    timer = window.setTimeout(stopWaiting, SCROLL_WAIT);
  } else afterFrames();
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    stopWaiting();
  };
}

/** Whether some of `element` is inside the window and every scroller around it. */
function inSight(element: HTMLElement): boolean {
  const box = element.getBoundingClientRect();
  let top = 0;
  let bottom = window.innerHeight;
  let left = 0;
  let right = window.innerWidth;
  for (let e = element.parentElement; e; e = e.parentElement) {
    const { overflowX, overflowY } = getComputedStyle(e);
    if (overflowX === 'visible' && overflowY === 'visible') continue;
    const r = e.getBoundingClientRect();
    top = Math.max(top, r.top);
    bottom = Math.min(bottom, r.bottom);
    left = Math.max(left, r.left);
    right = Math.min(right, r.right);
  }
  return box.bottom > top && box.top < bottom && box.right > left && box.left < right;
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
