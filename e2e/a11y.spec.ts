import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { openStory, waitForComparison } from './support/story';

// The machine may be busy: the first analysis loads a language model in the worker.
test.describe.configure({ timeout: 120_000 });

/** The serious and critical violations, in words, so a failure says what to fix. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}

/** A shipped story of four sources: it has the coverage matrix and the column picker. */
const FOUR_SOURCES = '?story=ecb%3A12-ecb';

const cases: { name: string; width: number; path?: string; hash?: string; dark?: boolean }[] = [];
for (const width of [1440, 390]) {
  for (const dark of [false, true]) {
    const at = `at ${width} px${dark ? ' in dark mode' : ''}`;
    cases.push(
      { name: `summary ${at}`, width, dark },
      { name: `aligned view ${at}`, width, hash: '#view=aligned', dark },
      { name: `reading view ${at}`, width, hash: '#view=reading', dark },
      { name: `summary of four sources ${at}`, width, path: FOUR_SOURCES, dark },
      { name: `matrix ${at}`, width, path: FOUR_SOURCES, hash: '#view=matrix', dark },
      {
        name: `grid of four sources ${at}`,
        width,
        path: FOUR_SOURCES,
        hash: '#view=aligned',
        dark,
      },
    );
  }
}

for (const c of cases) {
  test(`axe finds no serious or critical violation: ${c.name}`, async ({ page }) => {
    if (c.dark) await page.emulateMedia({ colorScheme: 'dark' });
    await page.setViewportSize({ width: c.width, height: 900 });
    await page.goto(`./${c.path ?? ''}${c.hash ?? ''}`);
    await waitForComparison(page);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('axe finds no serious or critical violation: a chosen sentence and its counterparts at 390 px', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openStory(page);
  await page.getByRole('button', { name: 'Show both sides in the articles' }).first().click();
  await expect(page.getByRole('group', { name: 'In the other sources' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('axe finds no serious or critical violation: a chosen disagreement and the help dialog', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openStory(page, '#view=aligned');
  await page.keyboard.press('n');
  await page.keyboard.press('j');
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
