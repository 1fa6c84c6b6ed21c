import { describe, expect, it } from 'vitest';
import { buildSyntheticStory, seededRandom, type SentencePool } from './synthetic';

// A small pool of real-looking sentences: 6 topic paragraphs, 40 sentences of other stories.
const pool: SentencePool = {
  topic: Array.from({ length: 6 }, (_, p) =>
    Array.from({ length: 3 }, (_, s) => `Topic paragraph ${p} sentence ${s} reports the quake.`),
  ),
  others: Array.from({ length: 40 }, (_, i) => `Other story sentence number ${i} has eight words.`),
};
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const bodySentences = (text: string) =>
  text
    .split('\n\n')
    .slice(1)
    .flatMap((p) => p.trim().split(/(?<=\.) /));

describe('seededRandom', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const c = seededRandom(8);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect([c(), c(), c()]).not.toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('buildSyntheticStory', () => {
  it('builds the same story every time, and the larger story extends the smaller', () => {
    const small = buildSyntheticStory(pool, 3, { words: 120 });
    const large = buildSyntheticStory(pool, 6, { words: 120 });
    expect(buildSyntheticStory(pool, 3, { words: 120 })).toEqual(small);
    expect(large.slice(0, 3)).toEqual(small);
    expect(new Set(large.map((a) => a.file)).size).toBe(6);
  });

  it('reaches the word target with pool sentences only', () => {
    const known = new Set([...pool.topic.flat(), ...pool.others]);
    for (const article of buildSyntheticStory(pool, 4, { words: 150 })) {
      expect(words(article.text)).toBeGreaterThanOrEqual(150);
      expect(words(article.text)).toBeLessThan(150 + 40);
      for (const sentence of bodySentences(article.text)) expect(known.has(sentence)).toBe(true);
    }
  });

  it('shares topic paragraphs between articles and uses every other sentence before repeating one', () => {
    const story = buildSyntheticStory(pool, 4, { words: 60, topicShare: 0.3 });
    const own = story.flatMap((a) => bodySentences(a.text)).filter((s) => s.startsWith('Other'));
    const firstRound = own.slice(0, pool.others.length);
    expect(new Set(firstRound).size).toBe(firstRound.length);
    const topic = story.map((a) => bodySentences(a.text).filter((s) => s.startsWith('Topic')));
    expect(topic.filter((t) => t.length > 0).length).toBeGreaterThan(1);
  });
});

describe('buildSyntheticStory on a tiny pool with repeated lines', () => {
  it('still ends, repeating sentences once the pool is used up', () => {
    const tiny: SentencePool = {
      topic: [['The quake hit at dawn.']],
      others: ['Photo: AP.', 'Photo: AP.', 'Photo: AP.', 'Rescuers arrived at noon.'],
    };
    const [article] = buildSyntheticStory(tiny, 1, { words: 200 });
    expect(words(article?.text ?? '')).toBeGreaterThanOrEqual(200);
  });
});
