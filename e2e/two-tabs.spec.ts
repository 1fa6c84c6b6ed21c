import { expect, test } from '@playwright/test';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { newStory, paste } from './support/library';

// Two pages of one browser context share IndexedDB and BroadcastChannel: two tabs of one reader.
// Short made-up reports; their first lines become the articles' titles.
const WIRE = `Ferry service suspended after storm

The island ferry stopped running on Monday after a storm damaged the pier, the operator said.`;
const HERALD = `Storm damages island pier

A storm damaged the island's pier on Monday and ferries were cancelled, the harbour master said.`;
const GAZETTE = `Pier repairs to take a month

Repairs to the island pier will take about a month, the council said on Tuesday.`;

test.describe.configure({ timeout: 120_000 });

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
});

/**
 * Makes a tab deaf to the other tabs' news (it still sends its own): its copy of a story goes
 * stale, as when a message is missed or a tab was asleep.
 */
async function deafen(page: Page) {
  await page.addInitScript(() => {
    const Channel = window.BroadcastChannel;
    window.BroadcastChannel = class extends Channel {
      override addEventListener() {}
    };
  });
}

/** A story with one article, made in `page`; returns its address. */
async function storyWithOneArticle(page: Page): Promise<string> {
  await newStory(page);
  await paste(page, WIRE);
  await expect(page).toHaveURL(/\?story=user%3A[0-9a-f]{16}$/);
  await expect(articlesHeading(page, 1)).toBeVisible();
  return page.url();
}

/** Opens the story at `url` in another tab of the same browser. */
async function secondTab(context: BrowserContext, url: string, options: { deaf?: boolean } = {}) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  if (options.deaf) await deafen(page);
  await page.goto(url);
  await expect(articlesHeading(page, 1)).toBeVisible();
  return page;
}

const articlesHeading = (page: Page, count: number) =>
  page.getByRole('heading', { name: `Articles in this story (${count})` });
const removeButton = (within: Page | Locator, title: string) =>
  within.getByRole('button', { name: `Remove “${title}”` });
const nameField = (page: Page) => page.getByRole('textbox', { name: 'Story name' });

/** The story in `page` holds exactly these articles, in this order. */
async function expectArticles(page: Page, titles: string[]) {
  await expect(page.getByRole('region', { name: 'Your story' })).toContainText(
    `${titles.length} articles`,
  );
  // After a reload, a story of two or more articles opens with its article list folded.
  const unfold = page.getByRole('button', { name: 'Add or edit articles' });
  if (await unfold.isVisible()) await unfold.click();
  await expect(articlesHeading(page, titles.length)).toBeVisible();
  for (const [column, title] of titles.entries()) {
    const group = page.getByRole('group', { name: new RegExp(`^Column ${column + 1} `) });
    await expect(removeButton(group, title)).toBeVisible();
  }
}

for (const first of ['A', 'B'] as const) {
  test(`two tabs each add an article to one story (${first} first): both are kept`, async ({
    page,
    context,
  }) => {
    const url = await storyWithOneArticle(page);
    // The tab that adds second has not heard of the first one's article: its copy is stale.
    const b = await secondTab(context, url, { deaf: first === 'A' });
    const a = page;
    if (first === 'B') {
      await deafen(a);
      await a.reload();
      await expect(articlesHeading(a, 1)).toBeVisible();
    }
    const [earlier, later] = first === 'A' ? [a, b] : [b, a];

    await paste(earlier, HERALD);
    await expect(articlesHeading(earlier, 2)).toBeVisible();
    // The later tab still shows its old copy, and adds to it.
    await expect(articlesHeading(later, 1)).toBeVisible();
    await paste(later, GAZETTE);

    const all = [
      'Ferry service suspended after storm',
      'Storm damages island pier',
      'Pier repairs to take a month',
    ];
    await expectArticles(later, all);
    // The tab that added first hears of the other's article without a reload.
    await expectArticles(earlier, all);
    for (const tab of [a, b]) {
      await tab.reload();
      await expectArticles(tab, all);
    }
  });
}

test('a rename in one tab shows in the other without a reload', async ({ page, context }) => {
  const url = await storyWithOneArticle(page);
  const b = await secondTab(context, url);
  await nameField(page).fill('Island ferry stopped');
  await expect(nameField(b)).toHaveValue('Island ferry stopped');
  await paste(page, HERALD);
  await expect(articlesHeading(b, 2)).toBeVisible();
});

test('a story deleted in one tab is not brought back by a rename in a stale tab', async ({
  page,
  context,
}) => {
  const url = await storyWithOneArticle(page);
  const b = await secondTab(context, url, { deaf: true });

  await page.getByRole('button', { name: 'Delete story…' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete story' }).click();
  await expect(page.getByText(/Deleted “Ferry service suspended after storm”/)).toBeVisible();

  // Tab B never heard of the delete and renames its copy.
  await nameField(b).fill('Renamed in B');
  const told = b.getByRole('alert').filter({ hasText: 'was deleted in another tab' });
  await expect(
    told.getByRole('heading', { name: '“Renamed in B” was deleted in another tab' }),
  ).toBeVisible();
  await expect(nameField(b)).toHaveCount(0);

  // Not resurrected: tab A's list stays empty, after a reload too.
  const yours = page.getByRole('region', { name: 'Your stories' });
  await expect(yours.getByText('None yet.')).toBeVisible();
  await page.reload();
  await expect(yours.getByText('None yet.')).toBeVisible();

  // The reader may bring back tab B's copy, with its new name; tab A sees it come back.
  await told.getByRole('button', { name: 'Restore this tab’s copy' }).click();
  await expect(nameField(b)).toHaveValue('Renamed in B');
  await expect(yours.getByRole('link', { name: 'Renamed in B' })).toBeVisible();
});

test('a tab showing a story is told at once when another tab deletes it', async ({
  page,
  context,
}) => {
  const url = await storyWithOneArticle(page);
  const b = await secondTab(context, url);
  await page.getByRole('button', { name: 'Delete story…' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete story' }).click();
  await expect(
    b.getByRole('heading', {
      name: '“Ferry service suspended after storm” was deleted in another tab',
    }),
  ).toBeVisible();
  await expect(b.getByRole('button', { name: 'Restore this tab’s copy' })).toBeVisible();
});

test('a rename followed at once by a reload keeps the new name', async ({ page }) => {
  await storyWithOneArticle(page);
  for (const name of ['Ferry stopped', 'Island ferry stopped', 'Pier closed']) {
    await nameField(page).fill(name);
    await page.reload();
    await expect(nameField(page)).toHaveValue(name);
  }
  await page.goto('./?stories');
  await expect(
    page.getByRole('region', { name: 'Your stories' }).getByRole('link', { name: 'Pier closed' }),
  ).toBeVisible();
});
