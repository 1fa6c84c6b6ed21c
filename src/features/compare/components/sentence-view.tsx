import { memo, useMemo } from 'react';
import type { ReactNode } from 'react';
import { useSentenceHighlight } from '../hooks/use-highlights';
import type { SentenceInfo } from '../lib/analysis-index';
import type { ClaimLinkBuilder } from '../lib/claim-link-builder';
import type { Counterpart } from '../lib/counterparts';
import type { Segment } from '../lib/sentence-segments';
import { CounterpartsPanel } from './counterparts-panel';
import { SentenceText } from './sentence-text';
import { SentenceTools } from './sentence-tools';

export type { SentenceState } from '../lib/highlight-store';

/**
 * What a chosen sentence offers besides its text, the same object for every sentence of a
 * comparison: its deep links and, on a narrow screen, what the other sources say.
 */
export type SentenceExtras = {
  /** Makes the sentence's and its figures' deep links; null: no links (yet). */
  links: ClaimLinkBuilder | null;
  /** The deep link to the fact row that shows a sentence, with its name ("fact 3"). */
  factLinkOf: (id: string) => { href: string; label: string } | null;
  /**
   * The sentences of the other sources to show under a sentence (narrow screens, where the other
   * columns are out of view); null where the columns stand side by side.
   */
  counterparts: ((id: string) => Counterpart[]) | null;
  /** Opens or closes them under a sentence. */
  toggleCounterparts: (id: string) => void;
  /** Chooses a sentence and brings it into view (switching the source shown if need be). */
  goTo: (id: string) => void;
};

type Props = {
  as: 'p' | 'span';
  info: SentenceInfo;
  segments: Segment[];
  onHover: (id: string | null) => void;
  onSelect: (id: string) => void;
  className?: string;
  before?: ReactNode;
  after?: ReactNode;
  extras: SentenceExtras;
};

const NO_COUNTERPARTS: Counterpart[] = [];

/**
 * One sentence: hovering or clicking it highlights its counterparts in every column. Tab stops
 * once per column (the comparison's highlight store says which sentence is the column's stop;
 * the arrow keys move on from it), and focusing a sentence chooses it. A chosen sentence shows
 * its tools after its text — deep links to it, to its disputed figures and to its fact row, and
 * on a narrow screen its counterparts in the other sources — and only then: hidden tools take no
 * room and leave no gap before punctuation. Its highlight comes from the store, so that moving
 * the focus renders only the sentences it changes.
 */
export const SentenceView = memo(function SentenceView({
  as: Tag,
  info,
  segments,
  onHover,
  onSelect,
  className,
  before,
  after,
  extras,
}: Props) {
  const disagreements = useMemo(
    () => segments.flatMap((s) => (s.mark?.disagreementId ? [s.mark.disagreementId] : [])),
    [segments],
  );
  const { state, current, selected, activeDisagreement, tabStop, expanded } = useSentenceHighlight(
    info.id,
    disagreements,
  );
  const counterparts =
    (selected || expanded) && extras.counterparts ? extras.counterparts(info.id) : NO_COUNTERPARTS;
  return (
    <>
      <Tag
        data-sentence-id={info.id}
        data-state={state ?? undefined}
        data-selected={selected ? '' : undefined}
        aria-current={current ? 'true' : undefined}
        tabIndex={tabStop ? 0 : -1}
        className={`group/sentence ${className ?? ''}`}
        onMouseEnter={() => onHover(info.id)}
        onMouseLeave={() => onHover(null)}
        onClick={() => onSelect(info.id)}
        onFocus={() => {
          if (!selected) onSelect(info.id);
        }}
      >
        {before}
        <SentenceText segments={segments} activeDisagreement={activeDisagreement} />
        {after}
        {selected && (
          <SentenceTools
            sentenceId={info.id}
            segments={segments}
            extras={extras}
            counterparts={counterparts.length}
            expanded={expanded}
          />
        )}
      </Tag>
      {expanded && counterparts.length > 0 && (
        <CounterpartsPanel
          as={Tag === 'p' ? 'div' : 'span'}
          list={counterparts}
          goTo={extras.goTo}
        />
      )}
    </>
  );
});
