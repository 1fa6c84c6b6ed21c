import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { articleKey } from '../src/core/anchoring/article-ref';
import { encodeLink } from '../src/core/anchoring/link-codec';
import { describePassage } from '../src/core/anchoring/quote-selector';
import { PERF_MARKS } from '../src/workers/perf-marks';
import { openAligned, openStory, showAligned, sourceColumns } from './support/story';

// The machine may be busy: the first analysis loads a language model in the worker.
test.describe.configure({ timeout: 120_000 });

const dwColumn = (page: Page) => page.getByRole('region', { name: 'DW', exact: true });
const coinspeakerColumn = (page: Page) =>
  page.getByRole('region', { name: 'Coinspeaker', exact: true });
const disagreementsPanel = (page: Page) => page.getByRole('region', { name: /^Disagreements/ });

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
});

test('loads without script errors or Content-Security-Policy violations', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await openAligned(page);
  await expect(sourceColumns(page)).toHaveCount(2);
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("connect-src 'self'");
  expect(problems).toEqual([]);
});

test('shows one column per source, headed by outlet, title, date and credits', async ({ page }) => {
  await openAligned(page);
  await expect(sourceColumns(page)).toHaveCount(2);
  const dw = dwColumn(page);
  const coinspeaker = coinspeakerColumn(page);
  await expect(dw).toBeVisible();
  await expect(coinspeaker).toBeVisible();
  await expect(dw.getByRole('heading', { name: 'DW' })).toBeVisible();
  await expect(
    dw.getByText('Kerry and Lavrov meet to hash out diplomatic Ukraine solution').first(),
  ).toBeVisible();
  await expect(dw.getByText('30 March 2014')).toBeVisible();
  await expect(dw.getByText(/dpa, AP, AFP/)).toBeVisible();
  await expect(
    coinspeaker
      .getByText('John Kerry Meets with Sergei Lavrov on Ukraine, Urges Troop Pullback')
      .first(),
  ).toBeVisible();
});

test('marks 100,000 and 40,000 as a conflict credited to Kyiv and to US officials', async ({
  page,
}) => {
  await openAligned(page);
  const dw = dwColumn(page);
  for (const value of ['100,000', '40,000']) {
    const mark = dw.locator('mark[data-kind="conflict"]', { hasText: value });
    await expect(mark).toHaveCount(1);
    await expect(mark).toHaveAccessibleDescription(/Kyiv/);
    await expect(mark).toHaveAccessibleDescription(/US officials/);
  }
  await expect(dw.getByText('according to Kyiv', { exact: true })).toBeVisible();
  await expect(dw.getByText('according to US officials', { exact: true })).toBeVisible();
});

test('lists the troop-number disagreement in the panel, reachable by keyboard', async ({
  page,
}) => {
  await openAligned(page);
  const item = disagreementsPanel(page).getByRole('button', {
    name: /100,000[\s\S]*40,000|40,000[\s\S]*100,000/,
  });
  await expect(item).toContainText('Kyiv');
  await expect(item).toContainText('US officials');
  await expect(item).toContainText('DW');

  let reached = false;
  for (let presses = 0; presses < 40 && !reached; presses++) {
    await page.keyboard.press('Tab');
    reached = await item.evaluate((element) => element === document.activeElement);
  }
  expect(reached, 'Tab reaches the disagreement').toBe(true);
  await page.keyboard.press('Enter');
  await expect(item).toHaveAttribute('aria-current', 'true');
  const active = dwColumn(page).locator('mark[data-kind="conflict"][data-active="true"]');
  await expect(active).toHaveCount(2);
  await expect(active.first()).toBeInViewport();
});

test('steps through disagreements with n and p', async ({ page }) => {
  await openAligned(page);
  // Each item is one button (beside it, a copy-link button).
  const items = disagreementsPanel(page).getByRole('button', { name: /^(?!Copy link)/ });
  const count = await items.count();
  expect(count, 'the analysis finds at least one disagreement').toBeGreaterThan(0);
  await page.keyboard.press('n');
  await expect(items.nth(0)).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('p');
  await expect(items.nth(count - 1)).toHaveAttribute('aria-current', 'true');
  await expect(page.locator('mark[data-active="true"]').first()).toBeInViewport();
});

const ALIGNED_PAIRS = [
  {
    fact: 'the meeting',
    coinspeaker: 'met on Sunday to discuss possible ways of regulating the crisis in Ukraine',
    dw: "Meeting at the Russian ambassador's residence in Paris on Sunday",
  },
  {
    fact: 'the press conference',
    coinspeaker: 'Kerry told a news conference late on Sunday',
    dw: 'Kerry is planning to hold a press conference later on Sunday',
  },
  {
    fact: 'the troop withdrawal',
    coinspeaker: 'progress depended on a Russian troop pullback from Ukraine',
    dw: "the withdrawal of Russian troops from Ukraine's eastern borders",
  },
];

for (const pair of ALIGNED_PAIRS) {
  test(`aligns ${pair.fact} side by side`, async ({ page }) => {
    await openAligned(page);
    // Each sentence is shown once, in the row of the strongest fact it reports. Two sentences
    // that report one fact share a row, or one row shows one and refers to the other, or one
    // stands between the rows, linked to the row of the other.
    const sentence = (column: ReturnType<typeof dwColumn>, quote: string) =>
      column.locator('[data-sentence-id]', { hasText: quote });
    const left = sentence(coinspeakerColumn(page), pair.coinspeaker);
    const right = sentence(dwColumn(page), pair.dw);
    await expect(left, `Coinspeaker's sentence is shown once`).toHaveCount(1);
    await expect(right, `DW's sentence is shown once`).toHaveCount(1);
    /** Where a sentence is: its id, its fact row's key and ordinal, or the row it is linked to. */
    const place = (s: typeof left) =>
      s.evaluate((e) => {
        const cell = e.closest('[data-fact-cell]');
        return {
          id: e.getAttribute('data-sentence-id') ?? '',
          row: cell?.getAttribute('data-fact-cell')?.split(':')[0] ?? null,
          ordinal: /Fact (\d+)/.exec(cell?.textContent ?? '')?.[1] ?? null,
          linkedTo: e.closest('[data-linked-to]')?.getAttribute('data-linked-to') ?? null,
        };
      });
    const [l, r] = await Promise.all([place(left), place(right)]);
    const refers = async (row: string | null, id: string) =>
      row !== null &&
      (await page.locator(`[data-fact-cell^="${row}:"] [data-refers-to="${id}"]`).count()) > 0;
    const together =
      (l.row !== null && l.row === r.row) ||
      (await refers(r.row, l.id)) ||
      (await refers(l.row, r.id)) ||
      (l.linkedTo !== null && l.linkedTo === r.ordinal) ||
      (r.linkedTo !== null && r.linkedTo === l.ordinal);
    expect(together, 'one row holds both, or one refers or is linked to the other').toBe(true);
  });
}

test('hovering or focusing a sentence marks its counterparts in the other column', async ({
  page,
}) => {
  await openAligned(page);
  await page.keyboard.press('j');
  const focused = page.locator('[data-sentence-id]:focus');
  await expect(focused).toHaveCount(1);
  await expect(focused).toHaveAttribute('data-state', 'focused');
  const related = page.locator('[data-state="related"]');
  await expect(related.first()).toBeVisible();
  const hovered = dwColumn(page).locator('[data-sentence-id]', { hasText: pair(1).dw });
  await hovered.hover();
  await expect(hovered).toHaveAttribute('data-state', 'focused');
  await expect(coinspeakerColumn(page).locator('[data-state="related"]').first()).toBeVisible();
});

function pair(index: number) {
  const found = ALIGNED_PAIRS[index];
  if (!found) throw new Error(`no pair ${index}`);
  return found;
}

test('moves through shared facts with j and k', async ({ page }) => {
  await openAligned(page);
  const focused = page.locator('[data-sentence-id]:focus');
  // A sentence that reports several facts sits in several rows: follow the row, not the text.
  const focusedRow = () =>
    focused.evaluate((e) => e.closest('[data-fact-cell]')?.getAttribute('data-fact-cell') ?? '');
  await page.keyboard.press('j');
  const first = await focusedRow();
  expect(first).not.toBe('');
  await page.keyboard.press('j');
  await expect.poll(focusedRow).not.toBe(first);
  await expect(focused).toBeInViewport();
  await page.keyboard.press('k');
  await expect.poll(focusedRow).toBe(first);
});

// Three reports of one (invented) event. The first one's opening sentence reports two facts
// that the second reports apart: it sits in two consecutive fact rows of its column. The second's
// and the third's sentences on the crossings also agree with each other, both placed in other
// rows already: that fact's row places no sentence of its own, and the first has none in it.
const PIER_STORY = [
  `Ferry service halted after pier collapse

A section of the main pier collapsed on Monday morning and the ferry company suspended all crossings to the island, the port authority said.

Engineers will inspect the remaining piers this week, the mayor said.`,
  `Pier gives way at island ferry terminal

Part of the main pier collapsed on Monday morning, the port authority said.

The ferry company suspended all crossings to the island until further notice.

Engineers are due to inspect the other piers this week, according to the mayor.`,
  `Island cut off

Ferry crossings to the island were suspended after part of the main pier collapsed, the port authority said.

Residents queued for hours at the bus station.`,
];

test('j visits every fact row in order and k comes back, when a sentence tells several facts', async ({
  page,
}) => {
  await page.goto('./');
  await page
    .getByRole('navigation', { name: 'Stories' })
    .getByRole('link', { name: 'New story' })
    .click();
  for (const text of PIER_STORY) {
    await page.getByRole('textbox', { name: 'Paste an article' }).fill(text);
    await page.getByRole('button', { name: 'Add pasted article' }).click();
    await expect(page.getByRole('textbox', { name: 'Paste an article' })).toHaveValue('');
  }
  await showAligned(page);
  await expect(sourceColumns(page)).toHaveCount(3, { timeout: 60_000 });

  // Each fact row: its number, and the sentences the lead (first) column shows in it.
  const factRows = await page.locator('[data-fact-cell$=":0"]').evaluateAll((cells) =>
    cells.map((cell) => ({
      ordinal: Number(/Fact (\d+)/.exec(cell.textContent ?? '')?.[1]),
      lead: [...cell.querySelectorAll('[data-sentence-id]')].map(
        (s) => s.getAttribute('data-sentence-id') ?? '',
      ),
    })),
  );
  const ordinals = factRows.map((row) => row.ordinal);
  expect(ordinals).toEqual(ordinals.map((_, i) => i + 1));
  // Every sentence is shown once: a row whose lead sentence is shown in another row refers to it.
  const leads = factRows.flatMap((row) => row.lead);
  expect(new Set(leads).size).toBe(leads.length);
  expect(factRows.some((row) => row.lead.length === 0)).toBe(true);
  await expect(page.getByRole('button', { name: /shown with fact \d+/ }).first()).toBeVisible();

  const focused = page.locator('[data-sentence-id]:focus');
  const focusedOrdinal = () =>
    focused.evaluate((e) =>
      Number(/Fact (\d+)/.exec(e.closest('[data-fact-cell]')?.textContent ?? '')?.[1]),
    );
  for (const ordinal of ordinals) {
    await page.keyboard.press('j');
    await expect.poll(focusedOrdinal).toBe(ordinal);
    await expect(focused).toBeInViewport();
  }
  for (const ordinal of ordinals.slice(0, -1).reverse()) {
    await page.keyboard.press('k');
    await expect.poll(focusedOrdinal).toBe(ordinal);
  }
});

test('switches views with v and keeps the choice in the address', async ({ page }) => {
  await openStory(page);
  const view = (name: string) =>
    page.getByRole('group', { name: 'View' }).getByRole('button', { name });
  // The story opens on its summary; v goes on to the aligned view, the reading view, and back.
  await expect(view('Summary')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('v');
  await expect(view('Aligned')).toHaveAttribute('aria-pressed', 'true');
  expect(new URL(page.url()).hash).toContain('view=aligned');
  await expect(sourceColumns(page)).toHaveCount(2);
  await page.keyboard.press('v');
  await expect(view('Reading')).toHaveAttribute('aria-pressed', 'true');
  expect(new URL(page.url()).hash).toContain('view=reading');
  await expect(sourceColumns(page)).toHaveCount(2);
  await page.keyboard.press('v');
  await expect(view('Summary')).toHaveAttribute('aria-pressed', 'true');
  expect(new URL(page.url()).hash).toBe('');
});

test('j from the summary opens the aligned view at the first shared fact', async ({ page }) => {
  await openStory(page);
  await page.keyboard.press('j');
  await expect(page.getByRole('button', { name: 'Aligned' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const focused = page.locator('[data-sentence-id]:focus');
  await expect(focused).toHaveCount(1);
  await expect(focused).toBeInViewport();
  expect(await focused.evaluate((e) => e.closest('[data-fact-cell]') !== null)).toBe(true);
});

test('leaves keys alone while a form control takes them', async ({ page }) => {
  await openAligned(page);
  await page.getByRole('combobox', { name: 'Rows follow' }).focus();
  await page.keyboard.press('v');
  await expect(page.getByRole('button', { name: 'Aligned' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test('opens the shortcut help with ? and closes it with Escape', async ({ page }) => {
  await openAligned(page);
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('Next disagreement')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('j');
  await expect(page.locator('[data-sentence-id]:focus')).toHaveCount(1);
});

test('a link opens at the passage it names, and says so when the passage is gone', async ({
  page,
}) => {
  await openAligned(page);
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  const id = await page.locator('[data-sentence-id]:focus').getAttribute('data-sentence-id');
  const link = page.url();
  await page.goto('about:blank');
  await page.goto(link);
  // A sentence that reports several facts sits in several rows; the link brings the first to view.
  const target = page.locator(`[data-sentence-id="${id}"]`).first();
  await expect(target).toHaveAttribute('data-state', 'focused', { timeout: 60_000 });
  await expect(target).toBeInViewport();

  await page.goto('./#focus=no-such-passage');
  await expect(
    page.getByRole('status').filter({ hasText: 'The linked passage is not in this comparison' }),
  ).toBeVisible({
    timeout: 60_000,
  });
});

test('at 390 px shows one source at a time and keeps the focused fact in view', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openAligned(page);
  await expect(sourceColumns(page).filter({ visible: true })).toHaveCount(1);
  const switcher = page.getByRole('group', { name: 'Source shown' });
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  const before = await page.locator('[data-sentence-id]:focus').getAttribute('data-sentence-id');
  await switcher.getByRole('button', { name: 'DW' }).click();
  await expect(dwColumn(page)).toBeVisible();
  await expect(coinspeakerColumn(page)).toBeHidden();
  // The focused sentence may sit in several fact rows; the first is the one brought into view.
  const now = page.locator('[data-state="focused"]').filter({ visible: true }).first();
  await expect(now).not.toHaveAttribute('data-sentence-id', before ?? '');
  await expect(now).toBeInViewport();
});

test('prints the columns without panels or buttons', async ({ page }) => {
  await openAligned(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('complementary', { name: 'Disagreements and legend' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Reading' })).toBeHidden();
  await expect(dwColumn(page)).toBeVisible();
  await expect(coinspeakerColumn(page)).toBeVisible();
});

// How long the page's tasks take is measured by `npm run bench` (long tasks, no timed tests
// here); this checks where the work runs.
test('analyses in a worker: the model and the analysis never run on the page', async ({ page }) => {
  const modelRequests: string[] = [];
  page.on('request', (request) => {
    if (/\/model-[^/]*\.js$/.test(request.url())) modelRequests.push(request.url());
  });
  await openAligned(page);
  expect(modelRequests.length, 'the language model is loaded once, in a chunk of its own').toBe(1);
  const marks = (names: string[]) =>
    names.map((name) => performance.getEntriesByName(name, 'mark').length);
  const names = [PERF_MARKS.modelLoaded, PERF_MARKS.analysisDone];
  expect(await page.evaluate(marks, names), 'no model or analysis on the page').toEqual([0, 0]);
  const workerMarks = await Promise.all(page.workers().map((w) => w.evaluate(marks, names)));
  expect(workerMarks, 'one worker loaded the model and analysed the story').toEqual([[1, 1]]);
  await expect.poll(() => page.evaluate(marks, [PERF_MARKS.storyHighlighted])).toEqual([1]);
});

test('a claim link (a description of the passage) opens at its disagreement, or says what is gone', async ({
  page,
}) => {
  const file = '003_98415ab34e40d7b9.txt';
  const text = readFileSync(`seeds/${file}`, 'utf8');
  const start = text.indexOf('40,000');
  const hash = encodeLink({
    story: 'seed',
    kind: 'span',
    passages: [
      {
        article: { key: articleKey(file), index: 1 },
        selector: describePassage(text, start, start + 6),
      },
    ],
  });
  await openStory(page, `#${hash}`);
  const dw = dwColumn(page);
  await expect(
    dw.locator('mark[data-kind="conflict"][data-active="true"]', { hasText: '40,000' }),
  ).toBeInViewport();
  await expect(disagreementsPanel(page).getByRole('button', { name: /40,000/ })).toHaveAttribute(
    'aria-current',
    'true',
  );

  const gone = encodeLink({
    story: 'seed',
    kind: 'sentence',
    passages: [
      {
        article: { key: articleKey(file), index: 1 },
        selector: {
          exact: 'A sentence that this article never printed at all.',
          prefix: '',
          suffix: '',
          start: 5,
          end: 56,
        },
      },
    ],
  });
  await page.goto(`./#${gone}`);
  await expect(page.getByRole('status').filter({ hasText: 'could not be found' })).toContainText(
    'A sentence that this article never printed at all.',
    { timeout: 60_000 },
  );
});
