/* eslint-disable @typescript-eslint/unbound-method -- wink's `its.*` are plain functions, typed as methods. */
import winkNLP from 'wink-nlp';
import type { NlpEngine, RawToken } from './tokenize';

/** The model object that `wink-eng-lite-web-model` exports (loaded by the caller). */
export type WinkModel = Parameters<typeof winkNLP>[0];

/** Distinct words whose stems are remembered; past this the memory starts afresh. */
const MAX_CACHED_STEMS = 100_000;

/**
 * An NlpEngine backed by wink-nlp: tokens with part of speech, lemma and negation flag.
 * The model is passed in so the browser can load it lazily inside the worker.
 */
export function createWinkEngine(model: WinkModel): NlpEngine {
  const nlp = winkNLP(model, ['pos', 'negation']);
  const its = nlp.its;
  // wink's typings declare `its.lemma` and `its.stem` with a narrower signature than `out()`
  // accepts.
  const lemma = its.lemma as unknown as typeof its.pos;
  const stemOf = its.stem as unknown as typeof its.pos;
  // Stemming is most of wink's per-token cost and depends only on the word: stem each word once.
  const stems = new Map<string, string>();
  return {
    tokenize(text: string): RawToken[] {
      // Whole columns at once: reading token by token costs an object and a call per value.
      const tokens = nlp.readDoc(text).tokens();
      const texts = tokens.out();
      const lemmas = tokens.out(lemma);
      const stops = tokens.out(its.stopWordFlag) as unknown as boolean[];
      const tags = tokens.out(its.pos);
      const kinds = tokens.out(its.type);
      const negations = tokens.out(its.negationFlag) as unknown as boolean[];
      return texts.map((word, i): RawToken => {
        let stem = stems.get(word);
        if (stem === undefined) {
          if (stems.size > MAX_CACHED_STEMS) stems.clear();
          stem = tokens.itemAt(i).out(stemOf);
          stems.set(word, stem);
        }
        return {
          text: word,
          lemma: lemmas[i] ?? word,
          stem,
          stop: stops[i] === true,
          pos: tags[i] ?? 'X',
          kind: kinds[i] ?? 'word',
          negated: negations[i] === true,
        };
      });
    },
  };
}
