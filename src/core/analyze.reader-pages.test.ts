// Web pages of many shapes (fixtures/reader-pages, README there), read as the app reads them:
// each keeps its article's sentences, names its title, outlet, author and date, and leaves its
// furniture out or marks it boilerplate; compared in threes and pairs, no fact holds furniture.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createLinkedomDocument } from '../dom/linkedom-document';
import { analyzeStory } from './analyze';
import type { Analysis } from './contract';
import { ingestArticle } from './ingest/ingest-article';
import { findParagraphs } from './ingest/paragraphs';
import { loadNlpEngine } from './nlp/node-engine';
import { splitSentences } from './sentences/split-sentences';

type PageFixture = {
  page: string;
  expected: string;
  story: string;
  shape: string;
  metadata: { title: string; outlet: string; author: string | null; published: string };
  boilerplate: string[];
};

const root = new URL('../../fixtures/reader-pages/', import.meta.url);
const read = (file: string): string => readFileSync(new URL(file, root), 'utf8');
const { pages } = JSON.parse(read('pages.json')) as { pages: PageFixture[] };
const reading = { createDocument: createLinkedomDocument };
/** Share of an article's expected sentences that its reader view must keep. */
const MIN_KEPT = 0.95;

const fold = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The pages of each story, in the manifest's order. */
function byStory(): Map<string, PageFixture[]> {
  const stories = new Map<string, PageFixture[]>();
  for (const page of pages) stories.set(page.story, [...(stories.get(page.story) ?? []), page]);
  return stories;
}

/** The sentences of a text, as the core splits them, whitespace folded. */
function sentencesOf(text: string): string[] {
  return splitSentences(text, findParagraphs(text)).map((s) => fold(text.slice(s.start, s.end)));
}

/** The furniture line of a page that a sentence comes from, if any. */
const furnitureOf = (page: PageFixture, sentence: string): string | undefined =>
  page.boilerplate.find((line) => fold(line).includes(sentence));

describe('reader pages', () => {
  it('has at least 12 pages of different shapes, in stories of two or more', () => {
    expect(pages.length).toBeGreaterThanOrEqual(12);
    expect(new Set(pages.map((p) => p.shape)).size).toBe(pages.length);
    const stories = byStory();
    for (const [story, members] of stories) expect(members.length, story).toBeGreaterThan(1);
  });

  describe.each(pages.map((p) => [p.page, p] as const))('%s', (_, page) => {
    const article = ingestArticle({ file: page.page, text: read(page.page) }, reading);
    const text = fold(article.text);

    it(`keeps at least ${MIN_KEPT * 100}% of the article's sentences`, () => {
      const expected = sentencesOf(read(page.expected));
      const missed = expected.filter((s) => !text.includes(s));
      expect(
        (expected.length - missed.length) / expected.length,
        `${page.shape}: missed ${missed.length} of ${expected.length}:\n${missed.join('\n')}`,
      ).toBeGreaterThanOrEqual(MIN_KEPT);
    });

    it('names its title, outlet, author and date', () => {
      const { title, outlet, author, published } = article.metadata;
      expect({ title, outlet, author: author ?? null, published }).toEqual(page.metadata);
    });

    it('leaves out its furniture, or marks it boilerplate', () => {
      const spans = splitSentences(article.text, article.paragraphs, {
        headlines: article.headlines,
      });
      const kept = spans
        .filter((s) => !s.boilerplate && !s.headline)
        .map((s) => fold(article.text.slice(s.start, s.end)))
        .filter((s) => furnitureOf(page, s));
      expect(kept, `${page.shape}: furniture read as news`).toEqual([]);
    });
  });
});

/** Every group of `size` pages of one story (pairs and threes). */
function groups(size: number): [string, PageFixture[]][] {
  const result: [string, PageFixture[]][] = [];
  for (const [story, members] of byStory()) {
    const pick = (from: number, chosen: PageFixture[]): void => {
      if (chosen.length === size) {
        result.push([`${story}: ${chosen.map((p) => p.page).join(' + ')}`, chosen]);
        return;
      }
      for (let i = from; i < members.length; i++) pick(i + 1, [...chosen, members[i]!]);
    };
    pick(0, []);
  }
  return result;
}

/** What each fact holds that is page furniture, in words. */
function furnitureInFacts(analysis: Analysis, group: PageFixture[]): string[] {
  const sentences = new Map(
    analysis.articles.flatMap((article, i) =>
      article.sentences.map((s) => [s.id, { article, page: group[i]!, s }] as const),
    ),
  );
  return analysis.facts.flatMap((fact) =>
    fact.sentences.flatMap((id) => {
      const found = sentences.get(id);
      if (!found) return [`${fact.id}: unknown sentence ${id}`];
      const text = fold(found.article.text.slice(found.s.start, found.s.end));
      const line = found.s.headline ? undefined : furnitureOf(found.page, text);
      return line ? [`${fact.id} holds “${text}” (${found.page.page}: “${line}”)`] : [];
    }),
  );
}

describe('reader pages compared', () => {
  const nlp = loadNlpEngine();
  const compare = (group: PageFixture[]): Analysis =>
    analyzeStory(
      group.map((p) => ({ file: p.page, text: read(p.page) })),
      { nlp, ...reading },
    );

  it.each([...groups(3), ...groups(2).slice(0, 6)])(
    '%s: facts are found, and none holds furniture',
    (_, group) => {
      const analysis = compare(group);
      expect(analysis.facts.length).toBeGreaterThanOrEqual(group.length);
      expect(furnitureInFacts(analysis, group)).toEqual([]);
    },
  );
});
