// Ingest and sentence stages on the two seed articles, against the reference judgments'
// metadata and boilerplate (fixtures/kerry-lavrov-2014/gold.json, a copy of the shared gold).
import { describe, expect, it } from 'vitest';
import gold from '../../../fixtures/kerry-lavrov-2014/gold.json';
import coinspeaker from '../../../seeds/000_2a2de527784eabd2.txt?raw';
import dw from '../../../seeds/003_98415ab34e40d7b9.txt?raw';
import { splitSentences } from '../sentences/split-sentences';
import { ingestArticle } from './ingest-article';

const texts: Record<string, string> = {
  '000_2a2de527784eabd2.txt': coinspeaker,
  '003_98415ab34e40d7b9.txt': dw,
};
const articles = Object.fromEntries(
  Object.entries(gold.articles).map(([key, file]) => {
    const ingested = ingestArticle({ file, text: texts[file] ?? '' });
    const sentences = splitSentences(ingested.text, ingested.paragraphs, {
      headlines: ingested.headlines,
    });
    return [key, { ingested, sentences }];
  }),
);

/** The sentence that holds a verbatim quote of the reference. */
function sentenceOf(key: string, quote: string) {
  const article = articles[key];
  const at = article?.ingested.text.indexOf(quote) ?? -1;
  expect(at, `"${quote}" is not in ${key}`).toBeGreaterThanOrEqual(0);
  const sentence = article?.sentences.find((s) => s.start <= at && at + quote.length <= s.end);
  expect(sentence, `no single sentence holds "${quote}" in ${key}`).toBeDefined();
  return sentence;
}

describe('the seed story, ingested and split', () => {
  it('keeps the plain text exactly as read', () => {
    expect(articles.coinspeaker?.ingested.text).toBe(coinspeaker);
    expect(articles.dw?.ingested.text).toBe(dw);
  });

  it('infers the reference metadata', () => {
    for (const [key, want] of Object.entries(gold.metadata)) {
      const got = articles[key]?.ingested.metadata;
      expect({ title: got?.title, outlet: got?.outlet, published: got?.published }, key).toEqual({
        title: want.title,
        outlet: want.outlet,
        published: want.published,
      });
      if ('credits' in want) expect(got?.credits, key).toBe(want.credits);
    }
  });

  it('marks every reference boilerplate quote, and only furniture', () => {
    for (const { article, quote } of gold.boilerplate) {
      expect(sentenceOf(article, quote)?.boilerplate, quote).toBe(true);
    }
    const caption = sentenceOf(
      'coinspeaker',
      'John Kerry and Sergei Lavrov met to discuss recent events in Ukraine.',
    );
    expect(caption?.boilerplate).toBe(false);
    expect(sentenceOf('coinspeaker', 'Photo: U.S. Department of State/Flickr')?.boilerplate).toBe(
      true,
    );
  });

  it('keeps every quote of the reference inside one sentence, none of them boilerplate', () => {
    const quotes = [
      ...gold.alignments.flatMap((a) => a.members),
      ...gold.quotes,
      ...gold.quantities,
    ];
    for (const { article, quote } of quotes) {
      expect(sentenceOf(article, quote)?.boilerplate, quote).toBe(false);
    }
  });

  it('marks the title lines as headlines', () => {
    const headlines = (key: string) =>
      (articles[key]?.sentences ?? [])
        .filter((s) => s.headline)
        .map((s) => articles[key]?.ingested.text.slice(s.start, s.end));
    expect(headlines('coinspeaker')).toEqual([
      'John Kerry Meets with Sergei Lavrov on Ukraine, Urges Troop Pullback',
    ]);
    expect(headlines('dw')).toEqual([
      'Kerry and Lavrov meet to hash out diplomatic Ukraine solution | News | DW | 30.03.2014',
      'Kerry and Lavrov meet to hash out diplomatic Ukraine solution',
    ]);
  });
});
