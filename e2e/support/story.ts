import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import type { Page, TestInfo } from '@playwright/test';

/** The first run loads the language model in the worker: allow for a slow machine. */
export const ANALYSIS_TIMEOUT = 60_000;

/**
 * Opens the app (optionally at a hash) and waits until the comparison is on screen: the first
 * source column is a labelled region.
 */
export async function openStory(page: Page, hash = ''): Promise<void> {
  await page.goto(`./${hash}`);
  await expect(page.getByRole('region').first()).toBeVisible({ timeout: ANALYSIS_TIMEOUT });
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
