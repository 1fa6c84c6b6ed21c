// The browser section of `npm run bench`: builds the app, serves it with `vite preview`, and
// times it in Chromium through Playwright — the first bundle's size, a cold load of the seed
// story, the main thread while a 12-article story is imported and analysed, and the largest
// stories (12 × 150 KB) imported once each with the page's peak memory.
import { loadavg, platform } from 'node:os';
import { chromium, type Browser } from '@playwright/test';
import { chromiumLaunchOptions } from '../../playwright.config';
import { importRun, scrollRun, seedRun, VIEWPORT } from './browser-runs';
import { measureBundle } from './first-bundle';
import { segmentationFloor, summarize } from './measure';
import { startPreview } from './preview-server';
import { newRendererPeakMb, rendererPids } from './process-memory';
import { buildLargeStory, buildStory, LARGE_STORIES } from './stories';
import { storyFileOf } from './story-file';
import type { BrowserSection, ImportRun, ScrollRun, SeedRun } from './types';

/** How many fresh contexts each scenario runs in, and how long one may take. */
export type BrowserPlan = {
  seedRuns: number;
  importRuns: number;
  scrollRuns: number;
  timeoutMs: number;
  port: number;
  /** Import each of the largest stories once (minutes each), allowing this long, ms; 0: skip. */
  largeTimeoutMs: number;
};

/**
 * The default plan: 5 cold seed loads, 3 imports of the 12-article story, 3 scrolls of it, the
 * largest stories once.
 */
export const DEFAULT_BROWSER_PLAN: BrowserPlan = {
  seedRuns: 5,
  importRuns: 3,
  scrollRuns: 3,
  timeoutMs: 120_000,
  port: 4460,
  largeTimeoutMs: 300_000,
};

/** Runs `task`, or records why it failed and gives null. */
async function attempt<T>(
  what: string,
  errors: string[],
  task: () => Promise<T>,
): Promise<T | null> {
  try {
    return await task();
  } catch (error) {
    errors.push(`${what}: ${(error as Error).message.split('\n')[0] ?? ''}`);
    return null;
  }
}

/**
 * Measures the browser section. `log` gets progress lines. A measurement that fails is
 * recorded in `errors` and the others still run.
 */
export async function measureBrowser(
  plan: BrowserPlan = DEFAULT_BROWSER_PLAN,
  log: (line: string) => void = () => {},
): Promise<BrowserSection> {
  const loadAverage = platform() === 'win32' ? null : loadavg();
  const errors: string[] = [];
  const section: BrowserSection = {
    environment: 'browser',
    runtime: 'Chromium (not started)',
    loadAverage,
    bundle: null,
    seed: null,
    bigStory: null,
    largeStories: [],
    scroll: null,
    errors,
  };
  const server = await attempt('build and preview', errors, () => startPreview(plan.port));
  if (!server) return section;
  let browser: Browser | null = null;
  try {
    log(`… built into ${server.outDir}, serving ${server.url}`);
    section.bundle = await attempt('bundle sizes', errors, () =>
      Promise.resolve(measureBundle(server.outDir)),
    );
    browser = await chromium.launch({ ...chromiumLaunchOptions, headless: true });
    section.runtime = `Chromium ${browser.version()} (headless), viewport ${VIEWPORT.width}×${VIEWPORT.height}, vite preview`;

    const seedRuns: SeedRun[] = [];
    for (let i = 0; i < plan.seedRuns; i++) {
      const run = await attempt(`seed story, run ${i + 1}`, errors, () =>
        seedRun(browser as Browser, server.url, plan.timeoutMs),
      );
      if (run) seedRuns.push(run);
      log(
        `… seed story, cold load ${i + 1}: ${run ? `${run.highlightedMs.toFixed(0)} ms` : 'failed'}`,
      );
    }
    if (seedRuns.length > 0)
      section.seed = {
        runs: seedRuns,
        highlighted: summarize(seedRuns.map((r) => r.highlightedMs)),
      };

    const inputs = buildStory('corpus-12').inputs;
    const label = 'corpus: 12 largest articles';
    if (inputs.length < 12)
      throw new Error(`the corpus story has ${inputs.length} articles, not 12`);
    const file = { name: 'bench-corpus-12.parallax.json', text: storyFileOf(label, inputs) };
    const importRuns: ImportRun[] = [];
    for (let i = 0; i < plan.importRuns; i++) {
      const result = await attempt(`12-article import, run ${i + 1}`, errors, () =>
        importRun(browser as Browser, server.url, file, plan.timeoutMs),
      );
      if (result) importRuns.push(result.run);
      const longest = result?.run.longTasks[0]?.duration ?? 0;
      log(
        `… 12-article import ${i + 1}: ${result ? `${result.run.windowMs.toFixed(0)} ms, longest task ${longest.toFixed(0)} ms` : 'failed'}`,
      );
    }
    const traced = await attempt('12-article import, traced', errors, () =>
      importRun(browser as Browser, server.url, file, plan.timeoutMs, true),
    );
    log(`… 12-article import, traced: ${traced ? 'done' : 'failed'}`);
    section.bigStory = {
      label,
      articles: inputs.length,
      words: segmentationFloor(inputs).words,
      runs: importRuns,
      traced: traced?.traced ?? null,
    };

    if (plan.largeTimeoutMs > 0) {
      for (const large of LARGE_STORIES) {
        const inputs = buildLargeStory(large.id);
        const story = {
          name: `bench-${large.id}.parallax.json`,
          text: storyFileOf(large.label, inputs),
        };
        const before = new Set(rendererPids());
        const result = await attempt(large.label, errors, () =>
          importRun(browser as Browser, server.url, story, plan.largeTimeoutMs, false, () =>
            newRendererPeakMb(before),
          ),
        );
        section.largeStories.push({
          id: large.id,
          label: large.label,
          articles: inputs.length,
          chars: inputs.reduce((sum, a) => sum + a.text.length, 0),
          words: segmentationFloor(inputs).words,
          run: result?.run ?? null,
        });
        log(
          `… ${large.id}: ${result ? `${result.run.windowMs.toFixed(0)} ms, longest task ${(result.run.longTasks[0]?.duration ?? 0).toFixed(0)} ms, peak ${result.run.peakRendererMb?.toFixed(0) ?? '?'} MB` : 'failed'}`,
        );
      }
    }
    const scrollRuns: ScrollRun[] = [];
    for (let i = 0; i < plan.scrollRuns; i++) {
      const run = await attempt(`12-article scroll, run ${i + 1}`, errors, () =>
        scrollRun(browser as Browser, server.url, file, plan.timeoutMs),
      );
      if (run) scrollRuns.push(run);
      log(
        `… 12-article scroll ${i + 1}: ${run ? `${run.distancePx} px in ${run.scrollMs.toFixed(0)} ms, longest task ${(run.longTasks[0]?.duration ?? 0).toFixed(0)} ms` : 'failed'}`,
      );
    }
    section.scroll = scrollRuns.length > 0 ? { runs: scrollRuns } : null;
  } catch (error) {
    errors.push(`browser: ${(error as Error).message.split('\n')[0] ?? ''}`);
  } finally {
    await browser?.close();
    await server.close();
  }
  return section;
}
