import type { AnalysisProgress } from '../../../core/progress';

/** What the page knows of a story's analysis while it has no answer: its progress, or that the reader cancelled it. */
export type AnalysisRunState = AnalysisProgress | 'cancelled' | undefined;

/** The progress of the analyses under way, by analysis key, for the screens to show. */
export type ProgressStore = {
  /** Records a progress report, unless the reader cancelled that analysis. */
  report: (key: string, progress: AnalysisProgress) => void;
  /** The analysis ended (answered or failed): its progress goes, a cancellation stays. */
  finish: (key: string) => void;
  /** The reader cancelled the analysis: it stays cancelled until `resume`. */
  cancel: (key: string) => void;
  /** The reader asked for the analysis again. */
  resume: (key: string) => void;
  get: (key: string) => AnalysisRunState;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe: (listener: () => void) => () => void;
};

/**
 * A small external store (read with `useSyncExternalStore`): the worker's progress reports
 * arrive outside React, in the query function.
 *
 * @example
 * const store = createProgressStore();
 * store.report('k', { stage: 'articles', done: 2, total: 12 });
 * store.cancel('k');
 * store.report('k', { stage: 'alignment', done: 12, total: 12 }); // ignored: cancelled
 * store.get('k'); // 'cancelled'
 */
export function createProgressStore(): ProgressStore {
  const states = new Map<string, AnalysisProgress | 'cancelled'>();
  const listeners = new Set<() => void>();
  const changed = () => {
    for (const listener of listeners) listener();
  };
  return {
    report(key, progress) {
      if (states.get(key) === 'cancelled') return;
      states.set(key, progress);
      changed();
    },
    finish(key) {
      const state = states.get(key);
      if (state === undefined || state === 'cancelled') return;
      states.delete(key);
      changed();
    },
    cancel(key) {
      states.set(key, 'cancelled');
      changed();
    },
    resume(key) {
      if (states.get(key) !== 'cancelled') return;
      states.delete(key);
      changed();
    },
    get: (key) => states.get(key),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The app's store. */
export const analysisProgress = createProgressStore();
