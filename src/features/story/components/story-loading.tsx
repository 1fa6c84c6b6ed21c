import type { AnalysisProgress, AnalysisStage } from '../../../core/progress';
import { ANALYSIS_STAGES } from '../../../core/progress';

/** Which step of opening a story is under way. */
export type LoadingStage = 'articles' | 'analysis';

type Props = {
  stage: LoadingStage;
  articleCount?: number;
  /** The worker's last report, while the analysis runs. */
  progress?: AnalysisProgress;
  /** Shows a Cancel button that stops the analysis. */
  onCancel?: () => void;
};

const STAGE_LABELS: Record<AnalysisStage, string> = {
  model: 'Loading the language model',
  articles: 'Reading each article: sentences, facts and figures',
  alignment: 'Matching statements across the articles',
  disagreements: 'Looking for contradictions',
};

const STEPS: { key: string; label: string }[] = [
  { key: 'load', label: 'Loading the articles' },
  ...ANALYSIS_STAGES.map((stage) => ({ key: stage, label: STAGE_LABELS[stage] })),
];

/** The step under way: the articles, then the worker's stages (the model's until it reports). */
function currentStep(stage: LoadingStage, progress: AnalysisProgress | undefined): number {
  if (stage === 'articles') return 0;
  return 1 + ANALYSIS_STAGES.indexOf(progress?.stage ?? 'model');
}

/** "— 3 of 12 read" on the articles step while the worker reads them. */
function stepDetail(key: string, progress: AnalysisProgress | undefined): string {
  if (key !== 'articles' || progress?.stage !== 'articles' || progress.total < 2) return '';
  return ` (${progress.done} of ${progress.total} read)`;
}

/**
 * The loading state: the steps of opening a story with the current one announced politely
 * (the analysis's stages as the worker reports them), a Cancel button while the articles are
 * compared, and a skeleton of the columns so the page never looks empty.
 */
export function StoryLoading({ stage, articleCount, progress, onCancel }: Props) {
  const current = currentStep(stage, progress);
  const columns = Math.min(Math.max(articleCount ?? 2, 2), 4);
  return (
    <div className="flex flex-1 flex-col gap-6 p-4 md:p-8" aria-busy="true">
      <div className="max-w-xl rounded-lg border border-stone-200 bg-white p-5 shadow-sm dark:border-stone-700 dark:bg-stone-900">
        <div role="status">
          <p className="text-base font-semibold">
            {stage === 'articles'
              ? 'Opening the story…'
              : articleCount === undefined
                ? 'Comparing the articles…'
                : `Comparing ${articleCount} ${articleCount === 1 ? 'article' : 'articles'}…`}
          </p>
          <ol className="mt-3 space-y-1.5 text-sm">
            {STEPS.map((step, i) => (
              <li key={step.key} className="flex items-center gap-2">
                <span
                  aria-hidden="true"
                  className={
                    i < current
                      ? 'text-emerald-700 dark:text-emerald-400'
                      : i === current
                        ? 'motion-safe:animate-pulse'
                        : 'text-stone-400'
                  }
                >
                  {i < current ? '✓' : i === current ? '●' : '○'}
                </span>
                <span className={i > current ? 'text-stone-600 dark:text-stone-400' : ''}>
                  {step.label}
                  {i === current && stepDetail(step.key, progress)}
                  {i < current ? ' — done' : i === current ? ' — in progress' : ''}
                </span>
              </li>
            ))}
          </ol>
        </div>
        {stage === 'analysis' && (
          <p className="mt-3 text-xs text-stone-600 dark:text-stone-400">
            The first comparison also loads the language model; the page stays usable meanwhile.
          </p>
        )}
        {stage === 'analysis' && onCancel && (
          <button type="button" className="btn mt-4" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
      <div
        aria-hidden="true"
        className="grid flex-1 gap-4"
        style={{ gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))` }}
      >
        {Array.from({ length: columns }, (_, i) => (
          <div
            key={i}
            className="space-y-3 rounded-lg border border-stone-200 p-4 dark:border-stone-800"
          >
            <div className="h-4 w-24 rounded bg-stone-200 motion-safe:animate-pulse dark:bg-stone-800" />
            <div className="h-5 w-4/5 rounded bg-stone-200 motion-safe:animate-pulse dark:bg-stone-800" />
            {Array.from({ length: 6 }, (_, k) => (
              <div
                key={k}
                className="h-3 rounded bg-stone-100 motion-safe:animate-pulse dark:bg-stone-900"
                style={{ width: `${92 - ((k * 17 + i * 7) % 30)}%` }}
              />
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}

/** The analysis the reader cancelled: it says so, and offers to compare again. */
export function StoryCancelled({
  articleCount,
  onResume,
}: {
  articleCount?: number;
  onResume: () => void;
}) {
  return (
    <div className="p-4 md:p-8">
      <div
        role="status"
        className="max-w-xl rounded-lg border border-stone-200 bg-white p-5 shadow-sm dark:border-stone-700 dark:bg-stone-900"
      >
        <h2 className="text-base font-semibold">Comparison cancelled</h2>
        <p className="mt-2 text-sm text-stone-700 dark:text-stone-300">
          {articleCount === undefined
            ? 'The articles were'
            : `The ${articleCount === 1 ? 'article was' : `${articleCount} articles were`}`}{' '}
          not compared. Nothing was changed; compare them when you are ready.
        </p>
        <button type="button" className="btn mt-4" onClick={onResume}>
          Compare again
        </button>
      </div>
    </div>
  );
}
