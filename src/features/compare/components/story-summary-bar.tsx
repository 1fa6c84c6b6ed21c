import type { StorySummary } from '../lib/story-summary';
import { KIND_META } from '../lib/relation-meta';

type Props = { summary: StorySummary };

function Stat({ label, value, detail }: { label: string; value: number; detail?: string }) {
  return (
    <div className="flex items-baseline gap-1.5 whitespace-nowrap">
      <dt className="order-2 text-xs text-stone-600 dark:text-stone-400">
        {label}
        {detail && <span className="ml-1 text-stone-600 dark:text-stone-400">({detail})</span>}
      </dt>
      <dd className="order-1 text-base font-semibold tabular-nums">{value}</dd>
    </div>
  );
}

/** The counts at the top: shared facts by relation, disagreements, what only each source has. */
export function StorySummaryBar({ summary }: Props) {
  const { agree, partial, conflict } = summary.byRelation;
  const detail = [
    `${KIND_META.agree.symbol} ${agree} agree`,
    `${KIND_META.partial.symbol} ${partial} partial`,
    `${KIND_META.conflict.symbol} ${conflict} conflict`,
  ].join(' · ');
  return (
    <section
      aria-label="Summary"
      className="border-b border-stone-200 bg-white px-4 py-2 dark:border-stone-800 dark:bg-stone-900"
    >
      <dl className="flex flex-wrap gap-x-6 gap-y-1">
        <Stat label="shared facts" value={summary.sharedFacts} detail={detail} />
        {summary.links > summary.sharedFacts && (
          <Stat label="links between sentences" value={summary.links} />
        )}
        <Stat
          label={summary.disagreements === 1 ? 'disagreement' : 'disagreements'}
          value={summary.disagreements}
        />
        {summary.onlyIn.map((only) => (
          <Stat key={only.label} label={`only in ${only.label}`} value={only.count} />
        ))}
      </dl>
    </section>
  );
}
