import { expect, test } from '@playwright/test';
import { openStory, waitForComparison } from './support/story';

// The machine may be busy: the first analysis loads a language model in the worker.
test.describe.configure({ timeout: 120_000 });

test('shows what it is doing while the articles load and while they are compared', async ({
  page,
}) => {
  let releaseArticles: () => void = () => undefined;
  const articlesHeld = new Promise<void>((resolve) => {
    releaseArticles = resolve;
  });
  await page.route('**/assets/*.txt', async (route) => {
    await articlesHeld;
    await route.continue();
  });
  let releaseModel: () => void = () => undefined;
  const modelHeld = new Promise<void>((resolve) => {
    releaseModel = resolve;
  });
  await page.route('**/assets/model-*.js', async (route) => {
    await modelHeld;
    await route.continue();
  });

  await page.goto('./');
  await expect(page.getByRole('status').filter({ hasText: 'Opening the story' })).toBeVisible();
  releaseArticles();
  await expect(page.getByRole('status').filter({ hasText: 'Comparing 2 articles' })).toBeVisible();
  releaseModel();
  await waitForComparison(page);
  await expect(page.getByRole('heading', { name: /^Only in / })).toHaveCount(2);
});

test('says which article failed to load and recovers with Try again', async ({ page }) => {
  await page.route('**/assets/003_*.txt', (route) =>
    route.fulfill({ status: 500, body: 'unavailable' }),
  );
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The articles could not be loaded');
  await expect(alert).toContainText(/Could not load 003_98415ab34e40d7b9\.txt \(HTTP 500\)/);
  await page.unroute('**/assets/003_*.txt');
  await alert.getByRole('button', { name: 'Try again' }).click();
  await waitForComparison(page);
  await expect(page.getByRole('heading', { name: /^Only in / })).toHaveCount(2);
});

test('says when the comparison cannot be computed and recovers with Try again', async ({
  page,
}) => {
  await page.route('**/assets/model-*.js', (route) => route.abort());
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The comparison could not be computed', { timeout: 60_000 });
  await page.unroute('**/assets/model-*.js');
  await alert.getByRole('button', { name: 'Try again' }).click();
  await openStory(page);
  await expect(page.getByRole('heading', { name: /^Only in / })).toHaveCount(2);
});
