import type { NlpEngine } from '../core/nlp/tokenize';

let engine: Promise<NlpEngine> | null = null;

/**
 * The NLP engine of this process, loaded on the first call only: when there is input to
 * analyze, so that bad input is told at once. One engine per process is also what the bundle
 * needs: there, wink's model loader prepares the model's JSON in place, without the copy that
 * would let it run twice (vite.cli.config.ts).
 */
export function loadEngine(): Promise<NlpEngine> {
  engine ??= Promise.all([
    import('../core/nlp/wink-engine'),
    import('wink-eng-lite-web-model'),
  ]).then(([{ createWinkEngine }, { default: model }]) => createWinkEngine(model));
  return engine;
}
