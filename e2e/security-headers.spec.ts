// The headers the app is served with: `npm start` runs `vite preview` with the project's
// config, as the end-to-end server does, and the build ships them in `dist/_headers` for static
// hosts that read that file (Netlify, Cloudflare Pages).
import { readFileSync } from 'node:fs';
import { expect, test, type APIResponse } from '@playwright/test';
import { preview } from 'vite';
import { freePort } from '../scripts/bench/preview-server';
import { SECURITY_HEADERS } from '../scripts/security-headers';

const repoRoot = new URL('../', import.meta.url).pathname;
const outDir = process.env.PARALLAX_E2E_DIST ?? 'dist';

function expectSecurityHeaders(response: APIResponse, what: string): void {
  const headers = response.headers();
  expect(headers['content-security-policy'], what).toContain("frame-ancestors 'none'");
  expect(headers['content-security-policy'], what).toContain("script-src 'self'");
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['referrer-policy'], what).toBe('no-referrer');
}

test.describe('security headers', () => {
  test('the build ships them in _headers for every path', () => {
    const file = readFileSync(`${outDir}/_headers`, 'utf8');
    const lines = file.split('\n');
    expect(lines[0]).toBe('/*');
    expect(lines).toContain(
      `  Content-Security-Policy: ${SECURITY_HEADERS['Content-Security-Policy'] ?? ''}`,
    );
    expect(lines).toContain('  X-Content-Type-Options: nosniff');
    expect(lines).toContain('  Referrer-Policy: no-referrer');
    expect(file).toContain("frame-ancestors 'none'");
  });

  test('the server sends them with the page, its scripts and its icon', async ({ request }) => {
    const page = await request.get('./');
    expect(page.ok()).toBe(true);
    expectSecurityHeaders(page, 'the page');
    const html = await page.text();
    const script = /<script[^>]*\ssrc="\.?\/?(assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script, 'a script of the page').toBeTruthy();
    expectSecurityHeaders(await request.get(`./${script ?? ''}`), 'a script');
    expectSecurityHeaders(await request.get('./favicon.svg'), 'the icon');
  });

  test('npm start serves them: vite preview with the project config, on a free port', async ({
    playwright,
  }) => {
    const port = await freePort(4620);
    const server = await preview({
      root: repoRoot,
      logLevel: 'error',
      build: { outDir },
      preview: { port, strictPort: true, host: '127.0.0.1', open: false },
    });
    const context = await playwright.request.newContext();
    try {
      const response = await context.get(`http://127.0.0.1:${port}/`);
      expect(response.status()).toBe(200);
      expectSecurityHeaders(response, 'npm start');
    } finally {
      await context.dispose();
      await server.close();
    }
  });
});
