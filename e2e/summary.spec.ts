// A story opens on its readers' summary: what the sources dispute, who reports which fact
// (three sources or more: the coverage matrix), what only one source reports; the aligned grid
// is one click away; every story exports its analysis and a report that opens the same way.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { FOUR_SOURCES, openShipped, SCREENS, useScreen, viewButton } from './support/reading';
import { openStory, sourceColumns } from './support/story';

test.describe.configure({ timeout: 120_000 });

const disputes = (page: Page) => page.getByRole('region', { name: /^What the sources dispute/ });

for (const screen of SCREENS) {
  test.describe(`at ${screen.name}`, () => {
    test.beforeEach(async ({ page }) => useScreen(page, screen));

    test('the story opens on what the sources dispute: each value, who says it, which source', async ({
      page,
    }) => {
      await openStory(page);
      await expect(viewButton(page, 'Summary')).toHaveAttribute('aria-pressed', 'true');
      expect(new URL(page.url()).hash).toBe('');
      const troops = disputes(page)
        .getByRole('listitem')
        .filter({ has: page.getByRole('heading', { name: /100,000.*40,000/ }) });
      await expect(troops).toBeVisible();
      await expect(troops).toContainText('100,000 according to Kyiv · DW');
      await expect(troops).toContainText('40,000 according to US officials · DW');
      // Each side's sentence, its value marked as disputed.
      await expect(troops.locator('mark[data-kind="conflict"]')).toHaveText(['100,000', '40,000']);
      await expect(disputes(page).getByRole('heading', { level: 3 })).toHaveCount(2);
    });

    test('what only one source reports, per source', async ({ page }) => {
      await openStory(page);
      const only = page.getByRole('region', { name: 'What only one source reports' });
      for (const source of ['Coinspeaker', 'DW']) {
        const list = only.getByRole('region', { name: new RegExp(`^Only in ${source} · \\d+`) });
        await expect(list).toBeVisible();
        await expect(list.getByRole('button').first()).toBeVisible();
      }
      // A passage opens in the aligned grid, chosen and in view, in its own column.
      const dw = only.getByRole('region', { name: /^Only in DW/ });
      const passage = dw.getByRole('listitem').first();
      const text = ((await passage.textContent()) ?? '').trim();
      await passage.getByRole('button').click();
      await expect(viewButton(page, 'Aligned')).toHaveAttribute('aria-pressed', 'true');
      const chosen = page.locator('[data-sentence-id][data-selected]');
      await expect(chosen).toHaveText(text);
      await expect(chosen).toBeInViewport();
      await expect(chosen).toBeFocused();
    });

    test('the aligned grid is one click below, and a dispute opens at both sides', async ({
      page,
    }) => {
      await openStory(page);
      await viewButton(page, 'Aligned').click();
      await expect(sourceColumns(page).first()).toBeVisible();
      expect(new URL(page.url()).hash).toBe('#view=aligned');
      await viewButton(page, 'Summary').click();
      await disputes(page)
        .getByRole('listitem')
        .filter({ hasText: '100,000' })
        .getByRole('button', { name: 'Show both sides in the articles' })
        .click();
      await expect(viewButton(page, 'Aligned')).toHaveAttribute('aria-pressed', 'true');
      const active = page.locator('[data-sentence-id] mark[data-active="true"]');
      await expect(active.first()).toBeInViewport();
    });

    test('three sources or more: the summary has the coverage matrix, the matrix view all of it', async ({
      page,
    }) => {
      await openShipped(page, FOUR_SOURCES);
      await expect(viewButton(page, 'Matrix')).toBeVisible();
      const digest = page.getByRole('grid', { name: 'Coverage of the first shared facts' });
      await expect(digest).toBeVisible();
      await expect(digest.getByRole('columnheader')).toHaveText([
        'Shared fact',
        '12_10ecb',
        '12_11ecb',
        '12_12ecb',
        '12_19ecb',
      ]);
      // Every cell says one of three things.
      const cells = digest.locator('td[data-state]');
      const states = await cells.evaluateAll((tds) =>
        tds.map((td) => td.getAttribute('data-state')),
      );
      expect(states.length).toBe(4 * (await digest.locator('tbody tr').count()));
      expect(new Set(states)).toEqual(new Set(['reports', 'differs', 'absent']));
      await expect(
        digest.getByRole('button', { name: /reports it differently \(/ }).first(),
      ).toBeVisible();
      await expect(digest.getByRole('img', { name: /: not reported$/ }).first()).toBeAttached();

      await page.getByRole('button', { name: /^All \d+ facts in the matrix$/ }).click();
      await expect(viewButton(page, 'Matrix')).toHaveAttribute('aria-pressed', 'true');
      const matrix = page.getByRole('grid', { name: 'Coverage: which source reports which fact' });
      const rows = matrix.locator('tbody tr');
      expect(await rows.count()).toBeGreaterThan(8);
      // Numbered as the aligned grid numbers them.
      const ordinals = await rows.evaluateAll((trs) =>
        trs.map((tr) => Number(tr.getAttribute('data-coverage-fact'))),
      );
      expect(ordinals).toEqual(ordinals.map((_, i) => i + 1));

      // A cell opens that source's sentence of that fact in the aligned grid.
      const cell = matrix
        .locator('td[data-state="reports"]')
        .getByRole('button', { name: /^12_12ecb, fact \d+: reports it$/ })
        .nth(1);
      const fact = /, fact (\d+):/.exec((await cell.getAttribute('aria-label')) ?? '')?.[1];
      await cell.click();
      await expect(viewButton(page, 'Aligned')).toHaveAttribute('aria-pressed', 'true');
      const chosen = page.locator('[data-sentence-id][data-selected]');
      await expect(chosen).toBeInViewport();
      // In that source's column; in that fact's row, or in the row it is shown with.
      const place = await chosen.evaluate((e) => ({
        column: e.closest('[data-column]')?.getAttribute('data-column'),
        fact: /Fact (\d+)/.exec(e.closest('[data-fact-cell]')?.textContent ?? '')?.[1],
      }));
      expect(place.column).toBe('2');
      const references = page.locator(
        `[data-fact-cell] [data-refers-to="${(await chosen.getAttribute('data-sentence-id')) ?? ''}"]`,
      );
      if (place.fact !== fact) await expect(references).not.toHaveCount(0);
    });
  });
}

test('two sources have no matrix; the views come from one registry', async ({ page }) => {
  await openStory(page);
  await expect(page.getByRole('group', { name: 'View' }).getByRole('button')).toHaveText([
    'Summary',
    'Aligned',
    'Reading',
  ]);
  await expect(page.getByRole('grid')).toHaveCount(0);
  // A link to the matrix of a two-source story opens its summary.
  await openStory(page, '#view=matrix');
  await expect(viewButton(page, 'Summary')).toHaveAttribute('aria-pressed', 'true');
  await openShipped(page, FOUR_SOURCES);
  await expect(page.getByRole('group', { name: 'View' }).getByRole('button')).toHaveText([
    'Summary',
    'Matrix',
    'Aligned',
    'Reading',
  ]);
});

/** Clicks an export button and gives the downloaded file's name and text. */
async function download(page: Page, button: string) {
  const started = page.waitForEvent('download');
  await page.getByRole('group', { name: 'Export' }).getByRole('button', { name: button }).click();
  const file = await started;
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

test('every story exports, the sample story included; the report opens with a readers’ summary', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openStory(page);
  const json = await download(page, 'Analysis JSON');
  expect(json.name).toMatch(/\.analysis\.json$/);
  expect((JSON.parse(json.text) as { articles: unknown[] }).articles).toHaveLength(2);
  const report = await download(page, 'Markdown report');
  expect(report.name).toMatch(/\.report\.md$/);
  const text = report.text;
  expect(text.startsWith('# Kerry and Lavrov meet in Paris\n')).toBe(true);
  const brief = text.indexOf('## In brief');
  expect(brief).toBeGreaterThan(0);
  expect(brief).toBeLessThan(text.indexOf('## Sources'));
  expect(text).toContain('### What the sources dispute');
  expect(text).toContain('100,000 according to Kyiv (DW); 40,000 according to US officials (DW)');
  expect(text).toContain('### What only one source reports');
  expect(text).toMatch(/- \*\*DW\*\* \(\d+ passages\): “/);

  // A shipped story of four sources: the same summary, with who reports what.
  await openShipped(page, FOUR_SOURCES);
  const shipped = await download(page, 'Markdown report');
  expect(shipped.text).toContain('### Who reports what');
  expect(shipped.text).toContain('| Fact | 12\\_10ecb | 12\\_11ecb | 12\\_12ecb | 12\\_19ecb |');
});
