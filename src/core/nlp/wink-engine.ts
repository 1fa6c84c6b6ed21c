/* eslint-disable @typescript-eslint/unbound-method -- wink's `its.*` are plain functions, typed as methods. */
import winkNLP from 'wink-nlp';
import type { ItemToken } from 'wink-nlp';
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
  // wink's typings declare `its.lemma` with a narrower signature than `out()` accepts.
  const lemma = its.lemma as unknown as typeof its.pos;
  const stemOf = its.stem as unknown as typeof its.pos;
  // Stemming is most of wink's per-token cost and depends only on the word: stem each word once.
  const stems = new Map<string, string>();
  const stem = (token: ItemToken, text: string): string => {
    const key = text.toLowerCase();
    let found = stems.get(key);
    if (found === undefined) {
      if (stems.size > MAX_CACHED_STEMS) stems.clear();
      found = token.out(stemOf);
      stems.set(key, found);
    }
    return found;
  };
  return {
    tokenize(text: string): RawToken[] {
      const out: RawToken[] = [];
      nlp
        .readDoc(text)
        .tokens()
        .each((token: ItemToken) => {
          const text = token.out();
          out.push({
            text,
            lemma: token.out(lemma),
            stem: stem(token, text),
            stop: token.out(its.stopWordFlag) === true,
            pos: token.out(its.pos),
            kind: token.out(its.type),
            negated: token.out(its.negationFlag) === true,
          });
        });
      return out;
    },
  };
}
