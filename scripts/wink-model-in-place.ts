import type { Plugin } from 'vite';

/** wink's model loader in the `wink-eng-lite-web-model` package. */
const MODEL_LOADER =
  /[\\/]node_modules[\\/]wink-eng-lite-web-model[\\/]dist[\\/]read-core-model\.js$/;
/** The loader's deep copy of the model's JSON, made only so that the loader may run twice. */
const DEEP_COPY = 'JSON.parse(JSON.stringify(originalModel))';

/**
 * The analysis worker's build of wink's model loader: it prepares the model's JSON in place
 * instead of deep-copying it first (a stringify and a parse of 3 MB on the way to the first
 * analysis). A worker builds one engine (`src/workers/analysis.worker.ts`; a fresh worker
 * imports the model afresh), so the loader never runs twice on one copy. The command line's
 * build makes the same edit (`vite.cli.config.ts`). The build fails when wink's code no longer
 * holds the copy exactly once.
 */
export const winkModelInPlace: Plugin = {
  name: 'parallax:wink-model-in-place',
  enforce: 'pre',
  transform(code, id) {
    if (!MODEL_LOADER.test(id)) return null;
    const found = code.split(DEEP_COPY).length - 1;
    if (found !== 1)
      this.error(`wink's model loader changed: "${DEEP_COPY}" found ${found}×, not 1×`);
    return code.replace(DEEP_COPY, 'originalModel');
  },
};
