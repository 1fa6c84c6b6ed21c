/**
 * The stages of an analysis, in order, as the worker reports them while it works: the language
 * model loading (first analysis only), each article read (sentences, tokens, facts, figures),
 * the statements matched across articles, and the contradictions looked for.
 */
export type AnalysisStage = 'model' | 'articles' | 'alignment' | 'disagreements';

/** Where an analysis is: its stage, and for `articles` how many of `total` are read. */
export type AnalysisProgress = { stage: AnalysisStage; done: number; total: number };

/** Receives the progress of an analysis; called synchronously from inside the core. */
export type ProgressListener = (progress: AnalysisProgress) => void;

/** The stages in the order they run. */
export const ANALYSIS_STAGES: readonly AnalysisStage[] = [
  'model',
  'articles',
  'alignment',
  'disagreements',
];
