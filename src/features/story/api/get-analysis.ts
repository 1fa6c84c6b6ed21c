import { queryOptions, skipToken, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { Analysis } from '../../../core/contract';
import type { AnalysisProgress, ProgressListener } from '../../../core/progress';
import type { ArticleInput } from '../../../core/types';
import { fnv1a } from '../../../core/util/hash';
import { analysisProgress } from '../lib/analysis-progress';
import { analysisClient } from '../lib/analysis-worker';

/** Compares the articles as one story, in the analysis worker (the main thread stays free). */
export function getAnalysis(
  inputs: ArticleInput[],
  signal?: AbortSignal,
  onProgress?: ProgressListener,
): Promise<Analysis> {
  return analysisClient.analyze(inputs, signal, onProgress);
}

/**
 * The query for a story's analysis, keyed by each article's name and a hash of its text; it
 * waits (skipToken) until the articles are there. While it runs, the worker's progress goes to
 * `analysisProgress` under the key's JSON.
 */
export function analysisQueryOptions(inputs: ArticleInput[] | undefined) {
  const queryKey = [
    'analysis',
    inputs?.map((input) => `${input.file}:${fnv1a(input.text)}`) ?? [],
  ] as const;
  const key = JSON.stringify(queryKey);
  return queryOptions({
    queryKey,
    queryFn: inputs
      ? ({ signal }) =>
          getAnalysis(inputs, signal, (progress) => analysisProgress.report(key, progress)).finally(
            () => analysisProgress.finish(key),
          )
      : skipToken,
    staleTime: Infinity,
    // The analysis is deterministic: running it again gives the same failure.
    retry: false,
  });
}

/** What a screen can show and do about an analysis under way. */
export type AnalysisControl = {
  /** The stage the worker last reported (none before its first report). */
  progress: AnalysisProgress | undefined;
  /** The reader cancelled it: it does not run again until `resume`. */
  cancelled: boolean;
  /** Stops the analysis (a big one's worker is stopped at once). */
  cancel: () => void;
  /** Runs the cancelled analysis again. */
  resume: () => void;
};

/**
 * The progress of the analysis with this query key, and the reader's cancel and resume. A
 * cancelled analysis stays cancelled (the query is disabled) until the reader resumes it or
 * the articles change.
 */
export function useAnalysisControl(queryKey: readonly unknown[]): AnalysisControl {
  const client = useQueryClient();
  const key = JSON.stringify(queryKey);
  const state = useSyncExternalStore(analysisProgress.subscribe, () => analysisProgress.get(key));
  const cancel = useCallback(() => {
    analysisProgress.cancel(key);
    void client.cancelQueries({ queryKey: JSON.parse(key) as unknown[], exact: true });
  }, [client, key]);
  const resume = useCallback(() => analysisProgress.resume(key), [key]);
  return {
    progress: state === 'cancelled' ? undefined : state,
    cancelled: state === 'cancelled',
    cancel,
    resume,
  };
}

/** The Analysis of the given articles, loading or failed, and its progress and cancel. */
export function useAnalysis(inputs: ArticleInput[] | undefined) {
  // Its key hashes every article's text: once per set of articles, not on every render.
  const options = useMemo(() => analysisQueryOptions(inputs), [inputs]);
  const control = useAnalysisControl(options.queryKey);
  const query = useQuery({ ...options, enabled: !control.cancelled });
  return { query, control };
}
