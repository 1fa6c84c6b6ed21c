import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ArticleInput } from '../../../core/types';
import { SEED_FILES } from '../../../lib/seed-files';
import type { SeedFile } from '../../../lib/seed-files';

/**
 * Fetches the shipped articles' text. A file that cannot be fetched fails the whole load with a
 * message naming it (a comparison with a silently missing source would mislead).
 */
export async function getSeedArticles(
  files: SeedFile[],
  signal?: AbortSignal,
): Promise<ArticleInput[]> {
  if (files.length === 0) throw new Error('No articles were shipped with the app.');
  return Promise.all(
    files.map(async ({ file, url }) => {
      let response: Response;
      try {
        response = await fetch(url, { signal });
      } catch (error) {
        if (signal?.aborted) throw error;
        throw new Error(`Could not load ${file}: the network request failed.`, { cause: error });
      }
      if (!response.ok) throw new Error(`Could not load ${file} (HTTP ${response.status}).`);
      return { file, text: await response.text() };
    }),
  );
}

/** The query for the shipped articles; they never change while the page is open. */
export function seedArticlesQueryOptions(files: SeedFile[] = SEED_FILES) {
  return queryOptions({
    queryKey: ['seed-articles', files.map((f) => f.url)],
    queryFn: ({ signal }) => getSeedArticles(files, signal),
    staleTime: Infinity,
  });
}

/** The shipped articles' text, loading or failed. */
export function useSeedArticles(files: SeedFile[] = SEED_FILES) {
  return useQuery(seedArticlesQueryOptions(files));
}
