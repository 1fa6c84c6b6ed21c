import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.PARALLAX_E2E_PORT ?? 4317);
/** The fixture site "Add by address" fetches from (scripts/fixture-site.mjs). */
export const fixturePort = Number(process.env.PARALLAX_E2E_FIXTURE_PORT ?? port + 1);
/** The built app to serve (`dist/` unless set), so two builds can be tested side by side. */
const outDir = process.env.PARALLAX_E2E_DIST ?? 'dist';

/** Playwright cannot download browsers here: it drives the system's Chromium. */
export const chromiumLaunchOptions = {
  executablePath: process.env.PARALLAX_CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
  ],
};

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'reports/e2e-artifacts',
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: [
    ['list'],
    ['html', { outputFolder: 'reports/e2e-html', open: 'never' }],
    ['json', { outputFile: 'reports/e2e-results.json' }],
  ],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions },
    },
  ],
  webServer: [
    {
      // The app's server reaches the fixture site under names ending in .fixture.test.
      command: `npx vite preview --outDir ${outDir} --port ${port} --strictPort --host 127.0.0.1`,
      env: { PARALLAX_FIXTURE_SITE: '1' },
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `node scripts/fixture-site.mjs ${fixturePort}`,
      url: `http://127.0.0.1:${fixturePort}/news/kestrel-bridge.html`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
