import { loadNlpEngine } from '../nlp/node-engine';
import { tokenizeSpans } from '../nlp/tokenize';
import type { Token } from '../types';

/** Tokens of one sentence, tokenized by the real NLP engine: for tests. */
export function tokensOf(sentence: string): Token[] {
  return tokenizeSpans(loadNlpEngine(), sentence, [{ start: 0, end: sentence.length }])[0] ?? [];
}
