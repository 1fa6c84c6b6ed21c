import model from 'wink-eng-lite-web-model';
import { createWinkEngine } from './wink-engine';
import type { NlpEngine } from './tokenize';

let engine: NlpEngine | null = null;

/** The NLP engine with its model loaded eagerly: for the command line and tests. */
export function loadNlpEngine(): NlpEngine {
  engine ??= createWinkEngine(model);
  return engine;
}
