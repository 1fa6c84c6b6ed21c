import { expect, test } from '@playwright/test';
import { openStory, saveScreenshot, waitForComparison } from './support/story';

// The machine may be busy: the first analysis loads a language model in the worker.
test.describe.configure({ timeout: 120_000 });

/** A shipped story of four sources: it has the coverage matrix and the column picker. */
const FOUR_SOURCES = './?story=ecb%3A12-ecb';

test.describe('screenshots', () => {
  test('summary at 1440 px', async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openStory(page);
    await saveScreenshot(page, testInfo, 'summary-1440');
  });

  test('summary in dark mode at 1440 px', async ({ page }, testInfo) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.setViewportSize({ width: 1440, height: 900 });
    await openStory(page);
    await saveScreenshot(page, testInfo, 'summary-1440-dark');
  });

  test('summary of four sources, and the coverage matrix, at 1440 px', async ({
    page,
  }, testInfo) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(FOUR_SOURCES);
    await waitForComparison(page);
    await saveScreenshot(page, testInfo, 'summary-four-sources-1440');
    await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Matrix' }).click();
    await expect(page.getByRole('grid', { name: /which source reports which fact/ })).toBeVisible();
    await saveScreenshot(page, testInfo, 'matrix-1440');
    await page.emulateMedia({ colorScheme: 'dark' });
    await saveScreenshot(page, testInfo, 'matrix-1440-dark');
  });

  test('aligned view at 1440 px', async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openStory(page, '#view=aligned');
    await saveScreenshot(page, testInfo, 'aligned-1440');
  });

  test('a chosen disagreement at 1440 px', async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openStory(page, '#view=aligned');
    await page.keyboard.press('n');
    await expect(page.locator('mark[data-active="true"]').first()).toBeInViewport();
    await page.waitForTimeout(600); // let the smooth scroll settle
    await saveScreenshot(page, testInfo, 'disagreement-1440');
  });

  test('reading view at 1440 px', async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openStory(page, '#view=reading');
    await saveScreenshot(page, testInfo, 'reading-1440');
  });

  test('dark mode at 1440 px', async ({ page }, testInfo) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.setViewportSize({ width: 1440, height: 900 });
    await openStory(page, '#view=aligned');
    await saveScreenshot(page, testInfo, 'aligned-1440-dark');
  });

  test('phone view at 390 px: the summary, a disagreement with both sides, the grid', async ({
    page,
  }, testInfo) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openStory(page);
    await saveScreenshot(page, testInfo, 'summary-390');
    await page.getByRole('button', { name: 'Show both sides in the articles' }).first().click();
    const sides = page.getByRole('group', { name: 'In the other sources' });
    await expect(sides).toBeVisible();
    await sides.scrollIntoViewIfNeeded();
    await page.waitForTimeout(600); // let the smooth scroll settle
    await saveScreenshot(page, testInfo, 'phone-disagreement-390');
    await page.emulateMedia({ colorScheme: 'dark' });
    await saveScreenshot(page, testInfo, 'phone-disagreement-390-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await openStory(page, '#view=aligned');
    await saveScreenshot(page, testInfo, 'aligned-390');
    await saveScreenshot(page, testInfo, 'aligned-390-full', true);
  });

  test('printed', async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 794, height: 1123 });
    await openStory(page, '#view=aligned');
    await page.emulateMedia({ media: 'print' });
    await saveScreenshot(page, testInfo, 'print', true);
  });
});
