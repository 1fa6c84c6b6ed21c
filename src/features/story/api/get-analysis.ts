import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import type { Analysis } from '../../../core/contract';
import type { ArticleInput } from '../../../core/types';
import { fnv1a } from '../../../core/util/hash';
import { analysisClient } from '../lib/analysis-worker';

/** Compares the articles as one story, in the analysis worker (the main thread stays free). */
export function getAnalysis(inputs: ArticleInput[], signal?: AbortSignal): Promise<Analysis> {
  return analysisClient.analyze(inputs, signal);
}

/**
 * The query for a story's analysis, keyed by each article's name and a hash of its text; it
 * waits (skipToken) until the articles are there.
 */
export function analysisQueryOptions(inputs: ArticleInput[] | undefined) {
  return queryOptions({
    queryKey: ['analysis', inputs?.map((input) => `${input.file}:${fnv1a(input.text)}`) ?? []],
    queryFn: inputs ? ({ signal }) => getAnalysis(inputs, signal) : skipToken,
    staleTime: Infinity,
    // The analysis is deterministic: running it again gives the same failure.
    retry: false,
  });
}

/** The Analysis of the given articles, loading or failed. */
export function useAnalysis(inputs: ArticleInput[] | undefined) {
  return useQuery(analysisQueryOptions(inputs));
}
