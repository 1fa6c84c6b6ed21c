import type { Segment } from '../lib/sentence-segments';
import { ClaimLinkControl } from './claim-link-control';
import type { SentenceExtras } from './sentence-view';

type Props = {
  sentenceId: string;
  segments: Segment[];
  extras: SentenceExtras;
  /** How many counterparts it can show under it (narrow screens); 0: no button. */
  counterparts: number;
  expanded: boolean;
};

const NAME = 'text-[0.7rem] font-medium text-stone-600 dark:text-stone-300';

/**
 * A chosen sentence's tools, after its text: deep links (follow or copy) to the sentence, to
 * each of its disputed figures and to the fact row it is shown in; on a narrow screen, the
 * button that opens what the other sources say. Drawn for the chosen sentence only.
 */
export function SentenceTools({ sentenceId, segments, extras, counterparts, expanded }: Props) {
  const { links } = extras;
  const href = links?.sentence(sentenceId) ?? null;
  const spans = links
    ? segments.flatMap((s) => {
        if (s.mark?.kind !== 'conflict' || s.mark.disagreementId === null) return [];
        const spanHref = links.span(sentenceId, s.start, s.end);
        return spanHref ? [{ text: s.text, href: spanHref }] : [];
      })
    : [];
  const fact = extras.factLinkOf(sentenceId);
  if (!href && spans.length === 0 && !fact && counterparts === 0) return null;
  return (
    <span
      className="ml-1.5 inline-flex flex-wrap items-center gap-x-2 gap-y-0.5 align-middle font-sans print:hidden"
      data-sentence-tools=""
    >
      {href && <ClaimLinkControl href={href} label="this sentence" />}
      {spans.map((span, k) => (
        <span key={k} className="inline-flex items-center gap-0.5">
          <span aria-hidden="true" className={NAME}>
            “{span.text}”
          </span>
          <ClaimLinkControl href={span.href} label={`“${span.text}”`} />
        </span>
      ))}
      {fact && (
        <span className="inline-flex items-center gap-0.5">
          <span aria-hidden="true" className={NAME}>
            {fact.label}
          </span>
          <ClaimLinkControl href={fact.href} label={fact.label} />
        </span>
      )}
      {counterparts > 0 && (
        <button
          type="button"
          aria-expanded={expanded}
          className="rounded border border-stone-300 px-1.5 py-0.5 text-[0.75rem] font-medium text-stone-800 hover:bg-stone-100 dark:border-stone-600 dark:text-stone-100 dark:hover:bg-stone-800"
          onClick={(event) => {
            event.stopPropagation();
            extras.toggleCounterparts(sentenceId);
          }}
        >
          <span aria-hidden="true">⇆ </span>
          {expanded ? 'Hide' : 'Show'} the other sources ({counterparts})
        </button>
      )}
    </span>
  );
}
