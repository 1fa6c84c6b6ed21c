import { describe, expect, it } from 'vitest';
import {
  claimParagraph,
  deleteRange,
  editInside,
  insertAt,
  paragraphSpans,
  reorderParagraphs,
} from './edit-article';
import type { TrackedText } from './edit-article';

const text = 'First para.\n\nSecond para with claim here.\n\nThird para.';
const start = text.indexOf('claim');
const doc: TrackedText = { text, claim: { start, end: start + 5 } };
const claimText = (d: TrackedText) => (d.claim ? d.text.slice(d.claim.start, d.claim.end) : null);

describe('edits that track the claim', () => {
  it('shifts the claim for insertions and deletions before it, not after it', () => {
    expect(claimText(insertAt(doc, 0, 'New. '))).toBe('claim');
    expect(claimText(insertAt(doc, start, 'XX'))).toBe('claim');
    expect(claimText(insertAt(doc, start + 5, 'XX'))).toBe('claim');
    expect(claimText(deleteRange(doc, 0, 7))).toBe('claim');
    expect(claimText(deleteRange(doc, start + 5, start + 10))).toBe('claim');
  });

  it('refuses edits that would cut into the claim from outside', () => {
    expect(() => insertAt(doc, start + 2, 'X')).toThrow(RangeError);
    expect(() => deleteRange(doc, start - 2, start + 1)).toThrow(RangeError);
  });

  it('grows or shrinks the claim with an edit inside it', () => {
    expect(claimText(editInside(doc, start + 1, start + 2, 'LL'))).toBe('cLLaim');
    expect(() => editInside(doc, start - 1, start, 'x')).toThrow(RangeError);
  });
});

describe('paragraphs', () => {
  it('finds paragraphs and the one holding the claim', () => {
    expect(paragraphSpans(text).map((p) => text.slice(p.start, p.end))).toEqual([
      'First para.',
      'Second para with claim here.',
      'Third para.',
    ]);
    expect(claimParagraph(doc)).toBe(1);
  });

  it('reorders paragraphs and keeps the claim on its text', () => {
    const moved = reorderParagraphs(doc, [1, 2, 0]);
    expect(moved.text).toBe('Second para with claim here.\n\nThird para.\n\nFirst para.');
    expect(claimText(moved)).toBe('claim');
    expect(() => reorderParagraphs(doc, [0, 1])).toThrow(RangeError);
  });
});
