import { describe, expect, it } from 'vitest';
import type { Analysis } from '../contract';
import { assertValidAnalysis, validateAnalysis } from './validate-analysis';

/** A small valid Analysis of two articles, to break one invariant at a time. */
function valid(): Analysis {
  return {
    version: 1,
    articles: [
      {
        id: 'a',
        file: 'a.txt',
        title: 'T',
        outlet: null,
        published: '2014-03-30',
        text: 'One said 5. Two 😀.',
        sentences: [
          { id: 'a:0', start: 0, end: 11 },
          { id: 'a:1', start: 12, end: 19, boilerplate: true },
        ],
      },
      {
        id: 'b',
        file: 'b.txt',
        title: 'U',
        outlet: 'DW',
        published: null,
        text: 'One said 7.',
        sentences: [{ id: 'b:0', start: 0, end: 11 }],
      },
    ],
    facts: [{ id: 'f', sentences: ['a:0', 'b:0'], relation: 'conflict' }],
    disagreements: [
      {
        id: 'd',
        kind: 'numeric',
        summary: 'figure: 5 vs 7',
        sides: [
          { sentence: 'a:0', start: 9, end: 10, value: 5, attribution: null },
          { sentence: 'b:0', start: 9, end: 10, value: 7, attribution: null },
        ],
      },
    ],
    quotes: [{ sentence: 'a:0', start: 0, end: 3, speaker: null }],
    quantities: [{ sentence: 'b:0', start: 9, end: 10, value: 7, unit: null, attribution: null }],
    dates: [{ sentence: 'a:0', start: 0, end: 3, date: '2014-03' }],
  };
}

/** The problems found after one change to a valid Analysis. */
function problemsAfter(change: (a: Analysis) => void): string[] {
  const analysis = valid();
  change(analysis);
  return validateAnalysis(analysis);
}

describe('validateAnalysis', () => {
  it('finds nothing wrong with a valid Analysis, or an empty one', () => {
    expect(validateAnalysis(valid())).toEqual([]);
    const empty: Analysis = {
      version: 1,
      articles: [],
      facts: [],
      disagreements: [],
      quotes: [],
      quantities: [],
    };
    expect(validateAnalysis(empty)).toEqual([]);
  });

  it('reports sentence spans outside the text, reversed, overlapping or splitting a character', () => {
    const sentence = (a: Analysis, i: number) => a.articles[0]!.sentences[i]!;
    expect(problemsAfter((a) => (sentence(a, 1).end = 20))).toEqual([
      expect.stringMatching(/sentence a:1: span 12\.\.20 is not inside the text \(length 19\)/),
    ]);
    expect(problemsAfter((a) => (sentence(a, 0).start = 12))).toEqual([
      expect.stringMatching(/span 12\.\.11 is not inside/),
    ]);
    expect(problemsAfter((a) => (sentence(a, 1).start = 10))).toEqual([
      expect.stringMatching(/starts at 10, before the previous sentence ends \(11\)/),
    ]);
    expect(problemsAfter((a) => (sentence(a, 1).end = 17))).toEqual([
      expect.stringMatching(/splits a surrogate pair/),
    ]);
    expect(problemsAfter((a) => (sentence(a, 1).end = 18.5))).toEqual([
      expect.stringMatching(/not integers/),
    ]);
  });

  it('reports ids that are not unique', () => {
    expect(problemsAfter((a) => (a.articles[1]!.sentences[0]!.id = 'a:0'))).toContain(
      'sentence id "a:0" is not unique',
    );
    expect(problemsAfter((a) => (a.articles[1]!.id = 'a'))).toContain(
      'article id "a" is not unique',
    );
    expect(problemsAfter((a) => a.facts.push({ ...a.facts[0]! }))).toContain(
      'fact id "f" is not unique',
    );
  });

  it('reports Facts of one article, of missing sentences or of boilerplate', () => {
    expect(problemsAfter((a) => (a.facts[0]!.sentences = ['a:0']))).toEqual([
      'fact f: spans 1 article(s), not 2 or more',
    ]);
    expect(problemsAfter((a) => a.facts[0]!.sentences.push('zz'))).toEqual([
      'fact f: sentence "zz" does not exist',
    ]);
    expect(problemsAfter((a) => (a.facts[0]!.sentences = ['a:1', 'b:0']))).toEqual([
      'fact f: sentence a:1 is boilerplate',
      'fact f: spans 1 article(s), not 2 or more',
    ]);
  });

  it('reports Disagreements with one side, a missing sentence or a side outside its text', () => {
    expect(problemsAfter((a) => a.disagreements[0]!.sides.pop())).toEqual([
      'disagreement d: 1 side(s), not 2 or more',
    ]);
    expect(problemsAfter((a) => (a.disagreements[0]!.sides[1]!.sentence = 'nope'))).toEqual([
      'disagreement d side 1: sentence "nope" does not exist',
    ]);
    expect(problemsAfter((a) => (a.disagreements[0]!.sides[1]!.end = 12))).toEqual([
      expect.stringMatching(/side 1: span 9\.\.12 is not inside the text \(length 11\)/),
    ]);
  });

  it('reports quotes, quantities and dates outside their text or with bad values', () => {
    expect(problemsAfter((a) => (a.quotes[0]!.start = -1))).toEqual([
      expect.stringMatching(/^quote 0: span -1\.\.3/),
    ]);
    expect(problemsAfter((a) => (a.quantities[0]!.value = Infinity))).toEqual([
      'quantity 0: value Infinity is not finite',
    ]);
    expect(problemsAfter((a) => (a.dates![0]!.date = '2014-13'))).toEqual([
      'date 0: "2014-13" is not an ISO date',
    ]);
    expect(problemsAfter((a) => (a.articles[0]!.published = '30 March 2014'))).toEqual([
      expect.stringMatching(/published "30 March 2014" is not YYYY-MM-DD/),
    ]);
  });

  it('reports a version other than 1', () => {
    expect(problemsAfter((a) => Object.assign(a, { version: 2 }))).toEqual(['version is 2, not 1']);
  });

  it('throws with every problem listed', () => {
    const broken = valid();
    broken.facts[0]!.sentences = ['a:0'];
    broken.quantities[0]!.value = NaN;
    expect(() => assertValidAnalysis(broken)).toThrow(
      /spans 1 article\(s\)[\s\S]*value NaN is not finite/,
    );
    expect(() => assertValidAnalysis(valid())).not.toThrow();
  });
});
