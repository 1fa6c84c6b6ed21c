// On a phone, one source at a time: a disagreement shows both sides, any sentence shows what the
// other sources say of it; previous and next buttons on every screen; a sentence's controls
// take no room in the text until it is chosen.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { SCREENS, useScreen, viewButton } from './support/reading';
import { openAligned, openStory } from './support/story';

test.describe.configure({ timeout: 120_000 });

const PHONES = SCREENS.filter((s) => s.width < 768);

const shownSource = (page: Page) =>
  page.getByRole('group', { name: 'Source shown' }).getByRole('button', { pressed: true });

const stepButton = (page: Page, name: string) =>
  page
    .getByRole('group', { name: 'Step through the story' })
    .getByRole('button', { name, exact: true });

/** The fact row number of the focused sentence, or null. */
function focusedFact(page: Page): Promise<number | null> {
  return page.evaluate(() => {
    const cell = document.activeElement?.closest('[data-fact-cell]');
    const ordinal = /Fact (\d+)/.exec(cell?.textContent ?? '')?.[1];
    return ordinal ? Number(ordinal) : null;
  });
}

for (const screen of PHONES) {
  test.describe(`at ${screen.name}`, () => {
    test.beforeEach(async ({ page }) => useScreen(page, screen));

    test('a disagreement shows both sides, whichever source was shown', async ({ page }) => {
      await openAligned(page);
      await page
        .getByRole('group', { name: 'Source shown' })
        .getByRole('button', { name: 'Coinspeaker' })
        .click();
      await expect(shownSource(page)).toHaveText('Coinspeaker');
      await stepButton(page, 'Next Disagreement').click();
      // Both figures of the troop dispute are printed by DW: it is shown, one side in its
      // text and the other under it.
      await expect(shownSource(page)).toHaveText('DW');
      const side = page.locator('[data-sentence-id] mark[data-active="true"]').first();
      await expect(side).toBeInViewport();
      const other = page.getByRole('group', { name: 'In the other sources' });
      await expect(other).toBeVisible();
      await expect(other).toContainText('Other side, in DW');
      const figures = [
        ...(await side.allTextContents()),
        ...(await other.locator('mark[data-kind="conflict"]').allTextContents()),
      ];
      expect(figures.sort()).toEqual(['100,000', '40,000']);
      await expect(other.locator('mark[data-kind="conflict"]').first()).toBeInViewport();
    });

    test('a disagreement chosen in the summary opens at both sides', async ({ page }) => {
      await openStory(page);
      await page.getByRole('button', { name: 'Show both sides in the articles' }).first().click();
      await expect(viewButton(page, 'Aligned')).toHaveAttribute('aria-pressed', 'true');
      await expect(
        page.locator('[data-sentence-id] mark[data-active="true"]').first(),
      ).toBeInViewport();
      const other = page.getByRole('group', { name: 'In the other sources' });
      await expect(other.locator('mark[data-kind="conflict"]').first()).toBeInViewport();
    });

    test('any sentence of a shared fact shows what the other sources say, and goes there', async ({
      page,
    }) => {
      await openAligned(page);
      await expect(shownSource(page)).toHaveText('Coinspeaker');
      const id = await page
        .locator('[data-fact-cell] [data-sentence-id]')
        .filter({ visible: true })
        .first()
        .getAttribute('data-sentence-id');
      const sentence = page.locator(`[data-sentence-id="${id ?? ''}"]`);
      await sentence.click();
      await expect(sentence).toHaveAttribute('data-selected', '');
      const show = sentence.getByRole('button', { name: /^Show the other sources \(\d+\)$/ });
      await show.click();
      await expect(
        sentence.getByRole('button', { name: /^Hide the other sources \(\d+\)$/ }),
      ).toHaveAttribute('aria-expanded', 'true');
      const other = page.getByRole('group', { name: 'In the other sources' });
      await expect(other).toBeVisible();
      await expect(other).toContainText('In DW');
      const quoted = ((await other.locator('q').first().textContent()) ?? '').trim();
      await other.getByRole('button', { name: 'Show in DW' }).first().click();
      await expect(shownSource(page)).toHaveText('DW');
      const chosen = page.locator('[data-sentence-id][data-selected]');
      await expect(chosen).toBeInViewport();
      expect(((await chosen.textContent()) ?? '').startsWith(quoted.slice(0, 40))).toBe(true);
    });
  });
}

for (const screen of SCREENS) {
  test(`previous and next buttons step through facts and disagreements (${screen.name})`, async ({
    page,
  }) => {
    await useScreen(page, screen);
    // From the summary, the next fact opens the aligned grid at fact 1.
    await openStory(page);
    await expect(stepButton(page, 'Next Fact')).toBeVisible();
    await stepButton(page, 'Next Fact').click();
    await expect(viewButton(page, 'Aligned')).toHaveAttribute('aria-pressed', 'true');
    const focused = page.locator('[data-sentence-id]:focus');
    await expect(focused).toBeInViewport();
    expect(await focusedFact(page)).toBe(1);
    await stepButton(page, 'Next Fact').click();
    await expect.poll(() => focusedFact(page)).toBe(2);
    await expect(focused).toBeInViewport();
    await stepButton(page, 'Previous Fact').click();
    await expect.poll(() => focusedFact(page)).toBe(1);
    await stepButton(page, 'Next Disagreement').click();
    const active = page.locator('[data-sentence-id] mark[data-active="true"]');
    await expect(active.first()).toBeInViewport();
    const first = await active.allTextContents();
    await stepButton(page, 'Next Disagreement').click();
    await expect.poll(() => active.allTextContents()).not.toEqual(first);
    await stepButton(page, 'Previous Disagreement').click();
    await expect.poll(() => active.allTextContents()).toEqual(first);
    await expect(active.first()).toBeInViewport();
  });
}

test('a sentence holds no controls until it is chosen; then they follow its text', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openAligned(page);
  const sentences = page.locator('[data-sentence-id]');
  await expect(sentences.first()).toBeVisible();
  await expect(page.locator('[data-sentence-tools]')).toHaveCount(0);
  expect(await sentences.locator('a, button').count()).toBe(0);
  const sentence = sentences.filter({ hasText: 'US officials have put the number at 40,000' });
  await sentence.click();
  const tools = sentence.locator('[data-sentence-tools]');
  await expect(tools).toHaveCount(1);
  await expect(tools.getByRole('link', { name: 'Link to this sentence' })).toBeVisible();
  // The controls come after the whole of the sentence's text: nothing of it follows them.
  const around = await tools.evaluate((t) => {
    const sentence = t.closest('[data-sentence-id]') as Node;
    const before = document.createRange();
    before.setStart(sentence, 0);
    before.setEndBefore(t);
    const after = document.createRange();
    after.setStartAfter(t);
    after.setEnd(sentence, sentence.childNodes.length);
    return { before: before.toString(), after: after.toString() };
  });
  expect(around.before).toContain('US officials have put the number at 40,000');
  expect(around.after.trim()).toBe('');
  // Another sentence chosen: the controls move with the choice.
  await sentences.filter({ hasText: 'The Kremlin has massed' }).first().click();
  await expect(page.locator('[data-sentence-tools]')).toHaveCount(1);
  await expect(tools).toHaveCount(0);
});
