import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { fixturePort } from '../playwright.config';
import { newStory, pasteField } from './support/library';
import { comparisonView, showAligned, sourceColumns } from './support/story';

// The fixture site the tests start (scripts/fixture-site.mjs), under a name the app's server
// resolves to it only in tests. Nothing here reaches the Internet.
const site = `http://news.fixture.test:${fixturePort}`;

function addressField(page: Page) {
  return page.getByRole('textbox', { name: 'Add by address' });
}

function addressMessages(page: Page) {
  return page.locator('[id$="-address-messages"]');
}

async function fetchAddress(page: Page, address: string) {
  await addressField(page).fill(address);
  await page.getByRole('button', { name: 'Fetch and add' }).click();
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
});

test('adds a page by its address, read as a reader view and named by its outlet', async ({
  page,
}) => {
  await newStory(page);
  await expect(page.getByRole('button', { name: 'Fetch and add' })).toBeEnabled();
  await fetchAddress(page, `${site}/news/moved`);
  await expect(addressMessages(page)).toContainText(
    'Added “Cracked beams shut Kestrel Bridge; repairs could take months” (news.fixture.test-kestrel-bridge.html).',
    { timeout: 20_000 },
  );
  await expect(addressField(page)).toHaveValue('');
  await showAligned(page);
  await expect(sourceColumns(page)).toHaveCount(1);
  await expect(sourceColumns(page).first()).toHaveAccessibleName(/^Harbour Post/);
  await expect(sourceColumns(page).first()).toContainText('Kestrel Bridge was closed on Monday');
  const row = page.getByRole('group', { name: /^Column 1 / });
  await expect(row.getByRole('textbox', { name: 'Outlet' })).toHaveValue('Harbour Post');

  // With the app's server there, a bare address pasted as text is pointed to this control.
  await pasteField(page).fill(`${site}/news/kestrel-bridge.html`);
  await page.getByRole('button', { name: 'Add pasted article' }).click();
  await expect(page.locator('[id$="-paste-messages"]')).toContainText(
    'Put it in “Add by address” to fetch the page',
  );
});

test('each address the server must not fetch gets its own message', async ({ page }) => {
  test.setTimeout(120_000);
  await newStory(page);
  const cases: [string, RegExp][] = [
    [
      'file:///etc/passwd',
      /Only web addresses \(http:\/\/ or https:\/\/\) can be fetched, not file: addresses/,
    ],
    [
      `http://127.0.0.1:${fixturePort}/news/kestrel-bridge.html`,
      /127\.0\.0\.1 is a loopback address/,
    ],
    ['http://10.0.0.1/news/kestrel-bridge.html', /10\.0\.0\.1 is a private network address/],
    ['http://169.254.169.254/latest/meta-data/', /169\.254\.169\.254 is a link-local address/],
    [
      `http://private.fixture.test:${fixturePort}/news/kestrel-bridge.html`,
      /leads to a private network address \(10\.0\.0\.7\)/,
    ],
    [`${site}/to-loopback`, /127\.0\.0\.1 is a loopback address/],
    [`${site}/to-private`, /10\.0\.0\.1 is a private network address/],
    [`${site}/to-link-local`, /169\.254\.169\.254 is a link-local address/],
    [`${site}/big.html`, /The page is larger than 2 MB/],
    [`${site}/report.pdf`, /holds a file of type application\/pdf, not a web page/],
    [`${site}/slow.html`, /took longer than 10 seconds/],
  ];
  for (const [address, message] of cases) {
    await fetchAddress(page, address);
    await expect(addressMessages(page)).toContainText(message, { timeout: 20_000 });
    await expect(addressField(page)).toHaveValue(address);
    await expect(addressField(page)).toHaveAttribute('aria-invalid', 'true');
  }
  await expect(comparisonView(page)).toHaveCount(0);
});

test('on a static host the control says it needs the app’s own server', async ({ page }) => {
  // A static host answers the app's probe with its 404 page.
  await page.route('**/api/page*', (route) =>
    route.fulfill({ status: 404, contentType: 'text/html', body: '<h1>Not found</h1>' }),
  );
  await newStory(page);
  await expect(
    page.getByText('Fetching a page by its address needs the app’s own server'),
  ).toBeVisible();
  await expect(addressField(page)).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Fetch and add' })).toBeDisabled();
  await pasteField(page).fill('https://www.harbourpost.com/2024/05/bridge');
  await page.getByRole('button', { name: 'Add pasted article' }).click();
  await expect(page.locator('[id$="-paste-messages"]')).toContainText(
    'save the page and drop the file below (fetching pages needs the app’s own server, npm start)',
  );
});
