import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { publishedStories } from './scripts/stories/vite-plugin';

// index.html's Content-Security-Policy forbids inline scripts, which the dev server's hot reload
// injects: the policy is for the built app, so the dev server drops it.
const cspInBuildOnly = {
  name: 'parallax:csp-in-build-only',
  apply: 'serve' as const,
  transformIndexHtml: (html: string) =>
    html.replace(/\s*<meta\s+http-equiv="Content-Security-Policy"[\s\S]*?\/>/, ''),
};

// A relative base lets `dist/` be served from any static host under any sub-path;
// deep links live in the URL hash, so no server rewrites are needed.
export default defineConfig({
  base: './',
  plugins: [react(), tailwindcss(), cspInBuildOnly, publishedStories()],
  worker: { format: 'es' },
  build: { target: 'es2022', assetsInlineLimit: 0 },
  preview: { port: 4173, strictPort: false, host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
