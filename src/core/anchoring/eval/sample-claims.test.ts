import { describe, expect, it } from 'vitest';
import dw from '../../../../seeds/003_98415ab34e40d7b9.txt?raw';
import { createRandom } from './prng';
import { linkableSentences, sampleClaims } from './sample-claims';

describe('linkableSentences', () => {
  it('keeps sentences of four words or more whose text is unique in the article', () => {
    const sentences = linkableSentences(dw).map((s) => dw.slice(s.start, s.end));
    expect(sentences).toContain('US officials have put the number at 40,000.');
    // Navigation items are too short; the headline also appears inside the page title line.
    expect(sentences).not.toContain('2. Navigation');
    expect(sentences).not.toContain(
      'Kerry and Lavrov meet to hash out diplomatic Ukraine solution',
    );
  });
});

describe('sampleClaims', () => {
  it('picks sentences and unique spans inside other sentences, repeatably', () => {
    const article = { name: 'dw', story: 'seed', text: dw };
    const claims = sampleClaims([article], createRandom(4), { sentences: 3, spans: 4 });
    const again = sampleClaims([article], createRandom(4), { sentences: 3, spans: 4 });
    expect(claims).toEqual(again);
    expect(claims.filter((c) => c.kind === 'sentence')).toHaveLength(3);
    for (const claim of claims) {
      expect(claim.span.start).toBeGreaterThanOrEqual(claim.sentence.start);
      expect(claim.span.end).toBeLessThanOrEqual(claim.sentence.end);
      const quote = dw.slice(claim.span.start, claim.span.end);
      expect(dw.indexOf(quote)).toBe(dw.lastIndexOf(quote));
    }
  });
});
