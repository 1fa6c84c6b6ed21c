import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import { newStory, paste } from './support/library';
import { ANALYSIS_TIMEOUT, showAligned, sourceColumns } from './support/story';

// The machine may be busy: the first analysis loads a language model in the worker.
test.describe.configure({ timeout: 180_000 });

const BRIDGE_GAZETTE = `Harbour bridge closed after crack found

The harbour bridge closed on Tuesday after engineers found a crack in one of its piers, the city said.

About 40,000 cars cross the bridge each day. Repairs could take two months, the mayor told reporters.`;

const EVENING_LEDGER = `Cracked pier shuts harbour bridge

Engineers found a crack in a pier of the harbour bridge, and the city closed it on Tuesday.

The mayor said repairs would take at least two months. Some 35,000 cars use the bridge daily, officials said.`;

const LINKED_SENTENCE = 'The harbour bridge closed on Tuesday after engineers found a crack';

/**
 * Paragraphs of made-up words (a fixed pseudo-random sequence): text that deflate cannot
 * shrink much, so that a story of a few of them is too large to travel in a link.
 */
function noise(seed: number, paragraphs: number): string {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state;
  };
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const word = () => Array.from({ length: 3 + (next() % 6) }, () => letters[next() % 26]).join('');
  return Array.from({ length: paragraphs }, () => {
    const sentences = Array.from({ length: 4 }, () => {
      const words = Array.from({ length: 12 }, word).join(' ');
      return `${words[0]?.toUpperCase()}${words.slice(1)}.`;
    });
    return sentences.join(' ');
  }).join('\n\n');
}

/** The sentence of the story shown that holds `text`. */
const sentence = (page: Page, text: string) =>
  page.locator('[data-sentence-id]').filter({ hasText: text }).first();

/** The claim the address links to (the element with aria-current). */
const linkedClaim = (page: Page) => page.locator('[aria-current="true"]');

/** Builds a story of the given articles and waits for its comparison. */
async function buildStory(page: Page, articles: string[]) {
  await newStory(page);
  for (const article of articles) await paste(page, article);
  await showAligned(page, articles.length >= 4);
  await expect(sourceColumns(page)).toHaveCount(articles.length, { timeout: ANALYSIS_TIMEOUT });
}

/** Copies the link of the sentence holding `text`, and returns what the clipboard got. */
async function copySentenceLink(page: Page, text: string): Promise<string> {
  // A chosen sentence shows its link controls.
  await sentence(page, text).click();
  const copy = sentence(page, text).getByRole('button', { name: 'Copy link to this sentence' });
  await expect(copy).toBeAttached({ timeout: ANALYSIS_TIMEOUT });
  await copy.click();
  await expect(page.getByRole('status').filter({ hasText: /^Link copied/ })).toBeVisible();
  return page.evaluate(() => navigator.clipboard.readText());
}

/** A browser profile of its own: no library, no storage shared with the sender's. */
async function freshProfile(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  return { context, page: await context.newPage() };
}

test.beforeEach(async ({ page, context }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

test('a claim link from a reader’s story carries it to another browser, which keeps it only when asked', async ({
  page,
  browser,
}) => {
  await buildStory(page, [BRIDGE_GAZETTE, EVENING_LEDGER]);
  const address = await copySentenceLink(page, LINKED_SENTENCE);
  await expect(page.getByRole('status').filter({ hasText: /with the story in it/ })).toBeVisible();
  expect(address).toMatch(/\?story=user%3A[0-9a-f]+&name=Harbour\+bridge/);
  expect(address).toMatch(/#\/claim\/v1\/user:[0-9a-f]+\/s\?.*&c=[A-Za-z0-9_-]+&h=[0-9a-f]{16}$/);
  expect(address.length).toBeLessThanOrEqual(8000);

  const recipient = await freshProfile(browser);
  const other = recipient.page;
  const problems: string[] = [];
  other.on('pageerror', (e) => problems.push(e.message));
  await other.goto(address);
  await expect(
    other.getByRole('heading', {
      name: 'Shared with you: “Harbour bridge closed after crack found”',
    }),
  ).toBeVisible({ timeout: ANALYSIS_TIMEOUT });
  await expect(linkedClaim(other)).toContainText(LINKED_SENTENCE, { timeout: ANALYSIS_TIMEOUT });
  await expect(linkedClaim(other)).toBeInViewport();
  const arrival = other.getByRole('region', { name: 'Linked claim' });
  await expect(arrival).toContainText(`A claim in`);
  await expect(arrival).toContainText(`: “${LINKED_SENTENCE}`);

  // The whole story, still shared (not saved), and Back to the claim.
  await arrival.getByRole('button', { name: 'Read the whole story' }).click();
  await expect(other).not.toHaveURL(/#\/claim\//);
  await expect(linkedClaim(other)).toHaveCount(0);
  await expect(arrival).toHaveCount(0);
  await expect(other.getByRole('heading', { name: /^Shared with you/ })).toBeVisible();
  // The whole story opens as every story does: on its summary.
  await expect(other.locator('[data-view="summary"]')).toBeVisible();
  await other.goBack();
  await expect(linkedClaim(other)).toContainText(LINKED_SENTENCE, { timeout: ANALYSIS_TIMEOUT });

  // Nothing is in the recipient's library yet.
  const picker = await recipient.context.newPage();
  await picker.goto(new URL('./?stories', address).href);
  await expect(picker.getByRole('heading', { name: 'Stories', level: 1 })).toBeVisible();
  await expect(
    picker.getByRole('region', { name: 'Your stories' }).getByText('None yet.'),
  ).toBeVisible();

  await other.getByRole('button', { name: 'Save to my library' }).click();
  await expect(
    other.getByText('Saved “Harbour bridge closed after crack found” to your library.'),
  ).toBeVisible();
  // The address no longer carries the story; the claim stays open, now from the library.
  await expect(other).not.toHaveURL(/&c=/);
  await expect(other.getByRole('heading', { name: /^Shared with you/ })).toHaveCount(0);
  await expect(linkedClaim(other)).toContainText(LINKED_SENTENCE, { timeout: ANALYSIS_TIMEOUT });

  await picker.reload();
  await expect(
    picker
      .getByRole('region', { name: 'Your stories' })
      .getByText('Harbour bridge closed after crack found'),
  ).toBeVisible();
  expect(problems).toEqual([]);
  await recipient.context.close();
});

test('a story too large for a link offers its file, whose import opens the claim', async ({
  page,
  browser,
}) => {
  const big = `${BRIDGE_GAZETTE}\n\n${noise(7, 28)}`;
  await buildStory(page, [big, `${EVENING_LEDGER}\n\n${noise(11, 28)}`]);
  const address = await copySentenceLink(page, LINKED_SENTENCE);
  await expect(page.getByRole('status').filter({ hasText: /without the story/ })).toBeVisible();
  expect(address).not.toMatch(/&c=/);
  expect(address).toMatch(/#\/claim\/v1\/user:[0-9a-f]+\/s\?/);

  const offer = page.getByRole('region', { name: 'Sharing this story' });
  await expect(offer).toContainText('too large to travel in a link');
  const started = page.waitForEvent('download');
  await offer.getByRole('button', { name: 'Download the story file' }).click();
  const file = await started;
  expect(file.suggestedFilename()).toBe('harbour-bridge-closed-after-crack-found.parallax.json');
  const text = readFileSync(await file.path(), 'utf8');

  const recipient = await freshProfile(browser);
  const other = recipient.page;
  await other.goto(address);
  await expect(
    other.getByRole('heading', {
      name: '“Harbour bridge closed after crack found” is not in this browser',
    }),
  ).toBeVisible();
  const chooser = other.waitForEvent('filechooser');
  await other.getByRole('button', { name: 'Import the story file…' }).click();
  await (
    await chooser
  ).setFiles({
    name: file.suggestedFilename(),
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await expect(linkedClaim(other)).toContainText(LINKED_SENTENCE, { timeout: ANALYSIS_TIMEOUT });
  await recipient.context.close();
});

test('a link whose story was tampered with is refused, and nothing is stored', async ({
  page,
  browser,
}) => {
  await buildStory(page, [BRIDGE_GAZETTE, EVENING_LEDGER]);
  const address = await copySentenceLink(page, LINKED_SENTENCE);
  const recipient = await freshProfile(browser);
  const other = recipient.page;
  // One character of the carried story changed.
  const tampered = address.replace(/&c=([A-Za-z0-9_-]{20})([A-Za-z0-9_-])/, (_, head, c) => {
    return `&c=${head}${c === 'A' ? 'B' : 'A'}`;
  });
  expect(tampered).not.toBe(address);
  await other.goto(tampered);
  const alert = other.getByRole('alert');
  await expect(alert).toContainText('This shared story could not be opened');
  await expect(alert).toContainText('Nothing was opened or saved.');
  await alert.getByRole('link', { name: 'See all stories' }).click();
  await expect(
    other.getByRole('region', { name: 'Your stories' }).getByText('None yet.'),
  ).toBeVisible();
  await recipient.context.close();
});

test('a decompression bomb, a damaged payload and one that breaks the story file contract each say so', async ({
  page,
}) => {
  const story = 'user:ab12cd34';
  const link = (payload: Buffer | string) =>
    `./?story=${encodeURIComponent(story)}#/claim/v1/${story}/s?a=0.1a2b3c4d&q=The+bridge&r=0-10` +
    `&c=${Buffer.from(payload).toString('base64url')}&h=0123456789abcdef`;
  const file = {
    format: 'parallax-story',
    version: 1,
    exportedAt: '2024-05-02T08:00:00.000Z',
    story: {
      id: story,
      title: 'Bridge',
      createdAt: 'x',
      updatedAt: 'x',
      articles: [],
      owner: 'me',
    },
  };
  const cases: [string, RegExp][] = [
    // 5 MB of zeros, deflated to about 5 KB.
    [link(deflateRawSync(Buffer.alloc(5 * 1024 * 1024))), /unpacks to more than 1 MB/],
    [link(Buffer.from('not deflate at all, just bytes')), /could not be unpacked/],
    [link(deflateRawSync(JSON.stringify(file))), /not a valid Parallax story/],
  ];
  for (const [address, reason] of cases) {
    await page.goto(address);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('This shared story could not be opened');
    await expect(alert).toContainText(reason);
    await expect(alert).toContainText('Nothing was opened or saved.');
    await expect(page.locator('[data-sentence-id]')).toHaveCount(0);
  }
  await page.getByRole('alert').getByRole('link', { name: 'See all stories' }).click();
  await expect(
    page.getByRole('region', { name: 'Your stories' }).getByText('None yet.'),
  ).toBeVisible();
});

test('a published story’s claim link is short, names the story, and opens the claim elsewhere', async ({
  page,
  browser,
}) => {
  await page.goto('./?stories');
  await page
    .getByRole('region', { name: 'Shipped with Parallax' })
    .getByRole('link', { name: 'Lindsay Lohan Leaves Betty Ford, Checks Into Malibu Rehab' })
    .click();
  await showAligned(page, true);
  await expect(sourceColumns(page)).toHaveCount(4, { timeout: ANALYSIS_TIMEOUT });
  // A sentence of the Yahoo article.
  const words = 'My client is ensconced in the bosom of that facility';
  const address = await copySentenceLink(page, words);
  const app = new URL('./', page.url()).href;
  expect(address.startsWith(app)).toBe(true);
  expect(address.length - app.length).toBeLessThanOrEqual(120);
  expect(address).toMatch(/\?name=Lindsay\+Lohan[^#]*#\/claim\/v1\/ecb:1-ecbplus\/s\?k=\w{6}$/);

  const recipient = await freshProfile(browser);
  const other = recipient.page;
  await other.goto(address);
  await expect(linkedClaim(other)).toContainText(words, { timeout: ANALYSIS_TIMEOUT });
  await expect(other.getByRole('region', { name: 'Linked claim' })).toContainText(
    /^A claim in Yahoo, 2 May 2013: “"My client is ensconced in the bosom of that facility/,
  );
  await recipient.context.close();
});
