import { useCallback, useEffect, useState } from 'react';
import type { RefObject } from 'react';

type Request = { selectors: string[]; focus: string | null; serial: number };

/** A target further than this many screens away is jumped to, not scrolled to smoothly. */
const SMOOTH_SCREENS = 2;
/** How long targets are kept in sight while the layout settles, at most, ms. */
const SETTLE_MAX = 5000;
/** Targets that have stayed in sight, with nothing moving, this long are let go, ms. */
const SETTLE_QUIET = 400;
/** The reader's own scrolling: any of these ends the keeping in sight at once. */
const READER_INPUT = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;

/**
 * Scrolls elements into view (and optionally moves keyboard focus) after the next render, so
 * that a request made together with a state change (e.g. switching views) finds the new DOM.
 * Each selector is scrolled to the centre of its own scroll container: smoothly when it is near,
 * at once when it is far. (The aligned view lays out offscreen cells at an estimated height
 * until they come near the screen: a long smooth scroll would draw them on its way and miss its
 * target by their errors.) Cells drawn on the way, and rows added after the first screen, can
 * still move a target: see `keepInSight`.
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
    return keepInSight(targets);
  }, [request, root]);
  return useCallback((selectors: string[], focus: string | null = null) => {
    setRequest((previous) => ({ selectors, focus, serial: (previous?.serial ?? 0) + 1 }));
  }, []);
}

/**
 * Keeps `targets` in sight while the page settles: every frame, once nothing has moved since the
 * last one (a smooth scroll has ended, cells drawn on the way have their heights), a target out
 * of its scrollers' sight is scrolled back to the centre at once. It lets go when the targets
 * have stayed in sight with nothing moving for SETTLE_QUIET ms, after SETTLE_MAX ms, or as soon
 * as the reader scrolls, clicks or types: their own scrolling is left be. Frames, not events,
 * drive it, so a slow machine (a smooth scroll that takes long, rows that arrive late) only
 * makes it wait longer. Gives the cleanup that stops it.
 */
function keepInSight(targets: HTMLElement[]): () => void {
  if (targets.length === 0) return () => {};
  const started = performance.now();
  let quietSince = started;
  let last = placesOf(targets);
  let frame = 0;
  const stop = () => {
    cancelAnimationFrame(frame);
    for (const type of READER_INPUT) document.removeEventListener(type, stop, { capture: true });
  };
  const check = (now: number) => {
    const places = placesOf(targets);
    const moved = places !== last;
    last = places;
    if (moved) quietSince = now;
    else {
      const away = targets.filter((t) => t.isConnected && !inSight(t));
      for (const target of away) target.scrollIntoView({ block: 'center', inline: 'nearest' });
      if (away.length > 0) {
        quietSince = now;
        last = placesOf(targets);
      } else if (now - quietSince >= SETTLE_QUIET) return stop();
    }
    if (now - started >= SETTLE_MAX) return stop();
    frame = requestAnimationFrame(check);
  };
  for (const type of READER_INPUT)
    document.addEventListener(type, stop, { capture: true, passive: true });
  frame = requestAnimationFrame(check);
  return stop;
}

/** Where the targets are on screen, to the pixel, as one comparable string. */
function placesOf(targets: HTMLElement[]): string {
  return targets
    .map((t) => {
      const { top, left } = t.getBoundingClientRect();
      return `${Math.round(top)},${Math.round(left)}`;
    })
    .join(';');
}

/**
 * Whether `element` is in sight: inside the window and every scroller around it, by at least half
 * its height (or half the visible height, for an element taller than that) and some of its width.
 */
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
  const shown = Math.min(box.bottom, bottom) - Math.max(box.top, top);
  const needed = Math.min(box.height, bottom - top) / 2;
  return shown > 0 && shown >= needed && box.right > left && box.left < right;
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
