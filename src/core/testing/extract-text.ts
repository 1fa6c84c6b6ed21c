import { ingestArticle } from '../ingest/ingest-article';
import { loadNlpEngine } from '../nlp/node-engine';
import { tokenizeSpans } from '../nlp/tokenize';
import { splitSentences } from '../sentences/split-sentences';
import { extractArticle } from '../extract/extract-article';
import type { ArticleExtraction } from '../extract/types';

/** An article run through the real pipeline pieces: ingest, sentences, tokens, extraction. */
export type ExtractedText = ArticleExtraction & {
  text: string;
  /** The text of a span. */
  at: (span: { start: number; end: number }) => string;
  /** The text of sentence `i`. */
  sentence: (i: number) => string;
};

/**
 * Runs `ingestArticle → splitSentences → tokenizeSpans → extractArticle` on an article text.
 * `published` overrides the date ingest infers (undefined keeps it).
 */
export function extractText(
  raw: string,
  published?: string | null,
  file = 'article.txt',
): ExtractedText {
  const ingested = ingestArticle({ file, text: raw });
  const { text } = ingested;
  const sentences = splitSentences(text, ingested.paragraphs);
  const tokens = tokenizeSpans(loadNlpEngine(), text, sentences);
  const extraction = extractArticle({
    text,
    sentences,
    tokens,
    published: published === undefined ? ingested.metadata.published : published,
  });
  const at = (span: { start: number; end: number }): string => text.slice(span.start, span.end);
  const sentence = (i: number): string => (sentences[i] ? at(sentences[i]) : '');
  return { ...extraction, text, at, sentence };
}
