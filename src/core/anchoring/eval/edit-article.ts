import type { Span } from '../../types';

/**
 * An article under edit, with the place of one claim kept up to date through every edit, so
 * that an evaluation knows where the claim truly is afterwards (or `null` once it is deleted).
 */
export type TrackedText = { text: string; claim: Span | null };

/** Inserts `inserted` at `at`, which must not fall strictly inside the claim. */
export function insertAt(doc: TrackedText, at: number, inserted: string): TrackedText {
  const { claim } = doc;
  if (claim && at > claim.start && at < claim.end) {
    throw new RangeError(`insertAt: ${at} is inside the claim`);
  }
  const text = doc.text.slice(0, at) + inserted + doc.text.slice(at);
  if (!claim || at > claim.start) return { text, claim };
  const n = inserted.length;
  return { text, claim: { start: claim.start + n, end: claim.end + n } };
}

/** Deletes [start, end), which must not overlap the claim. */
export function deleteRange(doc: TrackedText, start: number, end: number): TrackedText {
  const { claim } = doc;
  if (claim && start < claim.end && end > claim.start) {
    throw new RangeError(`deleteRange: [${start}, ${end}) overlaps the claim`);
  }
  const text = doc.text.slice(0, start) + doc.text.slice(end);
  if (!claim || start >= claim.end) return { text, claim };
  const n = end - start;
  return { text, claim: { start: claim.start - n, end: claim.end - n } };
}

/** Replaces [start, end) inside the claim by `replacement`; the claim grows or shrinks with it. */
export function editInside(
  doc: TrackedText,
  start: number,
  end: number,
  replacement: string,
): TrackedText {
  const { claim } = doc;
  if (!claim || start < claim.start || end > claim.end || start > end) {
    throw new RangeError(`editInside: [${start}, ${end}) is not inside the claim`);
  }
  const text = doc.text.slice(0, start) + replacement + doc.text.slice(end);
  const delta = replacement.length - (end - start);
  return { text, claim: { start: claim.start, end: claim.end + delta } };
}

/** The paragraphs of `text`: maximal runs of characters other than line breaks. */
export function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

/** The index of the paragraph holding the claim, or -1. */
export function claimParagraph(doc: TrackedText): number {
  const { claim } = doc;
  if (!claim) return -1;
  return paragraphSpans(doc.text).findIndex((p) => p.start <= claim.start && claim.end <= p.end);
}

/**
 * Puts paragraph `order[k]` in the k-th paragraph slot; the line breaks between slots stay.
 * `order` must be a permutation of the paragraph indices.
 */
export function reorderParagraphs(doc: TrackedText, order: readonly number[]): TrackedText {
  const spans = paragraphSpans(doc.text);
  if (order.length !== spans.length) throw new RangeError('reorderParagraphs: not a permutation');
  const home = claimParagraph(doc);
  let text = '';
  let cursor = 0;
  let claim: Span | null = null;
  order.forEach((from, slot) => {
    const slotSpan = spans[slot];
    const moved = spans[from];
    if (!slotSpan || !moved) throw new RangeError('reorderParagraphs: bad index');
    text += doc.text.slice(cursor, slotSpan.start);
    if (from === home && doc.claim) {
      const shift = text.length - moved.start;
      claim = { start: doc.claim.start + shift, end: doc.claim.end + shift };
    }
    text += doc.text.slice(moved.start, moved.end);
    cursor = slotSpan.end;
  });
  text += doc.text.slice(cursor);
  if (doc.claim && !claim) throw new RangeError('reorderParagraphs: the claim spans paragraphs');
  return { text, claim };
}
