import { defineConfig, type Plugin } from 'vite';

/** A library's code with `edits` made, each found exactly as many times as it says, or `fail`. */
function applyEdits(
  code: string,
  edits: { from: string; to: string; times: number }[],
  fail: (message: string) => never,
): string {
  let edited = code;
  for (const { from, to, times } of edits) {
    const found = edited.split(from).length - 1;
    if (found !== times) fail(`"${from}" found ${found}×, not ${times}×`);
    edited = edited.replaceAll(from, to);
  }
  return edited;
}

/** Files of wink's English model package. */
const MODEL_FILES = /[\\/]node_modules[\\/]wink-eng-lite-web-model[\\/]dist[\\/]/;

/**
 * Edits to wink's model loader (`read-core-model.js`), each the text it replaces and how many
 * times it must be found. The loader deep-copies the model's JSON before preparing it, so that
 * it may run again: a command-line run builds one engine, so it prepares the JSON in place. It
 * decodes base64 a character at a time; Node's Buffer does it at once, to the same bytes. And it
 * indexes the 87,593 lexemes in an object with no prototype, one property each (40–50 ms); a Map
 * is built in half the time, behind a Proxy that answers the two things wink does with that
 * object, reading `hash[text]` and adding `hash[text] = index` (src/cache.js), the same way.
 */
const LEXEME_INDEX =
  'featuresData.lexeme.hash=Object.create(null);for(let k=0;k<featuresData.lexeme.list.length;' +
  'k+=1)featuresData.lexeme.hash[featuresData.lexeme.list[k]]=k;';
const LOADER_EDITS: { from: string; to: string; times: number }[] = [
  { from: 'JSON.parse(JSON.stringify(originalModel))', to: 'originalModel', times: 1 },
  { from: 'bufferFromBase64(model.', to: 'bytesFromBase64(model.', times: 2 },
  {
    from: LEXEME_INDEX,
    to: 'featuresData.lexeme.hash=mapIndex(featuresData.lexeme.list);',
    times: 1,
  },
];

const LOADER_HELPERS =
  'const bytesFromBase64 = (text) => { const bytes = Buffer.from(text, "base64"); ' +
  'return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength); };\n' +
  'const mapIndex = (list) => { const index = new Map(); ' +
  'for (let k = 0; k < list.length; k += 1) index.set(list[k], k); ' +
  'return new Proxy(Object.create(null), { get: (_, key) => index.get(key), ' +
  'set: (_, key, value) => { index.set(key, value); return true; } }); };\n';

/**
 * wink's language model as the command line loads it: its 3 MB of JSON stay files that Node
 * reads from node_modules when there is input to analyze (JSON.parse of a file costs less than
 * the same text as a string in the bundle); its code is bundled, with the loader's edits above.
 * Start-up figures: docs/decisions/0008-command-line-bundle.md.
 */
const winkModelForOneEngine: Plugin = {
  name: 'parallax:wink-model-for-one-engine',
  enforce: 'pre',
  resolveId(source, importer) {
    if (!importer || !MODEL_FILES.test(importer) || !source.endsWith('.json')) return null;
    return { id: `wink-eng-lite-web-model/dist/${source.replace(/^\.\//, '')}`, external: true };
  },
  transform(code, id) {
    if (!MODEL_FILES.test(id) || !id.endsWith('read-core-model.js')) return null;
    const edited = applyEdits(code, LOADER_EDITS, (message) =>
      this.error(`wink's model loader changed: ${message}`),
    );
    return `${LOADER_HELPERS}${edited}`;
  },
};

/** franc's module (franc-min/index.js), which the core's language check imports. */
const FRANC_MODULE = /[\\/]node_modules[\\/]franc-min[\\/]index\.js$/;

/**
 * Edits to franc's module, as above: at import it turns the trigrams of 82 languages into
 * lookup tables (5–10 ms of every start), which only an article that does not read as English
 * needs (src/core/ingest/language.ts). The loop that builds them becomes a function that
 * `francAll` calls the first time.
 */
const FRANC_EDITS: { from: string; to: string; times: number }[] = [
  {
    from: 'const numericData = {}\n\nfor (script in data) {',
    to: 'const numericData = {}\nlet numericDataBuilt = false\n\nfunction buildNumericData() {\nfor (script in data) {',
    times: 1,
  },
  {
    from: '\n\n/**\n * Get the most probable language for the given value.',
    to: '\n}\n\n/**\n * Get the most probable language for the given value.',
    times: 1,
  },
  {
    from: 'export function francAll(value, options = {}) {\n',
    to: 'export function francAll(value, options = {}) {\n  if (!numericDataBuilt) { numericDataBuilt = true; buildNumericData() }\n',
    times: 1,
  },
];

/** franc's language tables built on first use (FRANC_EDITS). */
const francTablesOnFirstUse: Plugin = {
  name: 'parallax:franc-tables-on-first-use',
  enforce: 'pre',
  transform(code, id) {
    if (!FRANC_MODULE.test(id)) return null;
    return applyEdits(code, FRANC_EDITS, (message) => this.error(`franc changed: ${message}`));
  },
};

/**
 * The command line built to plain JavaScript for Node (`dist-cli/analyze-body.cjs`, started by
 * `dist-cli/analyze.cjs` with V8's code cache: scripts/cli-entry.cjs), so that a run starts in
 * Node alone instead of compiling TypeScript first (tsx). scripts/analyze.mjs builds it when its
 * sources changed, then runs it. One CommonJS file (Node starts it 10–15 ms sooner than
 * an ES module): the core and its libraries are inlined, and what the CLI imports dynamically
 * stays lazy inside it.
 */
export default defineConfig({
  publicDir: false,
  logLevel: 'warn',
  plugins: [winkModelForOneEngine, francTablesOnFirstUse],
  build: {
    ssr: 'src/cli/analyze.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    reportCompressedSize: false,
    rolldownOptions: {
      output: { format: 'cjs', entryFileNames: 'analyze-body.cjs', codeSplitting: false },
    },
  },
  ssr: { target: 'node', noExternal: true },
});
