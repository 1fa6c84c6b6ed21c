import type { AnalysisIndex } from '../lib/analysis-index';
import type { ClaimLinkBuilder } from '../lib/claim-link-builder';
import { attributionPhrase, sideSource, sideText } from '../lib/describe-disagreement';
import { KIND_META } from '../lib/relation-meta';
import { ClaimLinkControl } from './claim-link-control';
import { kindLabel } from '../../../core/disagree/kinds';

type Props = {
  index: AnalysisIndex;
  active: string | null;
  onChoose: (id: string) => void;
  /** Makes each disagreement's deep link; null: no link controls (yet). */
  links?: ClaimLinkBuilder | null;
  /** The sources not in English, which the comparison does not read. */
  unread?: readonly string[];
};

/**
 * Every disagreement with its values, whom each is credited to and which source prints it.
 * Choosing one scrolls the columns to it and highlights all its sides; each has a deep link.
 */
export function DisagreementsPanel({ index, active, onChoose, links = null, unread = [] }: Props) {
  const list = index.disagreements;
  return (
    <section aria-labelledby="disagreements-heading" className="px-4 py-4">
      <h2 id="disagreements-heading" className="flex items-baseline gap-2 text-sm font-semibold">
        Disagreements
        <span className="rounded-full bg-rose-100 px-2 text-xs font-semibold text-rose-900 tabular-nums dark:bg-rose-900/60 dark:text-rose-100">
          {list.length}
        </span>
      </h2>
      {list.length === 0 ? (
        <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">
          {unread.length === 0
            ? 'No contradictions were found between these sources.'
            : `No contradictions were found, but ${unread.join(' and ')} ${unread.length === 1 ? 'is' : 'are'} not in English, and the comparison reads English: most contradictions with ${unread.length === 1 ? 'it' : 'them'} would go unfound.`}
        </p>
      ) : (
        <ol className="mt-3 space-y-2">
          {list.map((d) => {
            const isActive = d.id === active;
            const href = links?.disagreement(d) ?? null;
            return (
              <li key={d.id} className="relative">
                <button
                  type="button"
                  aria-current={isActive ? 'true' : undefined}
                  onClick={() => onChoose(d.id)}
                  className={`block w-full rounded-md border px-3 py-2.5 text-left transition-colors ${href ? 'pr-14' : ''} ${
                    isActive
                      ? 'border-rose-600 bg-rose-50 ring-1 ring-rose-600 dark:border-rose-400 dark:bg-rose-950/50 dark:ring-rose-400'
                      : 'border-stone-200 bg-white hover:border-stone-400 dark:border-stone-700 dark:bg-stone-900 dark:hover:border-stone-500'
                  }`}
                >
                  <span className="block text-[0.65rem] font-bold tracking-wider text-rose-800 uppercase dark:text-rose-300">
                    <span aria-hidden="true">{KIND_META.conflict.symbol} </span>
                    {kindLabel(d.kind)}
                  </span>
                  <span className="mt-0.5 block text-sm leading-snug font-medium text-stone-900 dark:text-stone-100">
                    {d.summary}
                  </span>
                  <span className="mt-2 block space-y-1">
                    {d.sides.map((side, k) => (
                      <span
                        key={k}
                        className="flex flex-wrap items-baseline gap-x-1.5 text-[0.8rem] leading-snug"
                      >
                        <span className="font-semibold text-rose-900 tabular-nums dark:text-rose-200">
                          {sideText(index, side)}
                        </span>
                        <span className="text-stone-700 dark:text-stone-300">
                          {attributionPhrase(side)}
                        </span>
                        <span className="text-stone-600 dark:text-stone-400">
                          · {sideSource(index, side)}
                        </span>
                      </span>
                    ))}
                  </span>
                </button>
                {href && (
                  <ClaimLinkControl
                    href={href}
                    label="this disagreement"
                    className="absolute top-1.5 right-1.5"
                  />
                )}
              </li>
            );
          })}
        </ol>
      )}
      {list.length > 0 && (
        <p className="mt-3 text-xs text-stone-600 dark:text-stone-400">
          <kbd className="kbd">n</kbd> / <kbd className="kbd">p</kbd> step through them.
        </p>
      )}
    </section>
  );
}
