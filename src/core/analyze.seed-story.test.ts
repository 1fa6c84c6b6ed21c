import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeStory } from './analyze';
import type { Gold } from './evaluation/gold';
import { scoreAgainstGold } from './evaluation/score-against-gold';
import { loadNlpEngine } from './nlp/node-engine';

const root = new URL('../../', import.meta.url);
const gold = JSON.parse(
  readFileSync(new URL('fixtures/kerry-lavrov-2014/gold.json', root), 'utf8'),
) as Gold;
const inputs = Object.values(gold.articles)
  .sort()
  .map((file) => ({ file, text: readFileSync(new URL(`seeds/${file}`, root), 'utf8') }));
const analysis = analyzeStory(inputs, { nlp: loadNlpEngine() });
const score = scoreAgainstGold(analysis, gold);
const why = `\nmissed:\n  ${score.missed.join('\n  ')}`;

describe('the seed story against its reference judgments', () => {
  // The looser "partial" reference pairs (the meeting told in other words, fear and concern)
  // were reached by a paraphrase list written from this story's own words; with WordNet in its
  // place, 60% of all reference pairs are aligned.
  it('aligns every strong pair and at least 60% of all reference pairs', () => {
    expect(score.strongPairs, why).toEqual([4, 4]);
    expect(score.allPairs[0] / score.allPairs[1], why).toBeGreaterThanOrEqual(0.6);
  });

  it('keeps pair precision (a lower bound) at 50% or more', () => {
    expect(score.pairPrecisionLowerBound, why).toBeGreaterThanOrEqual(0.5);
  });

  it('finds both disagreements, with no numeric false alarm', () => {
    expect(score.disagreements, why).toEqual([2, 2]);
    expect(score.numericFalseAlarms, why).toBe(0);
  });

  it('credits each side of the troop figures to its source', () => {
    const numeric = analysis.disagreements.find((d) => d.kind === 'numeric');
    const sides = (numeric?.sides ?? []).map((s) => [s.value, s.attribution]);
    expect(sides).toEqual(
      expect.arrayContaining([
        [100000, 'Kyiv'],
        [40000, 'US officials'],
      ]),
    );
  });

  it('names the speaker of at least 8 of the 9 quotes', () => {
    expect(score.speakers[0], why).toBeGreaterThanOrEqual(8);
  });

  it('reads every reference quantity, boilerplate line and metadata field', () => {
    expect(score.quantities, why).toEqual([5, 5]);
    expect(score.boilerplate, why).toEqual([6, 6]);
    expect(score.metadata, why).toEqual([6, 6]);
  });

  it('resolves relative days against the publication date', () => {
    expect(score.dates, why).toEqual([3, 3]);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(analyzeStory(inputs, { nlp: loadNlpEngine() }))).toBe(
      JSON.stringify(analysis),
    );
  });
});
