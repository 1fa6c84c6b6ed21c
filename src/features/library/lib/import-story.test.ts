import { describe, expect, it } from 'vitest';
import { planImport, readStoryFileBytes } from './import-story';
import { serializeStory } from './parallax-file';
import { testArticle, testStory } from './test-story';

const story = testStory([testArticle('a-1', 'One.'), testArticle('a-2', 'Two.')]);

describe('planImport', () => {
  it('adds a story the library does not have, keeping its id', () => {
    expect(planImport([], story, 's')).toEqual({ kind: 'add', story });
  });

  it('only opens a story the library has already, whatever its save times', () => {
    const saved = { ...story, updatedAt: '2030-01-01T00:00:00.000Z' };
    expect(planImport([saved], story, 's')).toEqual({ kind: 'same', story: saved });
  });

  it('keeps both when the library has another version under the same id', () => {
    const mine = { ...story, articles: story.articles.slice(0, 1) };
    const plan = planImport([mine], story, 's');
    expect(plan.kind).toBe('copy');
    expect(plan.story.id).not.toBe(story.id);
    expect(plan.story.id).toMatch(/^user:[0-9a-f]{16}$/);
    expect(plan.story.title).toBe('Bridge closure (imported)');
    expect(plan.story.articles).toEqual(story.articles);
  });
});

describe('readStoryFileBytes', () => {
  const encode = (text: string) => new TextEncoder().encode(text);

  it('reads an exported story back', () => {
    expect(
      readStoryFileBytes(
        encode(serializeStory(story, '2024-05-02T00:00:00.000Z')),
        'b.parallax.json',
      ),
    ).toEqual({ ok: true, story });
  });

  it('names the file in every refusal', () => {
    expect(readStoryFileBytes(Uint8Array.from([0xff, 0xfe, 0x00]), 'x.json')).toEqual({
      ok: false,
      message: 'x.json: this is not a Parallax story file (it is not UTF-8 text).',
    });
    const notJson = readStoryFileBytes(encode('hello'), 'notes.txt');
    expect(notJson.ok === false && notJson.message).toBe(
      'notes.txt: This file is not a Parallax story file: it is not valid JSON.',
    );
  });
});
