import { describe, expect, it } from 'vitest';
import {
  ANCHOR_THRESHOLDS,
  bestCandidate,
  scoreCandidates,
  verbatimCandidate,
} from './passage-search';
import { describePassage } from './quote-selector';

const TEXT =
  'Officials met on Sunday. Kyiv said 100,000 troops had massed. Moscow denied it. ' +
  'Later, US officials said 40,000 troops had massed.';

describe('scoreCandidates', () => {
  const start = TEXT.indexOf('100,000');
  const selector = describePassage(TEXT, start, start + 7);

  it('ranks the true place first and accepts it', () => {
    const [best] = scoreCandidates(TEXT, selector);
    expect(best).toMatchObject({ start, end: start + 7, accepted: true });
    expect(best?.score.similarity).toBe(1);
  });

  it('rejects the other figure: its quote survives, its context does not agree', () => {
    const deleted = TEXT.replace('Kyiv said 100,000 troops had massed. ', '');
    const candidates = scoreCandidates(deleted, selector);
    expect(candidates.some((c) => c.accepted)).toBe(false);
    expect(bestCandidate(deleted, selector, 0, deleted.length)).toBeNull();
  });

  it('takes a verbatim occurrence in its own context without a fuzzy search', () => {
    expect(verbatimCandidate(TEXT, selector)).toMatchObject({ start, accepted: true });
    expect(verbatimCandidate(TEXT.replace('100,000', '120,000'), selector)).toBeNull();
  });

  it('keeps its thresholds in the order the rules need', () => {
    const t = ANCHOR_THRESHOLDS;
    expect(t.similarityWithIntactQuote).toBeLessThan(t.similarity);
    expect(t.similarity).toBeLessThan(t.confident);
  });
});
