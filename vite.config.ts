import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { publishedStories } from './scripts/stories/vite-plugin.ts';
import type { Plugin } from 'vite';
import { PAGE_POLICY, SECURITY_HEADERS, headersFile } from './scripts/security-headers.ts';
import { pageEndpoint } from './src/server/page-endpoint.ts';
import { winkModelInPlace } from './scripts/wink-model-in-place.ts';

// The built page carries the Content-Security-Policy in its <meta> element (for hosts that send
// no headers) and ships `_headers` for hosts that read it. The dev server's hot reload injects
// inline script, which the policy forbids: the dev server drops the element.
const CSP_META = /\s*<meta\s+http-equiv="Content-Security-Policy"[\s\S]*?\/>/;
const securityHeaders: Plugin = {
  name: 'parallax:security-headers',
  transformIndexHtml: (html, context) =>
    context.server ? html.replace(CSP_META, '') : html.replace('%PARALLAX_CSP%', PAGE_POLICY),
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile() });
  },
};

// "Add by address": the app's own servers (npm start runs vite preview) fetch pages for it.
const addByAddress = {
  name: 'parallax:add-by-address',
  configureServer: (server: {
    middlewares: { use: (fn: ReturnType<typeof pageEndpoint>) => void };
  }) => {
    server.middlewares.use(pageEndpoint());
  },
  configurePreviewServer: (server: {
    middlewares: { use: (fn: ReturnType<typeof pageEndpoint>) => void };
  }) => {
    server.middlewares.use(pageEndpoint());
  },
};

// Rolldown warns, with a coloured table, when JavaScript plugins take most of a build's time. Here
// that is the worker's own bundle (the core, the NLP model and the lexicon), which Vite builds
// inside one transform of the page's import of the worker: expected work, reported on every busy
// machine. `npm run bench` times what the reader waits for; the build's timings are not a check.
const quietTimings = { checks: { bundlerTimings: false } };

// A relative base lets `dist/` be served from any static host under any sub-path;
// deep links live in the URL hash, so no server rewrites are needed.
export default defineConfig({
  base: './',
  plugins: [react(), tailwindcss(), securityHeaders, publishedStories(), addByAddress],
  worker: { format: 'es', plugins: () => [winkModelInPlace], rolldownOptions: quietTimings },
  build: { target: 'es2022', assetsInlineLimit: 0, rolldownOptions: quietTimings },
  // `npm start` serves the build with vite preview: with the headers a static host would send.
  preview: { port: 4173, strictPort: false, host: '127.0.0.1', headers: { ...SECURITY_HEADERS } },
  server: { host: '127.0.0.1' },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
