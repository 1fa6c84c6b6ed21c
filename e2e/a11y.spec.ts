import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { openStory } from './support/story';

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

const cases: { name: string; width: number; hash?: string; dark?: boolean }[] = [
  { name: 'aligned view at 1440 px', width: 1440 },
  { name: 'reading view at 1440 px', width: 1440, hash: '#view=reading' },
  { name: 'aligned view in dark mode', width: 1440, dark: true },
  { name: 'reading view in dark mode', width: 1440, hash: '#view=reading', dark: true },
  { name: 'aligned view at 390 px', width: 390 },
];

for (const c of cases) {
  test(`axe finds no serious or critical violation: ${c.name}`, async ({ page }) => {
    if (c.dark) await page.emulateMedia({ colorScheme: 'dark' });
    await page.setViewportSize({ width: c.width, height: 900 });
    await openStory(page, c.hash);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('axe finds no serious or critical violation: a chosen disagreement and the help dialog', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openStory(page);
  await page.keyboard.press('n');
  await page.keyboard.press('j');
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
