// The analysis under way, in the built app: its stages as the worker reports them, and the
// reader's Cancel — the comparison stops, says so, and runs again on request.
import { expect, test } from '@playwright/test';
import type { Page, Route } from '@playwright/test';
import { storyFileOf } from '../scripts/bench/story-file';
import { ANALYSIS_TIMEOUT, comparisonView, showAligned, sourceColumns } from './support/story';

// The machine may be busy: the first analysis loads a language model in the worker.
test.describe.configure({ timeout: 120_000 });

const MODEL_CHUNK = '**/assets/model-*.js';

/** Holds every request for the language model until `release` is called. */
async function holdModel(page: Page): Promise<() => void> {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(MODEL_CHUNK, async (route: Route) => {
    await released;
    await route.continue().catch(() => undefined);
  });
  return release;
}

const steps = (page: Page) => page.getByRole('status').getByRole('listitem');

test('the seed story: the stage is shown, Cancel stops the comparison, Compare again runs it', async ({
  page,
}) => {
  const releaseModel = await holdModel(page);
  await page.goto('./');
  await expect(page.getByRole('status').filter({ hasText: 'Comparing 2 articles' })).toBeVisible({
    timeout: ANALYSIS_TIMEOUT,
  });
  await expect(steps(page).filter({ hasText: 'Loading the articles' })).toContainText('done');
  await expect(steps(page).filter({ hasText: 'Loading the language model' })).toContainText(
    'in progress',
  );
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { name: 'Comparison cancelled' })).toBeVisible();
  await expect(page.getByText('The 2 articles were not compared.')).toBeVisible();
  releaseModel();
  // A cancelled comparison does not come back on its own.
  await page.waitForTimeout(1500);
  await expect(comparisonView(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'Compare again' }).click();
  await showAligned(page);
  await expect(sourceColumns(page)).toHaveCount(2);
});

/** An article of about `sentences` distinct sentences (a story of these passes 200,000 characters). */
function longArticle(outlet: string, sentences: number): string {
  const body = Array.from(
    { length: sentences },
    (_, i) =>
      `${outlet} reported that convoy ${i + 1} carried ${(i % 90) + 10} tonnes of grain to the port of Odesa on day ${(i % 28) + 1}.`,
  );
  return `Grain convoys reach the port, says ${outlet}\n\n${body.join(' ')}`;
}

test('a big imported story: articles are counted as they are read, and Cancel stops the worker', async ({
  page,
}) => {
  const inputs = ['Harbour Daily', 'Coastal Wire', 'Port Gazette'].map((outlet, i) => ({
    file: `report-${i + 1}.txt`,
    text: longArticle(outlet, 800),
  }));
  expect(inputs.reduce((sum, a) => sum + a.text.length, 0)).toBeGreaterThan(200_000);
  const workers: { closed: boolean }[] = [];
  page.on('worker', (worker) => {
    const seen = { closed: false };
    workers.push(seen);
    worker.on('close', () => (seen.closed = true));
  });

  await page.goto('./?stories');
  const button = page.getByRole('button', { name: 'Import a story file…' });
  const chooser = page.waitForEvent('filechooser');
  await button.click();
  await (
    await chooser
  ).setFiles({
    name: 'convoys.parallax.json',
    mimeType: 'application/json',
    buffer: Buffer.from(storyFileOf('Grain convoys', inputs)),
  });
  const reading = steps(page).filter({ hasText: 'Reading each article' });
  await expect(reading).toContainText(/\([12] of 3 read\) — in progress/, {
    timeout: ANALYSIS_TIMEOUT,
  });
  await expect(steps(page).filter({ hasText: 'Loading the language model' })).toContainText('done');
  expect(workers.filter((w) => !w.closed)).toHaveLength(1);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { name: 'Comparison cancelled' })).toBeVisible();
  // The worker busy with the big story is stopped, not left to finish.
  await expect.poll(() => workers.filter((w) => !w.closed).length).toBe(0);
  await expect(comparisonView(page)).toHaveCount(0);
  // The story itself is kept.
  await expect(page.getByText('3 articles', { exact: true })).toBeVisible();
});
