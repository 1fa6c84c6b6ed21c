// The keyboard through a comparison: a skip link over the toolbar, one tab stop per column,
// the arrow and page keys inside it, the 10th fact within 30 key presses, focus always shown.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { focusShown, MANY_FACTS, openShipped, SCREENS, useScreen } from './support/reading';
import { sourceColumns } from './support/story';

test.describe.configure({ timeout: 120_000 });

/** The number of the fact row the focused sentence stands in, or null (between rows). */
function focusedFact(page: Page): Promise<number | null> {
  return page.evaluate(() => {
    const cell = document.activeElement?.closest('[data-fact-cell]');
    const ordinal = /Fact (\d+)/.exec(cell?.textContent ?? '')?.[1];
    return ordinal ? Number(ordinal) : null;
  });
}

/** Presses Tab until the link or button named `name` has focus, shown; gives the presses. */
async function tabTo(page: Page, name: string): Promise<number> {
  for (let presses = 1; presses <= 12; presses++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    if (focused === name) {
      expect((await focusShown(page)).ok, `${name} shown`).toBe(true);
      return presses;
    }
  }
  throw new Error(`Tab does not reach “${name}” in 12 presses`);
}

/** Presses a key and checks that the focused element shows its focus. */
async function press(page: Page, key: string) {
  await page.keyboard.press(key);
  const shown = await focusShown(page);
  expect(shown.ok, `focus shown after ${key} on ${shown.what}`).toBe(true);
}

for (const screen of SCREENS) {
  test(`the 10th fact within 30 key presses, focus shown at each (${screen.name})`, async ({
    page,
  }) => {
    await useScreen(page, screen);
    await openShipped(page, MANY_FACTS, '#view=aligned');
    await expect(sourceColumns(page).first()).toBeVisible();
    // Tab reaches the comparison's skip link (after the page's own and the masthead), shown
    // when it has focus.
    let presses = await tabTo(page, 'Skip to the articles');
    await press(page, 'Enter');
    presses += 1;
    const focused = page.locator(':focus');
    await expect(focused).toHaveAttribute('data-sentence-id', /.+/);
    // PageDown goes to the column's next fact row (a row the source does not report is passed).
    for (let at = await focusedFact(page); (at ?? 0) < 10;) {
      await press(page, 'PageDown');
      presses += 1;
      const next = await focusedFact(page);
      expect(next ?? 0, 'PageDown moves on to a later fact').toBeGreaterThan(at ?? 0);
      at = next;
      expect(presses).toBeLessThanOrEqual(30);
    }
    await expect(focused).toBeInViewport();
    // The arrow keys move inside the column, sentence by sentence.
    const id = await focused.getAttribute('data-sentence-id');
    await press(page, 'ArrowDown');
    await expect(focused).not.toHaveAttribute('data-sentence-id', id ?? '');
    await press(page, 'ArrowUp');
    await expect(focused).toHaveAttribute('data-sentence-id', id ?? '');
  });
}

test('Tab stops once per column drawn (and on the chosen sentence’s links), then leaves the grid', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openShipped(page, MANY_FACTS, '#view=aligned');
  const drawn = await sourceColumns(page).count();
  expect(drawn).toBeGreaterThan(1);
  await tabTo(page, 'Skip to the articles');
  await page.keyboard.press('Enter');
  // Where focus is: its column, and whether it is a sentence or one of the chosen one's links.
  const place = () =>
    page.evaluate(() => {
      const e = document.activeElement;
      return {
        column: e?.closest('[data-column]')?.getAttribute('data-column') ?? null,
        sentence: e?.hasAttribute('data-sentence-id') ?? false,
        tool: e?.closest('[data-sentence-tools]') !== null,
      };
    });
  const stops = [await place()];
  for (let k = 0; k < 40; k++) {
    await page.keyboard.press('Tab');
    const at = await place();
    if (at.column === null) break;
    stops.push(at);
    expect((await focusShown(page)).ok).toBe(true);
  }
  expect(stops.every((s) => s.sentence || s.tool)).toBe(true);
  const sentenceColumns = stops.filter((s) => s.sentence).map((s) => Number(s.column));
  expect(sentenceColumns).toEqual(Array.from({ length: drawn }, (_, c) => sentenceColumns[0]! + c));
  // Across columns, the arrow keys go level with the sentence: its row in the next column.
  await page.keyboard.press('Shift+Tab');
  while (!(await place()).sentence) await page.keyboard.press('Shift+Tab');
  const last = Number((await place()).column);
  await page.keyboard.press('ArrowLeft');
  expect(Number((await place()).column)).toBeLessThan(last);
  expect((await focusShown(page)).ok).toBe(true);
});

test('the summary is reached by the skip link too', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openShipped(page, MANY_FACTS);
  await tabTo(page, 'Skip to the summary');
  await page.keyboard.press('Enter');
  expect(
    await page.evaluate(() => document.activeElement?.closest('[data-view="summary"]') !== null),
  ).toBe(true);
  expect((await focusShown(page)).ok).toBe(true);
});

test('the matrix is reached by the skip link', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openShipped(page, MANY_FACTS, '#view=matrix');
  await tabTo(page, 'Skip to the matrix');
  await page.keyboard.press('Enter');
  await expect(page.locator(':focus')).toHaveText(/^Fact 1/);
  expect((await focusShown(page)).ok).toBe(true);
});
