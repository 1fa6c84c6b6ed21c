import { memo, useMemo } from 'react';
import type { ReactNode } from 'react';
import { useSentenceHighlight } from '../hooks/use-highlights';
import type { SentenceInfo } from '../lib/analysis-index';
import type { ClaimLinkBuilder } from '../lib/claim-link-builder';
import type { Segment } from '../lib/sentence-segments';
import { ClaimLinkControl } from './claim-link-control';
import { SentenceText } from './sentence-text';

export type { SentenceState } from '../lib/highlight-store';

type Props = {
  as: 'p' | 'span';
  info: SentenceInfo;
  segments: Segment[];
  onHover: (id: string | null) => void;
  onSelect: (id: string) => void;
  className?: string;
  before?: ReactNode;
  after?: ReactNode;
  /** Makes the sentence's and its figures' deep links; null: no link controls (yet). */
  links?: ClaimLinkBuilder | null;
};

/** The link controls show on hover or focus of their sentence, or while it is highlighted. */
const REVEAL =
  'ml-1 opacity-0 group-hover/sentence:opacity-100 group-focus-within/sentence:opacity-100 group-data-[state=focused]/sentence:opacity-100 print:hidden';

/**
 * One sentence: hovering or clicking it highlights its counterparts in every column. It can take
 * focus from script (j/k) but is not a tab stop: a long article would bury the controls. Its
 * deep-link controls (link, copy) show on hover or focus; they are tab stops only once the
 * sentence is chosen, so Tab from a chosen sentence reaches them. Its highlight (focused,
 * related, linked to, chosen) comes from the comparison's highlight store, so that moving the
 * focus renders only the sentences it changes.
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
  links = null,
}: Props) {
  const disagreements = useMemo(
    () => segments.flatMap((s) => (s.mark?.disagreementId ? [s.mark.disagreementId] : [])),
    [segments],
  );
  const { state, current, selected, activeDisagreement } = useSentenceHighlight(
    info.id,
    disagreements,
  );
  const href = links?.sentence(info.id) ?? null;
  return (
    <Tag
      data-sentence-id={info.id}
      data-state={state ?? undefined}
      aria-current={current ? 'true' : undefined}
      tabIndex={-1}
      className={`group/sentence ${className ?? ''}`}
      onMouseEnter={() => onHover(info.id)}
      onMouseLeave={() => onHover(null)}
      onClick={() => onSelect(info.id)}
    >
      {before}
      <SentenceText
        segments={segments}
        activeDisagreement={activeDisagreement}
        sentenceId={info.id}
        links={links}
        tabbable={selected}
      />
      {after}
      {href && (
        <ClaimLinkControl
          href={href}
          label="this sentence"
          tabbable={selected}
          className={REVEAL}
        />
      )}
    </Tag>
  );
});
