import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import type { Page, TestInfo } from '@playwright/test';

/** The first run loads the language model in the worker: allow for a slow machine. */
export const ANALYSIS_TIMEOUT = 60_000;

/** The comparison's view, whichever it is (`data-view` names it). */
export function comparisonView(page: Page) {
  return page.locator('[data-view]');
}

/** Waits until a comparison is on screen, in whatever view (a story opens on its summary). */
export async function waitForComparison(page: Page): Promise<void> {
  await expect(comparisonView(page)).toBeVisible({ timeout: ANALYSIS_TIMEOUT });
}

/**
 * Opens the app (optionally at a hash) and waits until the comparison is on screen. A story
 * opens on its summary; `#view=aligned` (see `openAligned`) opens the articles side by side.
 */
export async function openStory(page: Page, hash = ''): Promise<void> {
  await page.goto(`./${hash}`);
  await waitForComparison(page);
}

/** Opens the seed story with its articles side by side (the aligned view), at `state` if given. */
export async function openAligned(page: Page, state = ''): Promise<void> {
  await openStory(page, `#view=aligned${state ? `&${state}` : ''}`);
  await expect(sourceColumns(page).first()).toBeVisible({ timeout: ANALYSIS_TIMEOUT });
}

/**
 * Shows the comparison on screen with its articles side by side (a story opens on its summary),
 * every source's column when `all` (from four sources on, the first ones that fit are shown).
 */
export async function showAligned(page: Page, all = false): Promise<void> {
  await waitForComparison(page);
  if (all) {
    await page.evaluate(() => {
      const params = new URLSearchParams(window.location.hash.replace(/^#/, ''));
      params.set('view', 'aligned');
      params.set('columns', 'all');
      window.location.hash = params.toString();
    });
  } else {
    const aligned = page.getByRole('group', { name: 'View' }).getByRole('button', {
      name: 'Aligned',
    });
    if ((await aligned.getAttribute('aria-pressed')) !== 'true') await aligned.click();
  }
  await expect(comparisonView(page)).toHaveAttribute('data-view', 'aligned');
}

/**
 * The column regions (one per source), in order. A column is known by its `data-column` index, not
 * by the sentences in it: in the aligned view a column's first rows may only refer to sentences
 * drawn further down.
 */
export function sourceColumns(page: Page) {
  return page.getByRole('region').and(page.locator('[data-column]'));
}

/**
 * Saves a screenshot both as a test attachment and under reports/screenshots/, so that people
 * reviewing a run can look at the page without opening the HTML report.
 */
export async function saveScreenshot(
  page: Page,
  testInfo: TestInfo,
  name: string,
  fullPage = false,
) {
  const directory = join(process.cwd(), 'reports', 'screenshots');
  mkdirSync(directory, { recursive: true });
  const path = join(directory, `${name}.png`);
  const body = await page.screenshot({ path, fullPage });
  await testInfo.attach(name, { body, contentType: 'image/png' });
}
