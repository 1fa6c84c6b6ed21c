import type { Analysis } from '../core/contract';
import type { ArticleInput } from '../core/types';

/** A request to the analysis worker: compare these articles as one story. */
export type AnalysisRequest = { id: number; inputs: ArticleInput[] };

/** The worker's answer to the request with the same id. */
export type AnalysisResponse =
  | { id: number; ok: true; analysis: Analysis; elapsedMs: number }
  | { id: number; ok: false; error: string };
