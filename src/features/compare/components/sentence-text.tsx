import { Fragment, useId } from 'react';
import { KIND_META } from '../lib/relation-meta';
import type { Segment } from '../lib/sentence-segments';

type Props = {
  segments: Segment[];
  /** The chosen disagreement: its marks are drawn as active. */
  activeDisagreement: string | null;
};

/**
 * A sentence's text with its highlights. Text is only ever rendered as React text nodes: article
 * text is untrusted. Each `<mark>` says why it is marked (aria-describedby, and a tooltip); the
 * descriptions sit in one hidden block after the text, so the sentence's text stays contiguous.
 * Unmarked text is a bare text node: a long story has thousands of segments.
 */
export function SentenceText({ segments, activeDisagreement }: Props) {
  const baseId = useId();
  const descriptions: { id: string; text: string }[] = [];
  const parts = segments.map((segment, k) => {
    const mark = segment.mark;
    if (!mark) return <Fragment key={k}>{segment.text}</Fragment>;
    const id = `${baseId}-${k}`;
    descriptions.push({ id, text: mark.description });
    const active = mark.disagreementId !== null && mark.disagreementId === activeDisagreement;
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
