import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { newStory, pasteField } from './support/library';
import { comparisonView, showAligned, sourceColumns } from './support/story';

// Two reports of one (invented) event. The first states its outlet, date and address as pasted
// copy often does; the second states none of them.
const HARBOUR_POST = `Storm forces closure of coastal highway

By Ana Ruiz, The Harbour Post
May 2, 2024

The state transport agency closed the coastal highway on Tuesday after a landslide buried two lanes near the harbour, officials said.

About 12,000 vehicles use the road each day, according to the agency. Repairs could take three weeks, the governor told reporters on Tuesday evening.

No one was injured in the landslide, police said.

Source: https://www.harbourpost.com/2024/05/02/coastal-highway-closed`;

const UNNAMED = `Landslide shuts coast road for weeks

A landslide near the harbour buried part of the coastal highway on Tuesday, and the state closed the road, the transport agency said.

The governor said repairs would take at least three weeks. Some 9,000 vehicles travel the highway daily, local officials said.

Police said nobody was hurt.`;

function form(page: Page) {
  return page.getByRole('group', { name: 'About the pasted article' });
}

function detail(page: Page, name: 'Title' | 'Outlet' | 'Published' | 'Address') {
  return form(page).getByLabel(name, { exact: true });
}

function pasteMessages(page: Page) {
  return page.locator('[id$="-paste-messages"]');
}

async function add(page: Page) {
  await page.getByRole('button', { name: 'Add pasted article' }).click();
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
});

test('the paste form prefills title, outlet, date and address from the text; columns are named by outlet', async ({
  page,
}) => {
  await newStory(page);
  await pasteField(page).fill(HARBOUR_POST);
  await expect(detail(page, 'Title')).toHaveValue('Storm forces closure of coastal highway');
  await expect(detail(page, 'Outlet')).toHaveValue(/Harbour ?Post/);
  await expect(detail(page, 'Published')).toHaveValue('2024-05-02');
  await expect(detail(page, 'Address')).toHaveValue(
    'https://www.harbourpost.com/2024/05/02/coastal-highway-closed',
  );
  // The reader's word wins over the text's.
  await detail(page, 'Outlet').fill('The Harbour Post');
  await add(page);
  await expect(pasteMessages(page)).toContainText(
    'Added “Storm forces closure of coastal highway” (pasted-1.txt).',
  );
  await expect(pasteField(page)).toHaveValue('');
  await expect(detail(page, 'Outlet')).toHaveValue('');
  await expect(detail(page, 'Title')).toHaveValue('');

  // A text that states nothing: the reader names its outlet and gives its address.
  await pasteField(page).fill(UNNAMED);
  await expect(detail(page, 'Title')).toHaveValue('Landslide shuts coast road for weeks');
  await expect(detail(page, 'Outlet')).toHaveValue('');
  await detail(page, 'Outlet').fill('Valley Herald');
  await detail(page, 'Address').fill('https://valleyherald.example.org/coast-road');
  await detail(page, 'Published').fill('2024-04-30');
  await add(page);
  await expect(pasteMessages(page)).toContainText('Added “Landslide shuts coast road for weeks”');

  await showAligned(page);

  await expect(sourceColumns(page)).toHaveCount(2);
  await expect(sourceColumns(page).nth(0)).toHaveAccessibleName(/^The Harbour Post/);
  await expect(sourceColumns(page).nth(1)).toHaveAccessibleName(/^Valley Herald/);
  await expect(page.getByText('pasted-1', { exact: true })).toHaveCount(0);

  // The article rows keep what was stated.
  const second = page.getByRole('group', { name: /^Column 2 / });
  await expect(second.getByRole('textbox', { name: 'Outlet' })).toHaveValue('Valley Herald');
  await expect(second.getByLabel('Published')).toHaveValue('2024-04-30');
  await expect(second.getByRole('textbox', { name: 'Address' })).toHaveValue(
    'https://valleyherald.example.org/coast-road',
  );
  const first = page.getByRole('group', { name: /^Column 1 / });
  await first.getByRole('textbox', { name: 'Address' }).fill('harbourpost.com/bridge');
  await expect(first).toContainText('Not a web address (http:// or https://)');
});

test('a bare address pasted as text, and an address that is not one, get a message saying what to do', async ({
  page,
}) => {
  await newStory(page);
  await expect(page.getByRole('button', { name: 'Fetch and add' })).toBeEnabled();
  const address = 'https://www.harbourpost.com/2024/05/02/coastal-highway-closed';
  await pasteField(page).fill(address);
  await add(page);
  await expect(pasteMessages(page)).toContainText('That is a web address, not an article.');
  // The app's server is there (the tests serve the app as npm start does): the message points
  // to fetching by address.
  await expect(pasteMessages(page)).toContainText(
    'Put it in “Add by address” to fetch the page, or paste the article’s text here.',
  );
  await expect(pasteField(page)).toHaveValue(address);
  await expect(pasteField(page)).toHaveAttribute('aria-invalid', 'true');
  await expect(pasteField(page)).toHaveAccessibleDescription(/That is a web address/);
  await expect(comparisonView(page)).toHaveCount(0);

  await pasteField(page).fill(UNNAMED);
  await detail(page, 'Address').fill('valley herald, page 3');
  await add(page);
  await expect(pasteMessages(page)).toContainText(
    '“valley herald, page 3” is not a web address. An address starts with http:// or https://',
  );
  await expect(pasteField(page)).toHaveValue(UNNAMED);
  await detail(page, 'Address').fill('');
  await add(page);
  await expect(pasteMessages(page)).toContainText('Added “Landslide shuts coast road for weeks”');
});

test('an article not in English is named as such when added and in the comparison', async ({
  page,
}) => {
  const german = `Erdrutsch sperrt Küstenstraße

Die Küstenstraße wurde am Dienstag nach einem Erdrutsch in der Nähe des Hafens gesperrt, teilte die Verkehrsbehörde mit. Nach Angaben der Polizei wurde niemand verletzt.

Die Reparatur soll drei Wochen dauern, sagte der Gouverneur am Abend. Täglich fahren etwa 12.000 Autos über die Straße.`;
  await newStory(page);
  await pasteField(page).fill(UNNAMED);
  await detail(page, 'Outlet').fill('Valley Herald');
  await add(page);
  await pasteField(page).fill(german);
  await detail(page, 'Outlet').fill('Küstenbote');
  await add(page);
  await expect(pasteMessages(page)).toContainText(
    'pasted-2.txt: this article appears to be in German; the comparison reads English',
  );
  await expect(page.getByRole('group', { name: /^Column 2 / })).toContainText(
    'this article appears to be in German',
  );
  await showAligned(page);
  await expect(sourceColumns(page)).toHaveCount(2);
  await expect(page.getByRole('list', { name: 'Languages' })).toHaveText(
    /Küstenbote appears to be in German; the comparison reads English/,
  );
  await expect(page.getByRole('complementary', { name: 'Disagreements and legend' })).toContainText(
    'Küstenbote is not in English',
  );
});
