import { describe, expect, it } from 'vitest';
import dw from '../../../../seeds/003_98415ab34e40d7b9.txt?raw';
import { paragraphSpans } from './edit-article';
import { createRandom } from './prng';
import {
  editInsideClaim,
  editOutside,
  insertParagraphBefore,
  reorderRandomly,
} from './random-edits';

const pools = {
  words: ['alpha', 'beta', 'gamma', 'delta'],
  paragraphs: ['An unrelated paragraph inserted by an editor, long enough to count.'],
};
const quote = "The Kremlin has massed 100,000 Russian troops near Ukraine's eastern borders";
const start = dw.indexOf(quote);
const doc = { text: dw, claim: { start, end: start + quote.length } };

describe('random edits', () => {
  it('edit up to the given fraction outside the claim and never touch it', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const { doc: edited } = editOutside(doc, createRandom(seed), pools, 0.05);
      const claim = edited.claim;
      expect(claim && edited.text.slice(claim.start, claim.end)).toBe(quote);
      const changed = Math.abs(edited.text.length - dw.length);
      expect(changed).toBeLessThanOrEqual(Math.ceil((dw.length - quote.length) * 0.05));
    }
  });

  it('move paragraphs and insert one before the claim, keeping the claim whole', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const random = createRandom(seed);
      const moved = reorderRandomly(doc, random).doc;
      const inserted = insertParagraphBefore(moved, random, pools).doc;
      for (const d of [moved, inserted]) {
        const claim = d.claim;
        expect(claim && d.text.slice(claim.start, claim.end)).toBe(quote);
      }
      expect(paragraphSpans(inserted.text)).toHaveLength(paragraphSpans(dw).length + 1);
      expect(inserted.text.indexOf(pools.paragraphs[0] ?? '')).toBeLessThan(
        inserted.claim?.start ?? 0,
      );
    }
  });

  it('make one small edit inside the claim', () => {
    const kinds = new Set<string>();
    for (let seed = 1; seed <= 40; seed++) {
      const { doc: edited, log } = editInsideClaim(doc, createRandom(seed), pools);
      const claim = edited.claim;
      const inner = claim ? edited.text.slice(claim.start, claim.end) : '';
      expect(inner).not.toBe(quote);
      expect(Math.abs(inner.length - quote.length)).toBeLessThanOrEqual(10);
      kinds.add((log[0] ?? '').split(' ')[0] ?? '');
    }
    expect(kinds).toEqual(new Set(['figure', 'word', 'punctuation', 'comma']));
  });
});
