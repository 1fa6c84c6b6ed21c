import type { Analysis } from '../core/contract';
import type { AnalysisProgress } from '../core/progress';
import type { ArticleInput } from '../core/types';

/** A request to the analysis worker: compare these articles as one story. */
export type AnalysisRequest = { id: number; inputs: ArticleInput[] };

/**
 * The worker's messages about the request with the same id: progress reports while it works
 * (`progress`), then one answer (`ok`).
 */
export type AnalysisResponse =
  | { id: number; progress: AnalysisProgress }
  | { id: number; ok: true; analysis: Analysis; elapsedMs: number }
  | { id: number; ok: false; message: string };
