// No markup from an article survives ingest: every XSS payload of fixtures/xss, read as HTML,
// Markdown and plain text, in the body, the title and the outlet, leaves readable text with no
// script element, no event-handler attribute and no javascript: link. Plain text is kept as
// given (it is only ever shown as text).
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLinkedomDocument } from '../../dom/linkedom-document';
import type { IngestedArticle } from '../types';
import { ingestArticle, type IngestOptions } from './ingest-article';

type Payload = { payload: string; vector: string; escapedText?: boolean };

const { payloads } = JSON.parse(
  readFileSync(new URL('../../../fixtures/xss/payloads.json', import.meta.url), 'utf8'),
) as { payloads: Payload[] };

/** Markup that would run or load something if the text were ever parsed as HTML. */
const HTML_MARKUP: [string, RegExp][] = [
  ['a script element', /<\s*script/i],
  ['an event-handler attribute', /<[a-z][^>]*[\s/"']on[a-z]+\s*=/i],
  [
    'a javascript: URL in an attribute',
    /(?:href|src|action|formaction|data|content)\s*=\s*["']?\s*(?:javascript|&#0*106;)/i,
  ],
];

/** The same, and Markdown links that would run if the text were parsed as Markdown. */
const MARKDOWN_MARKUP: [string, RegExp][] = [
  ...HTML_MARKUP,
  ['a Markdown link to javascript:', /\]\(\s*javascript:/i],
  ['an autolink to javascript:', /<javascript:/i],
];

/** The markup an ingested article's readable text and title hold, in words. */
function markupIn(article: IngestedArticle, markup: [string, RegExp][]): string[] {
  const parts = { text: article.text, title: article.metadata.title };
  return Object.entries(parts).flatMap(([part, value]) =>
    markup.filter(([, pattern]) => pattern.test(value)).map(([what]) => `${what} in the ${part}`),
  );
}

/**
 * An HTML page with the payload where markup is parsed: its headline and its body. (In <title>
 * and in attribute values a payload is text by the HTML rules, and stays text: the viewer shows
 * titles and outlets as text. The end-to-end spec checks that.)
 */
function htmlPage(payload: string): string {
  return (
    `<!doctype html><html><head><title>Council meets</title></head><body>` +
    `<h1>Council meets ${payload}</h1><p>The council said ${payload} on Monday.</p>` +
    `<p>Officials said 40 people attended.</p></body></html>`
  );
}

/** A Markdown article with the payload in its heading and its body. */
function markdownArticle(payload: string): string {
  return (
    `# Council meets ${payload.replace(/\n/g, ' ')}\n\n` +
    `The council said ${payload} on Monday.\n\nOfficials said 40 people attended.\n`
  );
}

/** A plain-text article whose first line (the title) and "© X" credit line are the payload. */
function textArticle(payload: string): string {
  return `${payload}\n\nThe council said ${payload} on Monday.\n\n© ${payload}\n`;
}

describe('ingest of XSS payloads', () => {
  it('has at least 40 payloads, each with a note of its vector', () => {
    expect(payloads.length).toBeGreaterThanOrEqual(40);
    for (const p of payloads) expect(p.vector.length, p.payload).toBeGreaterThan(5);
  });

  /** HTML is read by the hand rules, or as a reader view (Readability over a built tree). */
  const readers: [string, IngestOptions][] = [
    ['hand rules', {}],
    ['reader view', { createDocument: createLinkedomDocument }],
  ];

  describe.each(readers)('HTML read by the %s', (_, reading) => {
    it.each(payloads.map((p) => [p.vector, p] as const))('%s', (_, { payload, escapedText }) => {
      const article = ingestArticle({ file: 'page.html', text: htmlPage(payload) }, reading);
      expect(article.format).toBe('html');
      // Entity-escaped markup was text in the page, so it stays text (shown, never parsed).
      if (!escapedText) expect(markupIn(article, HTML_MARKUP)).toEqual([]);
      // What follows an unclosed <math> or <noscript> is inside it, and dropped with it.
      expect(article.text).toMatch(/^Council meets/);
    });
  });

  it.each(payloads.map((p) => [p.vector, p] as const))(
    'Markdown: %s',
    (_, { payload, escapedText }) => {
      const article = ingestArticle({ file: 'story.md', text: markdownArticle(payload) });
      expect(article.format).toBe('markdown');
      if (!escapedText) expect(markupIn(article, MARKDOWN_MARKUP)).toEqual([]);
      expect(article.text).toContain('Officials said 40 people attended.');
    },
  );

  it.each(payloads.map((p) => [p.vector, p] as const))('text: %s', (_, { payload }) => {
    const input = textArticle(payload);
    const article = ingestArticle({ file: 'story.txt', text: input });
    // Plain text is never interpreted: it stays exactly as given, to be shown as text.
    if (article.format === 'text') expect(article.text).toBe(input);
    else if (!payloads.find((p) => p.payload === payload)?.escapedText) {
      expect(markupIn(article, MARKDOWN_MARKUP)).toEqual([]);
    }
  });

  it.each(readers)(
    'leaves no markup when payloads are spliced anywhere into the body of a real HTML article (%s)',
    (_, reading) => {
      const body = readFileSync(
        new URL('../../../seeds/000_2a2de527784eabd2.txt', import.meta.url),
        'utf8',
      )
        .split(/\n+/)
        .map((line) => `<p>${line}</p>`)
        .join('\n');
      const dangerous = payloads.filter((p) => !p.escapedText).map((p) => p.payload);
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.nat(), fc.constantFrom(...dangerous)), {
            minLength: 1,
            maxLength: 5,
          }),
          (splices) => {
            let text = body;
            for (const [at, payload] of splices) {
              const cut = at % (text.length + 1);
              text = text.slice(0, cut) + payload + text.slice(cut);
            }
            const page = `<html><head><title>Talks</title></head><body>${text}</body></html>`;
            const article = ingestArticle({ file: 'page.html', text: page }, reading);
            expect(markupIn(article, HTML_MARKUP)).toEqual([]);
          },
        ),
        { numRuns: reading.createDocument ? 300 : 1000, seed: 20140330 },
      );
    },
  );
});
