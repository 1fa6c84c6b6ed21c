/** Which step of opening a story is under way. */
export type LoadingStage = 'articles' | 'analysis';

type Props = { stage: LoadingStage; articleCount?: number };

const STEPS: { stage: LoadingStage; label: string }[] = [
  { stage: 'articles', label: 'Loading the articles' },
  { stage: 'analysis', label: 'Comparing sentences, facts and figures' },
];

/**
 * The loading state: the steps of opening a story, the current one announced politely, and a
 * skeleton of the columns so the page never looks empty.
 */
export function StoryLoading({ stage, articleCount }: Props) {
  const current = STEPS.findIndex((s) => s.stage === stage);
  const columns = Math.min(Math.max(articleCount ?? 2, 2), 4);
  return (
    <div className="flex flex-1 flex-col gap-6 p-4 md:p-8" aria-busy="true">
      <div
        role="status"
        className="max-w-xl rounded-lg border border-stone-200 bg-white p-5 shadow-sm dark:border-stone-700 dark:bg-stone-900"
      >
        <p className="text-base font-semibold">
          {stage === 'articles'
            ? 'Opening the story…'
            : articleCount === undefined
              ? 'Comparing the articles…'
              : `Comparing ${articleCount} ${articleCount === 1 ? 'article' : 'articles'}…`}
        </p>
        <ol className="mt-3 space-y-1.5 text-sm">
          {STEPS.map((step, i) => (
            <li key={step.stage} className="flex items-center gap-2">
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
                {i < current ? ' — done' : i === current ? ' — in progress' : ''}
              </span>
            </li>
          ))}
        </ol>
        {stage === 'analysis' && (
          <p className="mt-3 text-xs text-stone-600 dark:text-stone-400">
            The first comparison also loads the language model; the page stays usable meanwhile.
          </p>
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
