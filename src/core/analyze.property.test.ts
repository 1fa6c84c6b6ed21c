// The core never throws on any input and always keeps its contract: property-based tests over
// hostile text (arbitrary Unicode, lone surrogates, only punctuation, only numbers, RTL and CJK,
// markup fragments) and over real articles damaged by random edits, 0 to 12 articles a story.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeStory } from './analyze';
import type { Analysis } from './contract';
import { damagedStory, hostileStory } from './testing/hostile-text';
import { assertValidAnalysis } from './evaluation/validate-analysis';
import { loadNlpEngine } from './nlp/node-engine';
import type { ArticleInput } from './types';

const nlp = loadNlpEngine();
const analyze = (inputs: ArticleInput[]): Analysis => analyzeStory(inputs, { nlp });

/** Cases per property: at least 1,000 (PARALLAX_PROPERTY_RUNS raises it for a long hunt). */
const RUNS = Math.max(1000, Number(process.env.PARALLAX_PROPERTY_RUNS) || 0);
/** Fixed unless asked otherwise, so that a failure in CI reproduces locally. */
const SEED = Number(process.env.PARALLAX_PROPERTY_SEED) || 20140330;

/** Real articles to damage: the seeds and a few stories of the ECB corpus. */
function realArticles(): string[] {
  const root = new URL('../../', import.meta.url);
  const read = (dir: URL): string[] =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => readFileSync(new URL(f, dir), 'utf8'));
  const shipped = new URL('stories/', root);
  const stories = readdirSync(shipped)
    .filter((d) => d.startsWith('ecb-'))
    .map((d) => d.slice('ecb-'.length))
    .sort()
    .map((d) => `ecb-${d}`)
    .slice(0, 6);
  return [
    ...read(new URL('seeds/', root)),
    ...stories.flatMap((d) => read(new URL(`${d}/`, shipped))),
  ];
}

describe('analyzeStory on hostile input', () => {
  it('gives an empty, valid Analysis for a story of no articles', () => {
    const analysis = analyze([]);
    assertValidAnalysis(analysis);
    expect(analysis).toEqual({
      version: 1,
      articles: [],
      facts: [],
      disagreements: [],
      quotes: [],
      quantities: [],
      dates: [],
    });
  });

  it('never throws and keeps the contract on 0 to 12 hostile articles', () => {
    let cases = 0;
    fc.assert(
      fc.property(hostileStory(12, 200), (inputs) => {
        cases++;
        const analysis = analyze(inputs);
        assertValidAnalysis(analysis);
        expect(analysis.articles).toHaveLength(inputs.length);
        analysis.articles.forEach((a, i) => expect(a.file).toBe(inputs[i]?.file));
      }),
      { numRuns: RUNS, seed: SEED },
    );
    expect(cases).toBe(RUNS);
  });

  it('keeps the contract on real articles damaged by random edits', () => {
    const articles = realArticles();
    let withFacts = 0;
    let cases = 0;
    fc.assert(
      fc.property(damagedStory(articles, 500), (inputs) => {
        cases++;
        const analysis = analyze(inputs);
        assertValidAnalysis(analysis);
        if (analysis.facts.length > 0) withFacts++;
      }),
      { numRuns: RUNS, seed: SEED },
    );
    expect(cases).toBe(RUNS);
    // The damaged articles still share sentences: Facts were formed, so they were checked.
    expect(withFacts).toBeGreaterThan(RUNS / 10);
  });

  it('gives byte-identical output for the same input', () => {
    let cases = 0;
    fc.assert(
      fc.property(hostileStory(4, 200), (inputs) => {
        cases++;
        expect(JSON.stringify(analyze(inputs))).toBe(JSON.stringify(analyze(inputs)));
      }),
      { numRuns: RUNS, seed: SEED },
    );
    expect(cases).toBe(RUNS);
  });
});
