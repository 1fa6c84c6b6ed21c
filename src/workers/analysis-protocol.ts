import type { Analysis, Article } from '../core/contract';
import type { AnalysisProgress } from '../core/progress';
import type { ArticleInput } from '../core/types';

/** A request to the analysis worker: compare these articles as one story. */
export type AnalysisRequest = { id: number; inputs: ArticleInput[] };

/**
 * The worker's messages about the request with the same id: progress reports while it works
 * (`progress`), then one answer (`ok`). A large answer comes in parts: its articles, one a
 * message (`articles`), then the answer with the rest, its `analysis.articles` following those
 * (each message is read by the page in a task of its own).
 */
export type AnalysisResponse =
  | { id: number; progress: AnalysisProgress }
  | { id: number; articles: Article[] }
  | { id: number; ok: true; analysis: Analysis; elapsedMs: number }
  | { id: number; ok: false; message: string };
