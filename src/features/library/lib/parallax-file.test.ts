import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LibraryStory } from './library-types';
import { parseStoryFile, serializeStory } from './parallax-file';
import { testArticle, testStory } from './test-story';

const EXPORTED = '2024-05-02T08:00:00.000Z';

function fileWith(mutate: (json: Record<string, unknown>) => void): string {
  const story = testStory([testArticle('a-1', 'The bridge closed on Monday.')]);
  const json = JSON.parse(serializeStory(story, EXPORTED)) as Record<string, unknown>;
  mutate(json);
  return JSON.stringify(json);
}

function firstArticle(json: Record<string, unknown>): Record<string, unknown> {
  const story = json.story as { articles: Record<string, unknown>[] };
  const article = story.articles[0];
  if (!article) throw new Error('test file has no article');
  return article;
}

describe('serializeStory and parseStoryFile', () => {
  it('read back what they wrote, HTML source and notices included', () => {
    const story = testStory([
      testArticle('a-1', '<p>Hi <script>alert(1)</script></p>', {
        outlet: 'Daily',
        published: '2024-04-30',
      }),
      testArticle('a-2', 'Zweiter Text', { notices: ['Not English'] }),
    ]);
    const result = parseStoryFile(serializeStory(story, EXPORTED));
    expect(result).toEqual({ ok: true, story });
  });

  it('keep an article’s web address, and read files from before it was kept', () => {
    const story = testStory([
      testArticle('a-1', 'The bridge closed on Monday.', { url: 'https://example.com/bridge' }),
    ]);
    expect(parseStoryFile(serializeStory(story, EXPORTED))).toEqual({ ok: true, story });
    const typing = testStory([testArticle('a-1', 'The bridge.', { url: 'https://exa' })]);
    const unfinished = testStory([testArticle('a-1', 'The bridge.', { url: 'www.exa' })]);
    expect(parseStoryFile(serializeStory(typing, EXPORTED))).toEqual({ ok: true, story: typing });
    const written = parseStoryFile(serializeStory(unfinished, EXPORTED));
    expect(written.ok && written.story.articles[0]?.url).toBeUndefined();
    const old = parseStoryFile(fileWith(() => undefined));
    expect(old.ok && 'url' in (old.story.articles[0] ?? {})).toBe(false);
  });

  it('refuse an address that is not http or https', () => {
    const result = parseStoryFile(
      fileWith((json) => {
        firstArticle(json).url = 'javascript:alert(1)';
      }),
    );
    expect(result).toEqual({
      ok: false,
      message: expect.stringMatching(/"url" must be a web address/) as string,
    });
  });

  it('round-trips any story of valid shape', () => {
    const article = fc.record({
      title: fc.string(),
      outlet: fc.option(fc.string(), { nil: null }),
      published: fc.option(
        fc
          .date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10)),
        { nil: null },
      ),
      // A readable text around anything: a source of markup alone is refused (as when pasted).
      source: fc.string().map((s) => `Report ${s}`),
      notices: fc.array(fc.string(), { maxLength: 2 }),
    });
    fc.assert(
      fc.property(fc.array(article, { maxLength: 12 }), fc.string(), (articles, title) => {
        const story: LibraryStory = testStory(
          articles.map((a, i) => testArticle(`a-${i}`, a.source, a)),
          { title },
        );
        expect(parseStoryFile(serializeStory(story, EXPORTED))).toEqual({ ok: true, story });
      }),
      { numRuns: 50 },
    );
  });

  it('refuses text that is not JSON', () => {
    const result = parseStoryFile('{"format": "parallax-story",');
    expect(result).toEqual({
      ok: false,
      message: expect.stringContaining('not valid JSON') as string,
    });
  });

  it('refuses JSON of another kind, naming the missing format', () => {
    const result = parseStoryFile(JSON.stringify({ version: 1, articles: [] }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/not a Parallax story file/);
  });

  it('refuses a newer version with a message that says so', () => {
    const result = parseStoryFile(fileWith((json) => (json.version = 2)));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/newer version of Parallax/);
  });

  it.each([
    [
      'an unknown field',
      (j: Record<string, unknown>) => (firstArticle(j).script = 'x'),
      /unknown field "script"/,
    ],
    [
      'an empty article',
      (j: Record<string, unknown>) => (firstArticle(j).source = '  \n'),
      /Article 1: "source" is empty/,
    ],
    [
      'a non-text title',
      (j: Record<string, unknown>) => (firstArticle(j).title = 3),
      /"title" must be text/,
    ],
    [
      'a bad date',
      (j: Record<string, unknown>) => (firstArticle(j).published = '30/03/2014'),
      /YYYY-MM-DD/,
    ],
    [
      'a bad story id',
      (j: Record<string, unknown>) => ((j.story as Record<string, unknown>).id = 'seed'),
      /not a valid story id/,
    ],
    [
      'notices that are not texts',
      (j: Record<string, unknown>) => (firstArticle(j).notices = [1]),
      /"notices"/,
    ],
    [
      'no article list',
      (j: Record<string, unknown>) => ((j.story as Record<string, unknown>).articles = {}),
      /no list of articles/,
    ],
  ])('refuses %s', (_name, mutate, message) => {
    const result = parseStoryFile(fileWith(mutate));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('refuses more than 12 articles and duplicate article ids', () => {
    const many = testStory(
      Array.from({ length: 13 }, (_, i) => testArticle(`a-${i}`, `Text ${i}`)),
    );
    const tooMany = parseStoryFile(serializeStory(many, EXPORTED));
    expect(tooMany.ok).toBe(false);
    if (!tooMany.ok) expect(tooMany.message).toMatch(/13 articles.*at most 12/);
    const twice = testStory([testArticle('a-1', 'One'), testArticle('a-1', 'Two')]);
    const duplicate = parseStoryFile(serializeStory(twice, EXPORTED));
    expect(duplicate.ok).toBe(false);
    if (!duplicate.ok) expect(duplicate.message).toMatch(/Article 2 has the same id/);
  });

  it('refuses a story over 8 MB in all, though each article is under 2 MB', () => {
    const articles = [1, 2, 3, 4, 5].map((i) =>
      testArticle(`a-${i}`, `Report ${i} ${'word '.repeat(380_000)}`),
    );
    const result = parseStoryFile(serializeStory(testStory(articles), EXPORTED));
    expect(result).toEqual({
      ok: false,
      message:
        'This story cannot be imported: the story is too large (9.1 MB in all; the limit is 8.0 MB per story).',
    });
    expect(parseStoryFile(serializeStory(testStory(articles.slice(0, 4)), EXPORTED)).ok).toBe(true);
  });

  it('refuses an article over 2 MB', () => {
    const big = testStory([testArticle('a-1', 'é'.repeat(1024 * 1024 + 1))]);
    const result = parseStoryFile(serializeStory(big, EXPORTED));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/larger than 2 MB/);
  });
});
