import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeStory } from './analyze';
import type { Gold } from './evaluation/gold';
import { scoreAgainstGold } from './evaluation/score-against-gold';
import { loadNlpEngine } from './nlp/node-engine';

/** Corpus stories kept as golden fixtures: `fixtures/<story>/` holds the articles and gold.json. */
const root = new URL('../../fixtures/', import.meta.url).pathname;
const stories = readdirSync(root, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => join(root, e.name))
  .filter((dir) => readdirSync(dir).some((f) => f.endsWith('.txt')))
  .filter((dir) => readdirSync(dir).includes('gold.json'));

describe.each(stories)('golden fixture %s', (dir) => {
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as Gold;
  const inputs = Object.values(gold.articles)
    .sort()
    .map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') }));
  const analysis = analyzeStory(inputs, { nlp: loadNlpEngine() });
  const score = scoreAgainstGold(analysis, gold);
  const why = `\nmissed:\n  ${score.missed.join('\n  ')}`;

  it('aligns every strong reference pair', () => {
    expect(score.strongPairs[0], why).toBe(score.strongPairs[1]);
  });

  it('names every reference speaker and reads every reference figure', () => {
    expect(score.speakers[0], why).toBe(score.speakers[1]);
    expect(score.quantities[0], why).toBe(score.quantities[1]);
  });
});

describe('golden fixtures', () => {
  it('include at least two corpus stories', () => {
    expect(stories.length).toBeGreaterThanOrEqual(2);
  });
});
