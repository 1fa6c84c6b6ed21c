import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  articleFingerprint,
  bareAddressMessage,
  inferArticleDetails,
  intakeBytes,
  intakePaste,
  outletFromAddress,
  pastedFileName,
} from './article-intake';
import type { LibraryArticle } from './library-types';
import { testArticle, testStory } from './test-story';

const NOW = '2024-05-02T08:00:00.000Z';
const fingerprintOf = (a: LibraryArticle) => articleFingerprint(a.file, a.source);
const utf8 = (text: string) => new TextEncoder().encode(text);

const REPORT =
  'Storm closes coastal highway\n\nThe state transport agency closed the coastal highway on Tuesday after a landslide, officials said.\n\n' +
  'About 12,000 vehicles use the road each day, according to the agency. Repairs could take weeks, the governor told reporters.';

const HOSTILE_HTML = `<!doctype html><html><head><title>Storm closes coastal highway | The Courier</title>
<meta property="og:site_name" content="The Courier">
<meta property="article:published_time" content="2024-04-30T09:00:00Z">
<script>window.__ran = true; fetch('https://evil.example/x')</script></head>
<body><h1>Storm closes coastal highway</h1>
<img src="https://evil.example/pixel.png" onerror="window.__ran = true">
<p>The state transport agency closed the coastal highway on Tuesday after a landslide, officials said.</p>
<p>About 12,000 vehicles use the road each day, according to the agency.</p></body></html>`;

describe('intakePaste', () => {
  const empty = testStory([]);

  it('takes pasted text and infers its title', () => {
    const result = intakePaste(empty, REPORT, fingerprintOf, NOW);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article).toMatchObject({
      file: 'pasted-1.txt',
      title: 'Storm closes coastal highway',
      source: REPORT,
      notices: [],
      addedAt: NOW,
    });
  });

  it('refuses empty and whitespace-only text with a message that says which', () => {
    expect(intakePaste(empty, '', fingerprintOf, NOW)).toEqual({
      ok: false,
      message: expect.stringMatching(/empty/) as string,
    });
    expect(intakePaste(empty, ' \n\t \n', fingerprintOf, NOW)).toEqual({
      ok: false,
      message: expect.stringMatching(/only spaces and line breaks/) as string,
    });
  });

  it('accepts text in another language with a notice', () => {
    const german =
      'Der Sturm hat am Dienstag die Küstenstraße zerstört. Die Behörde sagte, die Reparatur werde Wochen dauern. ' +
      'Nach Angaben der Polizei wurden keine Menschen verletzt, aber viele Autos mussten umkehren und warten.';
    const result = intakePaste(empty, german, fingerprintOf, NOW);
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(result.article.notices.join(' ')).toMatch(
        /appears to be in German; the comparison reads English/,
      );
  });

  it('refuses text over 2 MB', () => {
    const result = intakePaste(empty, 'word '.repeat(450_000), fingerprintOf, NOW);
    expect(result).toEqual({
      ok: false,
      message: expect.stringMatching(/too large.*2 MB/) as string,
    });
  });

  it('refuses an article that would take the story past 8 MB in all, in the core’s words', () => {
    // Four articles of 1.9 MB: 7.6 MB. A fifth of 1.9 MB would make 9.5 MB.
    const big = (i: number) => `Report ${i}\n\n${'word '.repeat(400_000)}`;
    const story = testStory([1, 2, 3, 4].map((i) => testArticle(`a-${i}`, big(i))));
    const pasted = intakePaste(story, big(5), fingerprintOf, NOW);
    expect(pasted).toEqual({
      ok: false,
      message:
        'pasted-1.txt: not added, the story is too large (9.5 MB in all; the limit is 8.0 MB per story). Remove an article to make room.',
    });
    const dropped = intakeBytes(story, utf8(big(5)), 'five.txt', fingerprintOf, NOW);
    expect(dropped.ok).toBe(false);
    if (!dropped.ok)
      expect(dropped.message).toMatch(/^five\.txt: not added, the story is too large/);
    // A smaller article still fits.
    expect(intakePaste(story, REPORT, fingerprintOf, NOW).ok).toBe(true);
  });

  it('refuses the same article twice, even pasted once and dropped once as HTML', () => {
    const story = testStory([
      testArticle('a-1', REPORT, { title: 'Storm closes coastal highway' }),
    ]);
    const again = intakePaste(story, `${REPORT}\n\n`, fingerprintOf, NOW);
    expect(again).toEqual({
      ok: false,
      message: expect.stringMatching(
        /already in the story \(as “Storm closes coastal highway”\)/,
      ) as string,
    });
    const html = `<html><body><h1>Storm closes coastal highway</h1><p>${REPORT.split('\n\n').slice(1).join('</p><p>')}</p></body></html>`;
    expect(intakeBytes(story, utf8(html), 'storm.html', fingerprintOf, NOW).ok).toBe(false);
  });

  it('refuses a bare web address with what to do instead, by whether pages can be fetched', () => {
    for (const address of [
      'https://www.harbourpost.com/2024/05/bridge',
      '  www.harbourpost.com/x \n',
    ]) {
      const refused = intakePaste(empty, address, fingerprintOf, NOW);
      expect(refused).toEqual({
        ok: false,
        message: expect.stringMatching(
          /web address, not an article.*paste the article’s text/i,
        ) as string,
      });
      if (!refused.ok) expect(refused.message).toMatch(/npm start/);
    }
    const fetching = intakePaste(empty, 'http://example.com/a', fingerprintOf, NOW, {
      canFetch: true,
    });
    expect(fetching.ok).toBe(false);
    if (!fetching.ok) expect(fetching.message).toMatch(/Add by address/);
    // An article that opens with its address is an article.
    expect(bareAddressMessage(`https://example.com/a\n\n${REPORT}`, false)).toBeNull();
    expect(intakePaste(empty, `https://example.com/a\n\n${REPORT}`, fingerprintOf, NOW).ok).toBe(
      true,
    );
  });

  it('keeps what the reader stated over what the text states; blank fields are inferred', () => {
    const result = intakePaste(empty, REPORT, fingerprintOf, NOW, {
      details: {
        title: '  Coastal highway shut ',
        outlet: 'The Courier',
        published: '2024-04-30',
        url: 'https://courier.example.com/highway',
      },
    });
    expect(result.ok && result.article).toMatchObject({
      title: 'Coastal highway shut',
      outlet: 'The Courier',
      published: '2024-04-30',
      url: 'https://courier.example.com/highway',
    });
    const cleared = intakePaste(
      empty,
      `${REPORT}\n\nBy Ana Ruiz, The Courier\nSource: https://courier.example.com/highway`,
      fingerprintOf,
      NOW,
      { details: { title: ' ', outlet: '', url: '' } },
    );
    expect(cleared.ok && cleared.article).toMatchObject({
      title: 'Storm closes coastal highway',
      outlet: null,
      url: null,
    });
    const untouched = intakePaste(
      empty,
      `${REPORT}\n\nSource: https://courier.example.com/highway`,
      fingerprintOf,
      NOW,
      { details: { title: 'Highway shut' } },
    );
    expect(untouched.ok && untouched.article).toMatchObject({
      title: 'Highway shut',
      url: 'https://courier.example.com/highway',
    });
  });

  it('refuses a stated address that is not a web address', () => {
    const result = intakePaste(empty, REPORT, fingerprintOf, NOW, {
      details: { url: 'courier highway story' },
    });
    expect(result).toEqual({
      ok: false,
      message: expect.stringMatching(/is not a web address.*http:\/\/ or https:\/\//) as string,
    });
  });

  it('names an article without an outlet after the site of its address', () => {
    const result = intakePaste(empty, REPORT, fingerprintOf, NOW, {
      details: { url: 'https://www.harbourpost.com/2024/04/30/highway' },
    });
    expect(result.ok && result.article.outlet).toBe('Harbourpost');
  });

  it('names pasted articles by the first free number', () => {
    expect(pastedFileName([{ file: 'pasted-1.txt' }, { file: 'a.html' }])).toBe('pasted-2.txt');
  });
});

describe('inferArticleDetails', () => {
  it('prefills the title, outlet, date and address a pasted text states', () => {
    const text =
      'Bridge closed after barge strike\n\nBy Ana Ruiz, The Harbour Post\nMay 2, 2024\n\n' +
      'The Harbour Bridge was closed on Thursday after a barge struck one of its piers, the port authority said.\n\n' +
      'Source: https://www.harbourpost.com/2024/05/02/bridge-closed';
    expect(inferArticleDetails('pasted-1.txt', text)).toMatchObject({
      title: 'Bridge closed after barge strike',
      published: '2024-05-02',
      url: 'https://www.harbourpost.com/2024/05/02/bridge-closed',
    });
    expect(inferArticleDetails('pasted-1.txt', text).outlet).toMatch(/Harbour ?Post/);
  });

  it('reads a pasted web page’s metadata', () => {
    expect(inferArticleDetails('pasted-1.txt', HOSTILE_HTML)).toEqual({
      title: 'Storm closes coastal highway',
      outlet: 'The Courier',
      published: '2024-04-30',
      url: null,
    });
  });

  it('leaves the title blank for a text with nothing to take one from', () => {
    expect(inferArticleDetails('pasted-1.txt', '').title).toBe('');
  });
});

describe('outletFromAddress', () => {
  it('names the site of a web address, and nothing else', () => {
    expect(outletFromAddress('https://www.harbourpost.com/2024/x')).toBe('Harbourpost');
    expect(outletFromAddress('http://ktla.com/2013/05/03/x/')).toBe('KTLA');
    expect(outletFromAddress('ftp://example.com/x')).toBeNull();
    expect(outletFromAddress('not an address')).toBeNull();
  });
});

describe('intakeBytes', () => {
  const empty = testStory([]);

  it('reads HTML as text with its metadata, scripts and handlers dropped', () => {
    const result = intakeBytes(empty, utf8(HOSTILE_HTML), 'courier.html', fingerprintOf, NOW);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article).toMatchObject({
      title: 'Storm closes coastal highway',
      outlet: 'The Courier',
      published: '2024-04-30',
    });
    const readable = articleFingerprint(
      'x.txt',
      'Storm closes coastal highway\n\nThe state transport agency closed the coastal highway on Tuesday after a landslide, officials said.\n\nAbout 12,000 vehicles use the road each day, according to the agency.',
    );
    expect(fingerprintOf(result.article)).toBe(readable);
  });

  it('reads a Markdown file with front matter', () => {
    const md =
      '---\ntitle: Highway reopens\noutlet: Coast News\ndate: 2024-05-10\n---\n\nThe coastal highway reopened on **Friday**, the agency said.';
    const result = intakeBytes(empty, utf8(md), 'coast.md', fingerprintOf, NOW);
    expect(result.ok && result.article).toMatchObject({
      title: 'Highway reopens',
      outlet: 'Coast News',
      published: '2024-05-10',
    });
  });

  it('reads a real corpus article (title and address line)', () => {
    const path = 'stories/ecb-1-ecbplus/1_1ecbplus.txt';
    const result = intakeBytes(empty, readFileSync(path), '1_1ecbplus.txt', fingerprintOf, NOW);
    expect(result.ok && result.article.title).toBe(
      'Lindsay Lohan Leaves Betty Ford, Checks Into Malibu Rehab',
    );
  });

  it('decodes invalid UTF-8 with a fallback and a notice', () => {
    const latin1 = Uint8Array.from([
      ...utf8('The caf'),
      0xe9,
      ...utf8(' on the corner reopened on Monday, the owner said.'),
    ]);
    const result = intakeBytes(empty, latin1, 'cafe.txt', fingerprintOf, NOW);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.source).toContain('café');
    expect(result.article.notices.join(' ')).toMatch(/not valid UTF-8/);
  });

  it.each([
    [
      'a binary file',
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
      /PNG image/,
    ],
    ['an empty file', new Uint8Array(0), /empty/],
    ['a whitespace-only file', utf8(' \n \n'), /only whitespace/],
    ['a file over 2 MB', new Uint8Array(2 * 1024 * 1024 + 1).fill(0x61), /too large/],
    [
      'HTML with nothing readable',
      utf8('<html><body><script>x()</script></body></html>'),
      /no readable text/,
    ],
  ])('refuses %s with a message naming the file', (_name, bytes, message) => {
    const result = intakeBytes(empty, bytes, 'input.html', fingerprintOf, NOW);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(message);
      expect(result.message.startsWith('input.html: ')).toBe(true);
    }
  });

  it('refuses a thirteenth article', () => {
    const full = testStory(
      Array.from({ length: 12 }, (_, i) => testArticle(`a-${i}`, `Article number ${i} text.`)),
    );
    const result = intakeBytes(full, utf8(REPORT), 'new.txt', fingerprintOf, NOW);
    expect(result).toEqual({
      ok: false,
      message: expect.stringMatching(/already has 12 articles/) as string,
    });
  });
});
