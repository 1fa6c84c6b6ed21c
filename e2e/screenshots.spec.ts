import { expect, test } from '@playwright/test';
import { openStory, saveScreenshot } from './support/story';

// The machine may be busy: the first analysis loads a language model in the worker.
test.describe.configure({ timeout: 120_000 });

test.describe('screenshots', () => {
  test('aligned view at 1440 px', async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openStory(page);
    await saveScreenshot(page, testInfo, 'aligned-1440');
  });

  test('a chosen disagreement at 1440 px', async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openStory(page);
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
    await openStory(page);
    await saveScreenshot(page, testInfo, 'aligned-1440-dark');
  });

  test('aligned view at 390 px', async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openStory(page);
    await saveScreenshot(page, testInfo, 'aligned-390');
    await saveScreenshot(page, testInfo, 'aligned-390-full', true);
  });

  test('printed', async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 794, height: 1123 });
    await openStory(page);
    await page.emulateMedia({ media: 'print' });
    await saveScreenshot(page, testInfo, 'print', true);
  });
});
