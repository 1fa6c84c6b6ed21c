import { describe, expect, it } from 'vitest';
import ecb10a from '../../fixtures/anchoring/ecb/10_1ecb.txt?raw';
import ecb10b from '../../fixtures/anchoring/ecb/10_2ecb.txt?raw';
import ecb10c from '../../fixtures/anchoring/ecb/10_13ecbplus.txt?raw';
import seedA from '../../seeds/000_2a2de527784eabd2.txt?raw';
import seedB from '../../seeds/003_98415ab34e40d7b9.txt?raw';
import { analyzeStory, prepareArticle } from './analyze';
import { loadNlpEngine } from './nlp/node-engine';
import type { AnalysisProgress } from './progress';
import { createStoryAnalyzer, type PrepareArticle } from './story-cache';
import type { ArticleInput } from './types';

// Two stories: the seeds (one event) and three real ECB+ articles about another.
const seeds: ArticleInput[] = [
  { file: '000_2a2de527784eabd2.txt', text: seedA },
  { file: '003_98415ab34e40d7b9.txt', text: seedB },
];
const ecb: ArticleInput[] = [
  { file: '10_1ecb.txt', text: ecb10a },
  { file: '10_2ecb.txt', text: ecb10b },
  { file: '10_13ecbplus.txt', text: ecb10c },
];
const nlp = loadNlpEngine();

/** A prepare function that records which files it was asked to prepare. */
function countingPrepare(): { prepare: PrepareArticle; files: string[] } {
  const files: string[] = [];
  const prepare: PrepareArticle = (input, index, engine) => {
    files.push(input.file);
    return prepareArticle(input, index, engine);
  };
  return { prepare, files };
}

describe('createStoryAnalyzer', () => {
  it('prepares only the added article and gives the uncached Analysis', () => {
    const { prepare, files } = countingPrepare();
    const analyzer = createStoryAnalyzer(nlp, { prepare });
    const [a, b] = seeds;
    const c = ecb[0];
    if (!a || !b || !c) throw new Error('fixtures missing');
    analyzer.analyze([a, b]);
    expect(files).toEqual([a.file, b.file]);
    const grown = analyzer.analyze([a, b, c]);
    expect(files).toEqual([a.file, b.file, c.file]);
    expect(grown).toEqual(analyzeStory([a, b, c], { nlp }));
    expect(analyzer.stats()).toEqual({ prepared: 3, reused: 2, cached: 3 });
  });

  it('reuses articles that changed position, with the ids an uncached run gives', () => {
    const { prepare, files } = countingPrepare();
    const analyzer = createStoryAnalyzer(nlp, { prepare });
    analyzer.analyze(ecb);
    const reordered = [ecb[2], ecb[0], ecb[1]].filter((x) => x !== undefined);
    const analysis = analyzer.analyze(reordered);
    expect(files).toHaveLength(3);
    expect(analysis).toEqual(analyzeStory(reordered, { nlp }));
    // The first analysis kept its own ids: moving an article copies, it never edits the cache.
    expect(analyzer.analyze(ecb)).toEqual(analyzeStory(ecb, { nlp }));
    expect(files).toHaveLength(3);
  });

  it('prepares the same article given twice once, and gives each copy its own ids', () => {
    const { prepare, files } = countingPrepare();
    const [a] = seeds;
    if (!a) throw new Error('fixtures missing');
    const analysis = createStoryAnalyzer(nlp, { prepare }).analyze([a, a]);
    expect(files).toEqual([a.file]);
    expect(analysis).toEqual(analyzeStory([a, a], { nlp }));
    expect(new Set(analysis.articles.map((x) => x.id)).size).toBe(2);
  });

  it('prepares an article again when its text or its file name changes', () => {
    const { prepare, files } = countingPrepare();
    const analyzer = createStoryAnalyzer(nlp, { prepare });
    const [a, b] = seeds;
    if (!a || !b) throw new Error('fixtures missing');
    analyzer.analyze([a, b]);
    const edited = { ...b, text: `${b.text}\n\nOne more paragraph was added to this article.` };
    const renamed = { ...a, file: 'renamed.txt' };
    const analysis = analyzer.analyze([renamed, edited]);
    expect(files).toEqual([a.file, b.file, 'renamed.txt', b.file]);
    expect(analysis).toEqual(analyzeStory([renamed, edited], { nlp }));
  });

  it('forgets the least recently used articles beyond its capacity, never the current story', () => {
    const { prepare, files } = countingPrepare();
    const analyzer = createStoryAnalyzer(nlp, { prepare, capacity: 2 });
    analyzer.analyze(ecb);
    expect(analyzer.stats().cached).toBe(3);
    analyzer.analyze(seeds);
    expect(analyzer.stats().cached).toBe(2);
    analyzer.analyze(seeds);
    expect(files).toHaveLength(5);
    analyzer.analyze(ecb.slice(0, 1));
    expect(files).toHaveLength(6);
  });

  it('reports each article as it is read, then alignment and disagreements, in that order', () => {
    const { prepare, files } = countingPrepare();
    const analyzer = createStoryAnalyzer(nlp, { prepare });
    const heard: string[] = [];
    const listen = (p: AnalysisProgress) => {
      // What was already read when the progress was reported.
      heard.push(`${p.stage} ${p.done}/${p.total} (${files.length} prepared)`);
    };
    const analysis = analyzer.analyze(ecb, listen);
    expect(heard).toEqual([
      'articles 0/3 (0 prepared)',
      'articles 1/3 (1 prepared)',
      'articles 2/3 (2 prepared)',
      'alignment 3/3 (3 prepared)',
      'disagreements 3/3 (3 prepared)',
    ]);
    expect(analysis).toEqual(analyzeStory(ecb, { nlp }));
  });
});
