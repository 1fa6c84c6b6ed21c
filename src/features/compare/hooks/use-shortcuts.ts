import { useEffect, useRef } from 'react';
import { keyAction } from '../lib/keyboard-actions';
import type { KeyAction } from '../lib/keyboard-actions';

/**
 * Calls `onAction` for the comparison's keyboard shortcuts, anywhere on the page except while
 * the user types in a field. Disabled while `enabled` is false (e.g. a dialog is open).
 */
export function useShortcuts(onAction: (action: KeyAction) => void, enabled: boolean): void {
  const latest = useRef(onAction);
  useEffect(() => {
    latest.current = onAction;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      const action = keyAction({
        key: event.key,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        target: target && {
          tagName: target.tagName,
          isContentEditable: target.isContentEditable,
          type: target instanceof HTMLInputElement ? target.type : undefined,
        },
      });
      if (!action) return;
      event.preventDefault();
      latest.current(action);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
