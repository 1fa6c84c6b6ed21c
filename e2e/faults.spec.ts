// Faults injected for real in the built app: the analysis worker failing to load, throwing as it
// starts or while it compares; a comparison that throws while it renders; a damaged record in
// IndexedDB; a story that would grow past the size limit. Each is said in words with a way to
// recover, and nothing the reader saved is lost.
import { expect, test } from '@playwright/test';
import type { Locator, Page, Route } from '@playwright/test';
import { ANALYSIS_TIMEOUT, showAligned, sourceColumns } from './support/story';

// The machine may be busy: every fresh worker loads the language model.
test.describe.configure({ timeout: 120_000 });

const WORKER_SCRIPT = '**/assets/analysis.worker-*.js';
const MODEL_CHUNK = '**/assets/model-*.js';

// Two (invented) reports of one event, in wire-copy style.
const FERRY_POST = `Ferry runs aground off northern island

A passenger ferry ran aground near the northern island on Sunday morning, the coast guard said.

All 214 passengers were taken ashore by lifeboats, according to the operator. Divers will inspect the hull on Monday, a spokeswoman said.`;

const ISLAND_TIMES = `Ferry stuck on sandbank, passengers rescued

The coast guard said a ferry hit a sandbank off the northern island early on Sunday.

The operator said 230 passengers were brought to shore. Nobody was hurt, police said.`;

/**
 * Serves a worker script in place of the real one, every time, until the returned function is
 * called. (The page starts its worker at load and starts another when that one fails, so a
 * fault that struck only once would heal unseen.)
 */
async function replaceWorker(page: Page, body: string | null): Promise<() => void> {
  let replacing = true;
  await page.route(WORKER_SCRIPT, async (route) => {
    if (!replacing) return route.continue();
    if (body === null) return route.abort('failed');
    return route.fulfill({ status: 200, contentType: 'text/javascript', body });
  });
  return () => {
    replacing = false;
  };
}

/** Holds every request for the language model until `release` is called. */
async function holdModel(page: Page): Promise<() => void> {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(MODEL_CHUNK, async (route: Route) => {
    await released;
    // A worker terminated meanwhile has given up on its request.
    await route.continue().catch(() => undefined);
  });
  return release;
}

function comparisonAlert(page: Page): Locator {
  return page.getByRole('alert').filter({ hasText: 'The comparison could not be computed' });
}

/** Waits for the comparison of `count` sources, its articles side by side. */
async function waitForColumns(page: Page, count: number) {
  await showAligned(page);
  await expect(sourceColumns(page)).toHaveCount(count, { timeout: ANALYSIS_TIMEOUT });
}

async function newStory(page: Page) {
  await page.goto('./?new');
  await expect(page.getByRole('heading', { name: 'New story' })).toBeVisible();
}

async function paste(page: Page, text: string) {
  await page.getByRole('textbox', { name: 'Paste an article' }).fill(text);
  await page.getByRole('button', { name: 'Add pasted article' }).click();
}

// ——— The analysis worker crashes ———

test('the seed story: a worker script that cannot load is reported, and Try again starts a working one', async ({
  page,
}) => {
  const restore = await replaceWorker(page, null);
  await page.goto('./');
  const alert = comparisonAlert(page);
  await expect(alert).toContainText(
    'The analysis stopped unexpectedly (it could not be loaded, or it failed). Trying again starts it afresh.',
    { timeout: ANALYSIS_TIMEOUT },
  );
  restore();
  await alert.getByRole('button', { name: 'Try again' }).click();
  await waitForColumns(page, 2);
  await expect(comparisonAlert(page)).toHaveCount(0);
});

test('the seed story: a worker that throws as it starts is reported with its error', async ({
  page,
}) => {
  const restore = await replaceWorker(page, 'throw new Error("the worker broke while starting");');
  await page.goto('./');
  const alert = comparisonAlert(page);
  await expect(alert).toContainText('the worker broke while starting', {
    timeout: ANALYSIS_TIMEOUT,
  });
  restore();
  await alert.getByRole('button', { name: 'Try again' }).click();
  await waitForColumns(page, 2);
});

test('a reader’s story: a worker that crashes while comparing is reported, Try again works, the story is kept', async ({
  page,
}) => {
  await newStory(page);
  await paste(page, FERRY_POST);
  await paste(page, ISLAND_TIMES);
  await waitForColumns(page, 2);
  const address = page.url();
  expect(address).toContain('?story=user');

  // The next worker started takes the request, then dies of an uncaught error.
  const restore = await replaceWorker(
    page,
    'self.onmessage = () => { throw new RangeError("the worker ran out of room while comparing"); };',
  );
  await page.reload();
  const alert = comparisonAlert(page);
  await expect(alert).toContainText('the worker ran out of room while comparing', {
    timeout: ANALYSIS_TIMEOUT,
  });
  // The story around the failed comparison is all there.
  await expect(page.getByRole('region', { name: 'Your story' })).toContainText('2 articles');
  restore();
  await alert.getByRole('button', { name: 'Try again' }).click();
  await waitForColumns(page, 2);

  // Nothing was lost: the stored story opens again after a reload, and the picker lists it.
  await page.reload();
  await waitForColumns(page, 2);
  await page
    .getByRole('navigation', { name: 'Stories' })
    .getByRole('link', { name: 'Stories' })
    .click();
  await expect(page.getByRole('region', { name: 'Your stories' }).getByRole('link')).toHaveCount(1);
});

test('a changed story cancels the comparison still running and shows only the new one', async ({
  page,
}) => {
  let workersStarted = 0;
  page.on('request', (request) => {
    if (/\/assets\/analysis\.worker-[^/]+\.js$/.test(request.url())) workersStarted++;
  });
  // The first comparison cannot finish until the model arrives: it is still running when the
  // reader adds the second article. It is a long one (a small one is left to finish: that is
  // quicker than a fresh worker).
  const releaseModel = await holdModel(page);
  await newStory(page);
  const longReport = `${FERRY_POST}\n\n${'The coast guard said the tide would rise again on Monday evening. '.repeat(4000)}`;
  expect(longReport.length).toBeGreaterThan(200_000);
  await paste(page, longReport);
  await expect(page.getByRole('status').filter({ hasText: 'Comparing 1 article' })).toBeVisible({
    timeout: ANALYSIS_TIMEOUT,
  });
  expect(workersStarted).toBe(1);
  await paste(page, ISLAND_TIMES);
  // The busy worker was stopped and a fresh one took the new story.
  await expect.poll(() => workersStarted, { timeout: ANALYSIS_TIMEOUT }).toBe(2);
  releaseModel();
  await waitForColumns(page, 2);
  await expect(comparisonAlert(page)).toHaveCount(0);
});

// ——— Render errors stay in their part of the page ———

/** IndexedDB as the app keeps it (src/features/library/storage/library-db.ts). */
async function putRecords(page: Page, records: unknown[]) {
  await page.evaluate(async (all) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('parallax-library');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('stories', 'readwrite');
      for (const record of all) tx.objectStore('stories').put(record);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('write failed'));
    });
    db.close();
  }, records);
}

async function storedIds(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('parallax-library');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const keys = await new Promise<IDBValidKey[]>((resolve, reject) => {
      const request = db.transaction('stories').objectStore('stories').getAllKeys();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('read failed'));
    });
    db.close();
    return keys.map(String).sort();
  });
}

const storedArticle = (id: string, file: string, source: string, published: string | null) => ({
  id,
  file,
  source,
  title: source.split('\n')[0] ?? file,
  outlet: null,
  published,
  addedAt: '2024-05-01T10:00:00.000Z',
  notices: [],
});

const storedStory = (id: string, title: string, published: string | null) => ({
  id,
  title,
  createdAt: '2024-05-01T09:00:00.000Z',
  updatedAt: '2024-05-01T10:00:00.000Z',
  articles: [
    storedArticle('a-1', 'ferry-post.txt', FERRY_POST, published),
    storedArticle('a-2', 'island-times.txt', ISLAND_TIMES, null),
  ],
});

/**
 * A browser whose date handling throws for one year, as engines with incomplete locale data
 * do: formatting or reading a date of that year fails, wherever the page does it.
 */
async function breakDateFormattingFor(page: Page, year: number) {
  await page.addInitScript((broken) => {
    const fail = () => new RangeError('Incorrect locale information provided');
    // The originals are kept and called with their receiver.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const yearOf = Date.prototype.getUTCFullYear;
    const isBroken = (date: Date) => yearOf.call(date) === broken;
    const format = Object.getOwnPropertyDescriptor(Intl.DateTimeFormat.prototype, 'format');
    if (!format?.get) throw new Error('Intl.DateTimeFormat.prototype.format is not a getter');
    Object.defineProperty(Intl.DateTimeFormat.prototype, 'format', {
      configurable: true,
      get(this: Intl.DateTimeFormat) {
        const original = format.get?.call(this) as (date?: Date | number) => string;
        return (date?: Date | number) => {
          if (isBroken(new Date(date ?? Date.now()))) throw fail();
          return original(date);
        };
      },
    });
    for (const name of ['getUTCFullYear', 'getFullYear', 'toLocaleDateString'] as const) {
      // eslint-disable-next-line @typescript-eslint/unbound-method
      const original = Date.prototype[name] as (this: Date, ...args: unknown[]) => unknown;
      Object.defineProperty(Date.prototype, name, {
        configurable: true,
        writable: true,
        value(this: Date, ...args: unknown[]) {
          if (isBroken(this)) throw fail();
          return original.apply(this, args);
        },
      });
    }
  }, year);
}

test('a comparison that throws while rendering leaves the story, the library and the rest of the page working', async ({
  page,
}) => {
  await breakDateFormattingFor(page, 1999);
  await page.goto('./?stories');
  await expect(page.getByRole('region', { name: 'Your stories' })).toContainText('None yet');
  await putRecords(page, [
    storedStory('user:good0000000000001', 'Ferry aground (fine)', '2024-04-30'),
    storedStory('user:breaks000000000002', 'Ferry aground (breaks)', '1999-12-31'),
    // A damaged record: not a story the app can read.
    { id: 'user:damaged00000000003', title: 42, articles: 'lost' },
  ]);
  await page.reload();

  // The damaged record is reported and left alone; the readable stories are listed.
  const yours = page.getByRole('region', { name: 'Your stories' });
  await expect(yours.getByRole('link')).toHaveCount(2);
  await expect(
    page.getByText('One stored story could not be read and was left as it is.'),
  ).toBeVisible();

  await yours.getByRole('link', { name: 'Ferry aground (breaks)' }).click();
  const broken = page.getByRole('alert').filter({ hasText: 'The comparison could not be shown' });
  await expect(broken).toContainText('Incorrect locale information provided', {
    timeout: ANALYSIS_TIMEOUT,
  });
  await expect(broken).toContainText('nothing you saved is lost');
  // Only the comparison failed: the story's name, exports and articles still work.
  const header = page.getByRole('region', { name: 'Your story' });
  await expect(header.getByRole('textbox', { name: 'Story name' })).toHaveValue(
    'Ferry aground (breaks)',
  );
  await expect(page.getByRole('group', { name: 'Export' })).toBeVisible();
  await header.getByRole('button', { name: 'Add or edit articles' }).click();
  // The reader can mend what breaks it: another date, and the comparison shows.
  await page
    .getByRole('group', { name: /Column 1/ })
    .getByLabel('Published')
    .fill('2024-04-30');
  await page
    .getByRole('group', { name: /Column 1/ })
    .getByLabel('Published')
    .blur();
  await waitForColumns(page, 2);
  await expect(broken).toHaveCount(0);

  // The masthead still navigates, and the other story opens.
  await page
    .getByRole('navigation', { name: 'Stories' })
    .getByRole('link', { name: 'Stories' })
    .click();
  await yours.getByRole('link', { name: 'Ferry aground (fine)' }).click();
  await waitForColumns(page, 2);

  // A link to the damaged story says what is wrong with it and how to get it back.
  await page.goto('./?story=user%3Adamaged00000000003');
  await expect(
    page.getByRole('heading', { name: 'This browser’s copy of this story is damaged' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Import the story file…' })).toBeVisible();

  // Nothing stored was lost, the damaged record included.
  expect(await storedIds(page)).toEqual([
    'user:breaks000000000002',
    'user:damaged00000000003',
    'user:good0000000000001',
  ]);
});

test('a story view that throws while rendering keeps the masthead, which leads on', async ({
  page,
}) => {
  // The seed story's articles are dated 2014: showing them fails in this browser.
  await breakDateFormattingFor(page, 2014);
  await page.goto('./');
  const broken = page.getByRole('alert').filter({ hasText: 'This page could not be shown' });
  await expect(broken).toContainText('Incorrect locale information provided', {
    timeout: ANALYSIS_TIMEOUT,
  });
  await expect(page.getByRole('banner')).toContainText('Parallax');
  await broken.getByRole('link', { name: 'See all stories' }).click();
  await expect(page.getByRole('heading', { name: 'Stories', level: 1 })).toBeVisible();
  await expect(broken).toHaveCount(0);
});

// ——— The story size limit ———

test('a story cannot grow past 8 MB in all, whether articles are dropped or a story is imported', async ({
  page,
}) => {
  // The comparison of a story this big is not what is tested: it never starts.
  await holdModel(page);
  await newStory(page);
  const report = (i: number) => Buffer.from(`Report ${i}\n\n${'word '.repeat(400_000)}`, 'utf8');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /Choose files, or drop them here/ }).click();
  await (
    await chooser
  ).setFiles(
    [1, 2, 3, 4, 5].map((i) => ({
      name: `report-${i}.txt`,
      mimeType: 'text/plain',
      buffer: report(i),
    })),
  );
  const messages = page.locator('[id$="-files-messages"]');
  await expect(messages).toContainText(
    'report-5.txt: not added, the story is too large (9.5 MB in all; the limit is 8.0 MB per story). Remove an article to make room.',
    { timeout: 30_000 },
  );
  await expect(page.getByRole('heading', { name: 'Articles in this story (4)' })).toBeVisible();
  await expect(
    page.getByRole('button', { name: /Choose files, or drop them here/ }),
  ).toHaveAccessibleDescription(/up to 2 MB each, 8 MB per story/);

  // The same limit holds for a story file.
  const articles = [1, 2, 3, 4, 5].map((i) => ({
    id: `a-${i}`,
    file: `report-${i}.txt`,
    title: `Report ${i}`,
    outlet: null,
    published: null,
    addedAt: '2024-05-01T10:00:00.000Z',
    notices: [],
    source: report(i).toString('utf8'),
  }));
  const storyFile = JSON.stringify({
    format: 'parallax-story',
    version: 1,
    exportedAt: '2024-05-02T08:00:00.000Z',
    story: {
      id: 'user:big0000000000000',
      title: 'Too big',
      createdAt: '2024-05-01T09:00:00.000Z',
      updatedAt: '2024-05-01T10:00:00.000Z',
      articles,
    },
  });
  await page.goto('./?stories');
  const importChooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import a story file…' }).click();
  await (
    await importChooser
  ).setFiles({
    name: 'big.parallax.json',
    mimeType: 'application/json',
    buffer: Buffer.from(storyFile),
  });
  await expect(page.getByRole('alert')).toContainText(
    'big.parallax.json: This story cannot be imported: the story is too large (9.5 MB in all; the limit is 8.0 MB per story). Nothing was imported.',
  );
  await expect(page.getByRole('region', { name: 'Your stories' }).getByRole('link')).toHaveCount(1);
});
