import type {
  Analysis,
  Article,
  Disagreement,
  DisagreementKind,
  Fact,
  FactRelation,
  Quote,
} from '../core/contract';

/** One article of a test story: paragraphs of sentences, joined the way a text file is. */
export type FixtureArticle = {
  /** Also the prefix of the article's sentence ids (`dw:3`). */
  key: string;
  outlet: string | null;
  title?: string;
  published?: string | null;
  credits?: string | null;
  paragraphs: string[][];
  /** Sentence numbers (in reading order, from 0) that are boilerplate. */
  boilerplate?: number[];
};

/** A disputed span, named by its article key, sentence number and a verbatim quote. */
export type FixtureSide = {
  sentence: string;
  quote: string;
  value?: number | null;
  attribution?: string | null;
};

/** A test story: its articles, and the facts, disagreements and quotes found in them. */
export type FixtureStory = {
  articles: FixtureArticle[];
  facts?: { sentences: string[]; relation: FactRelation; score?: number }[];
  disagreements?: {
    summary: string;
    kind?: DisagreementKind;
    sides: FixtureSide[];
    related?: FixtureSide[];
  }[];
  quotes?: { sentence: string; quote: string; speaker: string | null }[];
};

/**
 * Builds a contract-shaped Analysis from readable pieces, for the view-model tests: sentences are
 * joined by a space, paragraphs by a blank line, and spans are found by quoting their text.
 *
 * @example buildFixtureAnalysis({ articles: [{ key: 'a', outlet: 'A', paragraphs: [['Hi.']] }] })
 */
export function buildFixtureAnalysis(story: FixtureStory): Analysis {
  const articles = story.articles.map(buildArticle);
  const sentenceText = new Map<string, { article: Article; start: number; end: number }>();
  for (const article of articles) {
    for (const s of article.sentences) sentenceText.set(s.id, { article, ...s });
  }
  const locate = (side: FixtureSide) => {
    const found = sentenceText.get(side.sentence);
    if (!found) throw new Error(`fixture: no sentence ${side.sentence}`);
    const at = found.article.text.slice(found.start, found.end).indexOf(side.quote);
    if (at < 0) throw new Error(`fixture: "${side.quote}" is not in ${side.sentence}`);
    return {
      sentence: side.sentence,
      start: found.start + at,
      end: found.start + at + side.quote.length,
    };
  };
  const facts: Fact[] = (story.facts ?? []).map((fact, i) => ({ id: `fact-${i}`, ...fact }));
  const disagreements: Disagreement[] = (story.disagreements ?? []).map((d, i) => ({
    id: `dis-${i}`,
    kind: d.kind ?? 'numeric',
    summary: d.summary,
    sides: d.sides.map((side) => ({
      ...locate(side),
      value: side.value ?? null,
      attribution: side.attribution ?? null,
    })),
    ...(d.related
      ? {
          related: d.related.map((side) => ({
            ...locate(side),
            value: side.value ?? null,
            attribution: side.attribution ?? null,
          })),
        }
      : {}),
  }));
  const quotes: Quote[] = (story.quotes ?? []).map((q) => ({
    ...locate({ sentence: q.sentence, quote: q.quote }),
    speaker: q.speaker,
  }));
  return { version: 1, articles, facts, disagreements, quotes, quantities: [] };
}

function buildArticle(fixture: FixtureArticle): Article {
  let text = '';
  const sentences: Article['sentences'] = [];
  const boilerplate = new Set(fixture.boilerplate ?? []);
  fixture.paragraphs.forEach((paragraph, p) => {
    if (p > 0) text += '\n\n';
    paragraph.forEach((sentence, s) => {
      if (s > 0) text += ' ';
      const n = sentences.length;
      sentences.push({
        id: `${fixture.key}:${n}`,
        start: text.length,
        end: text.length + sentence.length,
        ...(boilerplate.has(n) ? { boilerplate: true } : {}),
      });
      text += sentence;
    });
  });
  return {
    id: fixture.key,
    file: `${fixture.key}.txt`,
    title: fixture.title ?? `${fixture.key} title`,
    outlet: fixture.outlet,
    published: fixture.published ?? null,
    credits: fixture.credits ?? null,
    text,
    sentences,
  };
}
