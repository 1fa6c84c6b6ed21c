import { createAnalysisClient } from './analysis-client';

/** The app's analysis client: the core runs in `src/workers/analysis.worker.ts`. */
export const analysisClient = createAnalysisClient(
  () =>
    new Worker(new URL('../../../workers/analysis.worker.ts', import.meta.url), { type: 'module' }),
);
