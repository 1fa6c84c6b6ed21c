import { loadNlpEngine } from './node-engine';
import { tokenizeSpans } from './tokenize';
import type { Token } from '../types';

/** Tokens of one sentence, tokenized by the real NLP engine: for tests. */
export function tokensOf(sentence: string): Token[] {
  return tokenizeSpans(loadNlpEngine(), sentence, [{ start: 0, end: sentence.length }])[0] ?? [];
}
