import { describe, expect, it } from 'vitest';
import { checkStory, isCalendarDay, parseStoryFile, serializeStory } from './parallax-file';
import { STORY_FILE_LIMITS } from './story-file-limits';
import { testArticle, testStory } from './test-story';
import { intakeText } from './article-intake';
import type { LibraryArticle } from './library-types';

const EXPORTED = '2024-05-02T08:00:00.000Z';

/** A story file of one article with the given fields, as its JSON text. */
function fileOf(overrides: Partial<LibraryArticle>, storyTitle = 'Bridge closure'): string {
  const article = testArticle('a-1', 'The bridge closed on Monday.', overrides);
  return serializeStory(testStory([article], { title: storyTitle }), EXPORTED);
}

function errorOf(json: string): string {
  const result = parseStoryFile(json);
  return result.ok ? 'imported' : result.message;
}

describe('importing a story file: sources the paste and the drop would refuse', () => {
  it('refuses a binary source', () => {
    expect(errorOf(fileOf({ source: '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj' }))).toBe(
      'Article 1: this is a PDF file, not an article in text, Markdown or HTML.',
    );
    expect(errorOf(fileOf({ source: 'GIF89a\u0001\u0000\u0001\u0000\u0000\u0000' }))).toBe(
      'Article 1: this is a GIF image, not an article in text, Markdown or HTML.',
    );
    expect(errorOf(fileOf({ source: 'ab\u0000cd'.repeat(50) }))).toBe(
      'Article 1: this is a binary file, not an article in text, Markdown or HTML.',
    );
    expect(errorOf(fileOf({ source: '\uFFFD\uFFFDx\uFFFD'.repeat(100) }))).toBe(
      'Article 1: this is a binary file, not an article in text, Markdown or HTML.',
    );
  });

  it('refuses a source of markup alone, or of invisible characters', () => {
    expect(
      errorOf(fileOf({ file: 'a.html', source: '<html><script>alert(1)</script></html>' })),
    ).toBe('Article 1: there is no readable text in it (only markup or scripts).');
    expect(errorOf(fileOf({ source: '\u200B\u200B\u2060' }))).toBe(
      'Article 1: the file is empty: it holds only invisible characters.',
    );
  });

  it('takes a source with readable text in its markup', () => {
    expect(errorOf(fileOf({ file: 'a.html', source: '<p>The bridge closed.</p>' }))).toBe(
      'imported',
    );
  });
});

describe('importing a story file: publication dates', () => {
  it('knows the days of the calendar', () => {
    expect(isCalendarDay('2024-02-29')).toBe(true);
    expect(isCalendarDay('2023-02-29')).toBe(false);
    expect(isCalendarDay('2024-02-30')).toBe(false);
    expect(isCalendarDay('2024-04-31')).toBe(false);
    expect(isCalendarDay('2024-13-01')).toBe(false);
    expect(isCalendarDay('2024-00-10')).toBe(false);
    expect(isCalendarDay('2024-12-31')).toBe(true);
  });

  it('refuses an impossible date in an imported file, naming it', () => {
    expect(errorOf(fileOf({ published: '2024-02-30' }))).toBe(
      'Article 1: "published" is 2024-02-30, which is not a day of the calendar.',
    );
  });

  it('drops an impossible date from a stored story, with a notice', () => {
    const stored = testStory([testArticle('a-1', 'Text', { published: '2024-02-30' })]);
    const checked = checkStory(stored);
    expect(checked.ok && checked.story.articles[0]).toMatchObject({
      published: null,
      notices: ['The publication date 2024-02-30 is not a day of the calendar; it was removed.'],
    });
  });
});

describe('importing a story file: every field capped', () => {
  it.each([
    ['file', { file: 'x'.repeat(256) }, '"file" is 256 characters long; at most 255 are read.'],
    [
      'title',
      { title: 't'.repeat(1001) },
      '"title" is 1001 characters long; at most 1000 are read.',
    ],
    [
      'outlet',
      { outlet: 'o'.repeat(201) },
      '"outlet" is 201 characters long; at most 200 are read.',
    ],
    ['id', { id: 'i'.repeat(201) }, '"id" is 201 characters long; at most 200 are read.'],
    [
      'notices',
      { notices: Array<string>(21).fill('n') },
      '"notices" has 21 entries; at most 20 are read.',
    ],
    [
      'a notice',
      { notices: ['n'.repeat(1001)] },
      '"notices[0]" is 1001 characters long; at most 1000 are read.',
    ],
  ])(
    'refuses an article whose %s is over its limit, naming the field',
    (_name, fields, message) => {
      expect(errorOf(fileOf(fields))).toBe(`Article 1: ${message}`);
    },
  );

  it('refuses a story name over its limit', () => {
    expect(errorOf(fileOf({}, 'n'.repeat(501)))).toBe(
      'The story: "title" is 501 characters long; at most 500 are read.',
    );
  });

  it('takes every field at its limit', () => {
    const L = STORY_FILE_LIMITS;
    const json = fileOf(
      {
        file: `${'f'.repeat(L.file - 4)}.txt`,
        title: 't'.repeat(L.title),
        outlet: 'o'.repeat(L.outlet),
        id: 'i'.repeat(L.id),
        notices: Array<string>(L.notices).fill('n'.repeat(L.notice)),
      },
      's'.repeat(L.storyTitle),
    );
    expect(errorOf(json)).toBe('imported');
  });

  it('refuses a million notices or a 5 MB file name at once', () => {
    const notices = fileOf({ notices: Array<string>(1_000_000).fill('n') });
    let t = performance.now();
    expect(errorOf(notices)).toBe('Article 1: "notices" has 1000000 entries; at most 20 are read.');
    expect(performance.now() - t).toBeLessThan(1000);
    const name = fileOf({ file: 'x'.repeat(5 * 1024 * 1024) });
    t = performance.now();
    expect(errorOf(name)).toBe(
      'Article 1: "file" is 5242880 characters long; at most 255 are read.',
    );
    expect(performance.now() - t).toBeLessThan(1000);
  });

  it('reads a stored story as it is, whatever its lengths', () => {
    const long = testStory([testArticle('a-1', 'Text', { title: 't'.repeat(5000) })]);
    expect(checkStory(long).ok).toBe(true);
  });
});

describe('what the app writes imports again', () => {
  it('clips an outlet taken from a page to the length a story file holds', () => {
    const html = `<html><head><meta property="og:site_name" content="${'Word'.repeat(500)}"></head><body><h1>Head</h1><p>The bridge closed.</p></body></html>`;
    const added = intakeText(
      testStory([]),
      { file: 'page.html', text: html, notices: [] },
      () => '',
      '2024-05-01T10:00:00.000Z',
    );
    expect(added.ok && added.article.outlet?.length).toBe(STORY_FILE_LIMITS.outlet);
    if (!added.ok) return;
    const json = serializeStory(testStory([added.article]), EXPORTED);
    expect(parseStoryFile(json).ok).toBe(true);
  });
});
