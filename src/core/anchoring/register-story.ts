import { ingestArticle } from '../ingest/ingest-article';
import { splitSentences } from '../sentences/split-sentences';
import type { ArticleInput } from '../types';
import { registerArticle } from './passage-register';
import type { RegisteredPassage } from './passage-register';

/**
 * The register entries of a story's articles, in column order: each article read and split
 * into sentences exactly as `analyzeStory` reads and splits it, so that the keys the viewer
 * makes from an analysis are the keys registered here.
 *
 * @example new Map(registerStory([{ file: 'dw.txt', text }])).size // the article's sentences
 */
export function registerStory(articles: readonly ArticleInput[]): [string, RegisteredPassage][] {
  return articles.flatMap((input, index) => {
    const ingested = ingestArticle(input);
    const sentences = splitSentences(ingested.text, ingested.paragraphs, {
      headlines: ingested.headlines,
    });
    return registerArticle(ingested.file, index, ingested.text, sentences);
  });
}
