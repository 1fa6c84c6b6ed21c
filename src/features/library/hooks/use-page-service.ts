import { useEffect, useState } from 'react';
import { hasPageService } from '../lib/page-service';

/** Whether pages can be fetched by address: 'checking' until the app's server has answered. */
export type PageServiceState = 'checking' | 'available' | 'unavailable';

let known: Promise<boolean> | null = null;

/** Asks once per page whether the app runs from its own server (`npm start`). */
export function usePageService(): PageServiceState {
  const [state, setState] = useState<PageServiceState>('checking');
  useEffect(() => {
    let live = true;
    known ??= hasPageService();
    void known.then((available) => {
      if (live) setState(available ? 'available' : 'unavailable');
    });
    return () => {
      live = false;
    };
  }, []);
  return state;
}
