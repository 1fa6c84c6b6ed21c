import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeStory } from '../analyze';
import { loadNlpEngine } from '../nlp/node-engine';
import { registerArticle } from './passage-register';
import { registerStory } from './register-story';

const root = new URL('../../../', import.meta.url);
const seeds = readdirSync(new URL('seeds/', root))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((file) => ({ file, text: readFileSync(new URL(`seeds/${file}`, root), 'utf8') }));

describe('registerStory', () => {
  it('registers the very sentences the analysis shows, so viewer and build agree on keys', () => {
    const analysis = analyzeStory(seeds, { nlp: loadNlpEngine() });
    const fromAnalysis = analysis.articles.flatMap((a, i) =>
      registerArticle(a.file, i, a.text, a.sentences),
    );
    expect(registerStory(seeds)).toEqual(fromAnalysis);
    expect(fromAnalysis.length).toBeGreaterThan(30);
  });
});
