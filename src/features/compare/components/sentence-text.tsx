import { Fragment, useId } from 'react';
import type { ClaimLinkBuilder } from '../lib/claim-link-builder';
import { KIND_META } from '../lib/relation-meta';
import { ClaimLinkControl } from './claim-link-control';
import type { Segment } from '../lib/sentence-segments';

type Props = {
  segments: Segment[];
  /** The chosen disagreement: its marks are drawn as active. */
  activeDisagreement: string | null;
  /** The sentence the segments belong to: disputed values get a deep link to their span. */
  sentenceId: string;
  /** Makes the span links; null: none (yet). */
  links?: ClaimLinkBuilder | null;
  /** Whether the span links are tab stops (the sentence is chosen). */
  tabbable?: boolean;
};

/**
 * A sentence's text with its highlights. Text is only ever rendered as React text nodes: article
 * text is untrusted. Each `<mark>` says why it is marked (aria-describedby, and a tooltip); the
 * descriptions sit in one hidden block after the text, so the sentence's text stays contiguous.
 * Unmarked text is a bare text node: a long story has thousands of segments.
 */
export function SentenceText({
  segments,
  activeDisagreement,
  sentenceId,
  links = null,
  tabbable = false,
}: Props) {
  const baseId = useId();
  const descriptions: { id: string; text: string }[] = [];
  const parts = segments.map((segment, k) => {
    const mark = segment.mark;
    if (!mark) return <Fragment key={k}>{segment.text}</Fragment>;
    const id = `${baseId}-${k}`;
    descriptions.push({ id, text: mark.description });
    const active = mark.disagreementId !== null && mark.disagreementId === activeDisagreement;
    const href =
      links && mark.kind === 'conflict' && mark.disagreementId !== null
        ? links.span(sentenceId, segment.start, segment.end)
        : null;
    return (
      <Fragment key={k}>
        <mark
          data-kind={mark.kind}
          data-active={active ? 'true' : undefined}
          aria-describedby={id}
          title={mark.description}
        >
          {segment.text}
        </mark>
        {mark.label && (
          <span className="chip" data-kind={mark.kind} aria-hidden="true">
            <span>{KIND_META[mark.kind].symbol}</span>
            <span>{mark.label}</span>
          </span>
        )}
        {href && (
          <ClaimLinkControl
            href={href}
            label={`“${segment.text}”`}
            tabbable={tabbable}
            className="opacity-0 group-hover/sentence:opacity-100 group-focus-within/sentence:opacity-100 group-data-[state=focused]/sentence:opacity-100 print:hidden"
          />
        )}
      </Fragment>
    );
  });
  return (
    <>
      {parts}
      {descriptions.length > 0 && (
        <span hidden>
          {descriptions.map((d) => (
            <span key={d.id} id={d.id}>
              {d.text}
            </span>
          ))}
        </span>
      )}
    </>
  );
}
