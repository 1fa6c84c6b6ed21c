// Many sources: from four on, a picker chooses the columns drawn (kept in the address), only
// those are drawn, none is cut off; a 12-article story opens on a filled first screen.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import {
  FOUR_SOURCES,
  importStory,
  openShipped,
  SCREENS,
  twelveArticleStory,
  useScreen,
  viewButton,
} from './support/reading';
import { sourceColumns } from './support/story';

test.describe.configure({ timeout: 180_000 });

const picker = (page: Page) => page.locator('summary', { hasText: /^Sources shown: / });

/** Each drawn column: whether it lies wholly inside the view's scroller, side to side. */
function columnsInside(page: Page) {
  return page.locator('[data-view]').evaluate((view) => {
    const outer = view.getBoundingClientRect();
    return [...view.querySelectorAll('[data-column]')].map((c) => {
      const box = c.getBoundingClientRect();
      return box.left >= outer.left - 1 && box.right <= outer.right + 1;
    });
  });
}

/** Cells in sight in the aligned view, and how many of them hold text. */
function firstScreen(page: Page) {
  return page.locator('[data-view="aligned"]').evaluate((view) => {
    const outer = view.getBoundingClientRect();
    const cells = [...view.querySelectorAll('[data-fact-cell], [data-gap-cell]')].filter((c) => {
      const box = c.getBoundingClientRect();
      return (
        box.width > 0 &&
        box.bottom > outer.top &&
        box.top < Math.min(outer.bottom, innerHeight) &&
        getComputedStyle(c).display !== 'none'
      );
    });
    return {
      cells: cells.length,
      empty: cells.filter((c) => (c.textContent ?? '').trim() === '').length,
    };
  });
}

for (const screen of SCREENS.filter((s) => s.width >= 768)) {
  test(`four sources: the columns that fit, none cut off; the picker chooses them (${screen.name})`, async ({
    page,
  }) => {
    await useScreen(page, screen);
    await openShipped(page, FOUR_SOURCES, '#view=aligned');
    await expect(sourceColumns(page).first()).toBeVisible();
    const drawn = await sourceColumns(page).count();
    expect(drawn).toBeGreaterThanOrEqual(2);
    expect(await columnsInside(page)).toEqual(Array.from({ length: drawn }, () => true));
    await expect(picker(page)).toHaveText(new RegExp(`^Sources shown: ${drawn} of 4`));

    // Choosing another set: only those columns are drawn, and the address keeps them.
    await picker(page).click();
    const boxes = page
      .getByRole('group', { name: 'Sources shown side by side' })
      .getByRole('checkbox');
    await expect(boxes).toHaveCount(4);
    for (let c = 0; c < 4; c++) {
      const box = boxes.nth(c);
      const want = c === 1 || c === 3;
      if ((await box.isChecked()) !== want) await box.click();
    }
    await expect(page.locator('[data-column]')).toHaveCount(2);
    expect(
      await page
        .locator('[data-column]')
        .evaluateAll((cols) => cols.map((c) => c.getAttribute('data-column'))),
    ).toEqual(['1', '3']);
    expect(new URL(page.url()).hash).toContain('columns=1%2C3');
    await page.reload();
    await expect(page.locator('[data-column]')).toHaveCount(2, { timeout: 60_000 });
    await expect(picker(page)).toHaveText(/^Sources shown: 2 of 4/);
    // The last shown column cannot be unchecked.
    await picker(page).click();
    await boxes.nth(3).click();
    await expect(boxes.nth(1)).toBeDisabled();
    await expect(page.locator('[data-column]')).toHaveCount(1);
  });
}

test('a story of two sources has no picker', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openShipped(page, './', '#view=aligned');
  await expect(sourceColumns(page)).toHaveCount(2);
  await expect(picker(page)).toHaveCount(0);
});

test('a 12-article story opens on a filled first screen, its columns picked to fit', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await importStory(page, twelveArticleStory());
  await viewButton(page, 'Aligned').click();
  await expect(sourceColumns(page).first()).toBeVisible();
  const drawn = await sourceColumns(page).count();
  expect(drawn).toBeLessThan(12);
  await expect(page.locator('[data-column]')).toHaveCount(drawn);
  await expect(picker(page)).toHaveText(new RegExp(`^Sources shown: ${drawn} of 12`));
  expect(await columnsInside(page)).toEqual(Array.from({ length: drawn }, () => true));
  // The first screen is drawn at once: no cell in sight is empty.
  const first = await firstScreen(page);
  expect(first.cells).toBeGreaterThan(drawn);
  expect(first.empty).toBe(0);
  // All twelve, on request.
  await picker(page).click();
  const boxes = page
    .getByRole('group', { name: 'Sources shown side by side' })
    .getByRole('checkbox');
  for (let c = 0; c < 12; c++) if (!(await boxes.nth(c).isChecked())) await boxes.nth(c).click();
  await expect(page.locator('[data-column]')).toHaveCount(12);
});
