import { defineConfig } from 'vite';

/**
 * The command line built to plain JavaScript for Node (`dist-cli/analyze.mjs`), so that a run
 * starts in Node alone instead of compiling TypeScript first (tsx). scripts/analyze.mjs builds it
 * when its sources changed, then runs it. One file: the core and its libraries are inlined, and
 * the modules the CLI imports dynamically stay lazy inside it. wink's language model is left to
 * Node to load from node_modules: its 3 MB of JSON parse faster as a JSON file than as a string
 * in a bundle.
 */
export default defineConfig({
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: 'src/cli/analyze.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    reportCompressedSize: false,
    rolldownOptions: {
      output: { entryFileNames: 'analyze.mjs', codeSplitting: false },
    },
  },
  ssr: { target: 'node', noExternal: true, external: ['wink-eng-lite-web-model'] },
});
