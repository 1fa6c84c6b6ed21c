import type { NlpEngine } from '../core/nlp/tokenize';

/**
 * The NLP engine for one run, loaded only when there is input to analyze, so that bad input is
 * told at once. The model is imported dynamically so that the bundle leaves it to Node, which
 * loads it from node_modules (see vite.cli.config.ts).
 */
export async function loadEngine(): Promise<NlpEngine> {
  const [{ createWinkEngine }, { default: model }] = await Promise.all([
    import('../core/nlp/wink-engine'),
    import('wink-eng-lite-web-model'),
  ]);
  return createWinkEngine(model);
}
