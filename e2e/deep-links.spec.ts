import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { ANALYSIS_TIMEOUT, openAligned, openStory, sourceColumns } from './support/story';

// The machine may be busy: the first analysis loads a language model in the worker.
test.describe.configure({ timeout: 120_000 });

const dwColumn = (page: Page) => page.getByRole('region', { name: 'DW', exact: true });
const coinspeakerColumn = (page: Page) =>
  page.getByRole('region', { name: 'Coinspeaker', exact: true });
const disagreementsPanel = (page: Page) => page.getByRole('region', { name: /^Disagreements/ });
const troopItem = (page: Page) =>
  disagreementsPanel(page)
    .getByRole('listitem')
    .filter({
      has: page.getByRole('button', { name: /100,000[\s\S]*40,000|40,000[\s\S]*100,000/ }),
    });
const figureLink = (page: Page, figure: string) =>
  dwColumn(page).getByRole('link', { name: `Link to “${figure}”`, exact: true });

/** The DW sentences that print the two troop figures. */
const FIGURE_SENTENCES: Record<string, string> = {
  '100,000': 'The Kremlin has massed 100,000',
  '40,000': 'US officials have put the number at 40,000',
};

/** Chooses the DW sentence holding `text`: a chosen sentence shows its link controls. */
async function choose(page: Page, text: string) {
  const sentence = dwColumn(page).locator('[data-sentence-id]').filter({ hasText: text }).first();
  await sentence.click();
  await expect(sentence).toHaveAttribute('data-selected', '');
}

/** Chooses the sentence of a figure and gives its link. */
async function chooseFigure(page: Page, figure: string) {
  await choose(page, FIGURE_SENTENCES[figure] ?? figure);
  return figureLink(page, figure);
}

/** The claim link an `<a>` holds, once the link controls have loaded. */
async function hrefOf(link: ReturnType<Page['getByRole']>): Promise<string> {
  await expect(link).toHaveAttribute('href', /^#\/claim\/v1\/seed:kerry-lavrov-2014\//, {
    timeout: ANALYSIS_TIMEOUT,
  });
  return (await link.getAttribute('href')) ?? '';
}

/** The claim the address links to in the DW column (the element with aria-current). */
const currentIn = (page: Page) => dwColumn(page).locator('[aria-current="true"]');

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
});

test('the link of the 40,000 figure opens a fresh page at that claim, focused and highlighted', async ({
  page,
  context,
}) => {
  await openAligned(page);
  const href = await hrefOf(await chooseFigure(page, '40,000'));
  // A short link: the figure named by its sentence's key and its offsets in the sentence.
  expect(href).toMatch(/\/p\?k=[0-9A-Za-z]{6}\.\d+-\d+$/);

  const fresh = await context.newPage();
  await fresh.setViewportSize({ width: 1440, height: 900 });
  await openStory(fresh, href);
  const claim = currentIn(fresh);
  await expect(claim).toHaveCount(1, { timeout: ANALYSIS_TIMEOUT });
  await expect(claim).toContainText('US officials have put the number at 40,000');
  await expect(claim).toBeInViewport();
  await expect(claim).toBeFocused();
  await expect(claim).toHaveAttribute('data-state', 'focused');
  // The page says what the link points to.
  await expect(fresh.getByRole('region', { name: 'Linked claim' })).toContainText(
    'A claim in DW, 30 March 2014: “US officials have put the number at 40,000',
  );
  // Its disagreement is chosen: both disputed figures are drawn active.
  await expect(
    dwColumn(fresh).locator('mark[data-kind="conflict"][data-active="true"]'),
  ).toHaveCount(2);
  // Its counterparts: the other side of its disagreement, and what the other source says of it.
  await expect(coinspeakerColumn(fresh).locator('[data-state="related"]').first()).toBeVisible();
  // Tab goes on from the claim to its own link controls.
  await fresh.keyboard.press('Tab');
  await expect(fresh.locator(':focus')).toHaveAccessibleName(/^Link to /);
});

test('a sentence link opens at that sentence and highlights its counterparts', async ({
  page,
  context,
}) => {
  await openAligned(page);
  const sentenceLink = async (text: string) => {
    await choose(page, text);
    return dwColumn(page)
      .locator('[data-sentence-id]')
      .filter({ hasText: text })
      .getByRole('link', { name: 'Link to this sentence' });
  };
  const href = await hrefOf(await sentenceLink('US officials have put the number at 40,000'));
  expect(href).toMatch(/\/s\?/);
  const fresh = await context.newPage();
  await fresh.setViewportSize({ width: 1440, height: 900 });
  await openStory(fresh, href);
  await expect(currentIn(fresh)).toContainText('US officials have put the number at 40,000', {
    timeout: ANALYSIS_TIMEOUT,
  });
  await expect(currentIn(fresh)).toBeInViewport();
  await expect(currentIn(fresh)).toBeFocused();

  // A sentence that a shared fact pairs with one in the other source.
  const shared = await hrefOf(await sentenceLink('The Kremlin has massed'));
  await fresh.goto(`./${shared}`);
  await expect(currentIn(fresh)).toContainText('The Kremlin has massed', {
    timeout: ANALYSIS_TIMEOUT,
  });
  await expect(coinspeakerColumn(fresh).locator('[data-state="related"]').first()).toBeVisible();
});

test('the link to the troop-number disagreement highlights both sides', async ({
  page,
  context,
}) => {
  await openAligned(page);
  const href = await hrefOf(
    troopItem(page).getByRole('link', { name: 'Link to this disagreement' }),
  );
  expect(href).toMatch(/\/d\?/);

  const fresh = await context.newPage();
  await fresh.setViewportSize({ width: 1440, height: 900 });
  await openStory(fresh, href);
  await expect(troopItem(fresh).getByRole('button').first()).toHaveAttribute(
    'aria-current',
    'true',
    { timeout: ANALYSIS_TIMEOUT },
  );
  for (const figure of ['100,000', '40,000']) {
    const side = fresh.locator('mark[data-kind="conflict"][data-active="true"]', {
      hasText: figure,
    });
    await expect(dwColumn(fresh).locator(side)).toHaveCount(1);
    await expect(currentIn(fresh).filter({ has: side })).toHaveCount(1);
  }
  await expect(currentIn(fresh).first()).toBeInViewport();
});

test('Back and Forward move between claims', async ({ page }) => {
  await openAligned(page);
  const second = await hrefOf(await chooseFigure(page, '40,000'));
  const first = await hrefOf(await chooseFigure(page, '100,000'));
  await figureLink(page, '100,000').click();
  await expect(currentIn(page)).toContainText('100,000');
  // Followed as a link is: a new entry in the history (choosing another sentence first would
  // replace the entry of the claim on screen).
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, second);
  await expect(currentIn(page)).toContainText('40,000');
  expect(new URL(page.url()).hash).toBe(second);

  await page.goBack();
  expect(new URL(page.url()).hash).toBe(first);
  await expect(currentIn(page)).toContainText('100,000');
  await expect(currentIn(page)).toBeFocused();
  await page.goForward();
  expect(new URL(page.url()).hash).toBe(second);
  await expect(currentIn(page)).toContainText('US officials have put the number at 40,000');
});

test('a damaged or foreign link says so, and the comparison stays usable', async ({ page }) => {
  await openAligned(page);
  const real = await hrefOf(await chooseFigure(page, '40,000'));
  const otherStory = real.replace('seed:kerry-lavrov-2014', 'seed:another-story');
  const cases = [
    { hash: '#/claim/v1/%%%garbage', message: /damaged/ },
    { hash: '#/notes/section-2', message: /does not point to a claim/ },
    { hash: otherStory, message: /another story/ },
  ];
  for (const { hash, message } of cases) {
    await page.goto('about:blank');
    await openStory(page, hash);
    await expect(page.getByRole('status').filter({ hasText: message })).toBeVisible({
      timeout: ANALYSIS_TIMEOUT,
    });
    await expect(sourceColumns(page)).toHaveCount(2);
    await expect(currentIn(page)).toHaveCount(0);
    // Still usable: j moves through the facts.
    await page.keyboard.press('j');
    await expect(page.locator('[data-sentence-id]:focus')).toHaveCount(1);
  }
});

test('a link to a passage that is gone shows the text it looked for', async ({ page }) => {
  // A long link (it describes its passage) to DW's article, its passage rewritten: what a link
  // looks like after the article changed.
  const gone =
    '#/claim/v1/seed:kerry-lavrov-2014/p?a=1.c8a5c70d&q=seventeen+armoured+brigades&r=1080-1087';
  await openStory(page, gone);
  await expect(page.getByRole('status').filter({ hasText: 'could not be found' })).toContainText(
    'seventeen armoured brigades',
    { timeout: ANALYSIS_TIMEOUT },
  );
  // A short link naming a passage the story never had.
  await page.goto('about:blank');
  await openStory(page, '#/claim/v1/seed:kerry-lavrov-2014/p?k=zzzzzz.0-5');
  await expect(
    page.getByRole('status').filter({ hasText: 'not one this story has ever had' }),
  ).toBeVisible({ timeout: ANALYSIS_TIMEOUT });
});

test('the copy button puts the link on the clipboard and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openAligned(page);
  const href = await hrefOf(await chooseFigure(page, '40,000'));
  await dwColumn(page).getByRole('button', { name: 'Copy link to “40,000”' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  // The app's address, the story's name, and the short link: 120 characters after the address.
  const app = new URL('./', page.url()).href;
  expect(copied).toBe(`${app}?name=Kerry+and+Lavrov+meet+in+Paris${href}`);
  expect(copied.length - app.length).toBeLessThanOrEqual(120);

  await troopItem(page).getByRole('button', { name: 'Copy link to this disagreement' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('/d?');
});
