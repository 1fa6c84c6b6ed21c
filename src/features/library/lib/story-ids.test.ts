import { describe, expect, it } from 'vitest';
import { articleId, isUserStoryId, randomSeed, userStoryId } from './story-ids';

describe('story ids', () => {
  it('makes valid, distinct user story ids from distinct seeds', () => {
    const ids = new Set(
      Array.from({ length: 500 }, () => userStoryId(`2024-05-01T00:00:00Z|${randomSeed()}`)),
    );
    expect(ids.size).toBe(500);
    for (const id of ids) expect(isUserStoryId(id)).toBe(true);
    expect(userStoryId('same')).toBe(userStoryId('same'));
  });

  it('accepts only user story ids of a sane shape', () => {
    expect(isUserStoryId('user:ab12')).toBe(true);
    expect(isUserStoryId('seed')).toBe(false);
    expect(isUserStoryId('ecb:1-ecb')).toBe(false);
    expect(isUserStoryId('user:')).toBe(false);
    expect(isUserStoryId('user:<script>')).toBe(false);
    expect(isUserStoryId(`user:${'a'.repeat(65)}`)).toBe(false);
  });

  it('gives the same text added at another time another article id', () => {
    expect(articleId('Text', '2024-01-01T00:00:00.000Z')).not.toBe(
      articleId('Text', '2024-01-01T00:00:01.000Z'),
    );
    expect(articleId('Text', '2024-01-01T00:00:00.000Z')).toMatch(/^a-[0-9a-f]{8}$/);
  });
});
