// Between the aligned versions of a fact, the marks a reader can trust: by default only what
// differs in substance (figures, names, dates, negations); the whole word diff on request.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { SCREENS, useScreen } from './support/reading';
import { openAligned } from './support/story';

test.describe.configure({ timeout: 120_000 });

/** What a mark of substance may cover: a figure, a capitalised name, a date or a negation. */
const SUBSTANCE =
  /\d|\p{Lu}|^(no|not|never|nor|none|nobody|nothing|neither|nowhere|without|cannot|den(y|ies|ied|ying))$|n['’]t$|^(yesterday|today|tomorrow|tonight)$|^(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|dozen)\b/iu;

/** The kinds of the marks drawn in the sentences, and the texts of the `differs` ones. */
async function marks(page: Page) {
  const all = page.locator('[data-sentence-id] mark[data-kind]');
  await expect(all.first()).toBeAttached();
  return all.evaluateAll((nodes) =>
    nodes.map((n) => ({ kind: n.getAttribute('data-kind') ?? '', text: n.textContent ?? '' })),
  );
}

const marksControl = (page: Page) => page.getByRole('combobox', { name: 'Marks' });

for (const screen of SCREENS) {
  test(`marks only differences in substance by default, the word diff on request (${screen.name})`, async ({
    page,
  }) => {
    await useScreen(page, screen);
    await openAligned(page);
    await expect(marksControl(page)).toHaveValue('substance');
    if (screen.width < 768) {
      // One source at a time: read both.
      const found = [...(await marks(page))];
      await page
        .getByRole('group', { name: 'Source shown' })
        .getByRole('button', { name: 'DW' })
        .click();
      await expect(page.getByRole('region', { name: 'DW', exact: true })).toBeVisible();
      found.push(...(await marks(page)));
      expect(found.filter((m) => m.kind === 'differs').length).toBeGreaterThan(0);
    }
    const substance = await marks(page);
    const kinds = new Set(substance.map((m) => m.kind));
    expect(kinds.has('agree'), 'no mark of shared words').toBe(false);
    expect(kinds.has('unique'), 'no mark of every word one version adds').toBe(false);
    const differs = substance.filter((m) => m.kind === 'differs');
    if (screen.width >= 768) expect(differs.length).toBeGreaterThan(0);
    for (const mark of differs)
      expect(mark.text, 'a figure, name, date or negation').toMatch(SUBSTANCE);
    const first = page.locator('[data-sentence-id] mark[data-kind="differs"]').first();
    if ((await first.count()) > 0) await expect(first).toHaveAccessibleDescription(/^Differs: /);

    await marksControl(page).selectOption('words');
    await expect
      .poll(async () => new Set((await marks(page)).map((m) => m.kind)).has('agree'))
      .toBe(true);
    expect((await marks(page)).some((m) => m.kind === 'differs')).toBe(false);

    await marksControl(page).selectOption('off');
    await expect
      .poll(async () => [...new Set((await marks(page)).map((m) => m.kind))].sort())
      .toEqual(expect.arrayContaining(['conflict']));
    const left = new Set((await marks(page)).map((m) => m.kind));
    for (const kind of ['agree', 'unique', 'differs']) expect(left.has(kind)).toBe(false);
  });
}

test('the reading view marks disagreements only, whatever the aligned view marks', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openAligned(page);
  await page.getByRole('button', { name: 'Reading' }).click();
  const kinds = new Set((await marks(page)).map((m) => m.kind));
  expect([...kinds].every((k) => k === 'conflict' || k === 'partial')).toBe(true);
});
