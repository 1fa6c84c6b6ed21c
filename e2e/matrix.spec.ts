// The coverage matrix of a story of three sources or more: shared facts as rows, numbered as the
// aligned grid numbers them, sources as columns, each cell "reports it", "reports it
// differently" or "not reported", as the grid shows it; one tab stop, arrow keys inside.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { newStory, paste, pasteField } from './support/library';
import { SCREENS, useScreen, viewButton } from './support/reading';
import { ANALYSIS_TIMEOUT, showAligned, sourceColumns } from './support/story';

test.describe.configure({ timeout: 120_000 });

// Three reports of one (invented) event: the same facts in other words, one figure that differs,
// one fact that a single report leaves out.
const REPORTS = [
  `Storm forces closure of coastal highway

The state transport agency closed the coastal highway on Tuesday after a landslide buried two lanes near the harbour, officials said.

About 12,000 vehicles use the road each day, according to the agency. Repairs could take three weeks, the governor told reporters on Tuesday evening.

No one was injured in the landslide, police said.`,
  `Landslide shuts coast road for weeks

A landslide near the harbour buried part of the coastal highway on Tuesday, and the state closed the road, the transport agency said.

The governor said repairs would take at least three weeks. Some 9,000 vehicles use the road each day, according to local officials.

Police said nobody was hurt.`,
  `Coastal highway closed after landslide

Transport officials closed the coastal highway on Tuesday after a landslide near the harbour covered two lanes.

The governor said the repairs would take three weeks. No injuries were reported, according to police.`,
];

/** Pastes the three reports into a new story and waits for its summary. */
async function openThreeReports(page: Page) {
  await newStory(page);
  for (const text of REPORTS) {
    await paste(page, text);
    await expect(pasteField(page)).toHaveValue('');
  }
  await expect(page.locator('[data-view="summary"]')).toBeVisible({ timeout: ANALYSIS_TIMEOUT });
}

const matrix = (page: Page) =>
  page.getByRole('grid', { name: 'Coverage: which source reports which fact' });

/** The matrix as drawn: each row's number and its cells' states and names. */
async function readMatrix(page: Page) {
  const rows = matrix(page).locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  return rows.evaluateAll((trs) =>
    trs.map((tr) => ({
      ordinal: Number(tr.getAttribute('data-coverage-fact')),
      cells: [...tr.querySelectorAll('td[data-state]')].map((td) => ({
        state: td.getAttribute('data-state') ?? '',
        name: td.querySelector('[aria-label]')?.getAttribute('aria-label') ?? '',
      })),
    })),
  );
}

for (const screen of SCREENS) {
  test(`three pasted reports: every fact against every source, the differing figure marked (${screen.name})`, async ({
    page,
  }) => {
    await useScreen(page, screen);
    await openThreeReports(page);
    const views = page.getByRole('group', { name: 'View' }).getByRole('button');
    await expect(views).toHaveText(['Summary', 'Matrix', 'Aligned', 'Reading']);
    await viewButton(page, 'Matrix').click();
    await expect(viewButton(page, 'Matrix')).toHaveAttribute('aria-pressed', 'true');
    expect(new URL(page.url()).hash).toContain('view=matrix');

    const headers = await matrix(page).locator('thead th').allTextContents();
    expect(headers).toHaveLength(4);
    expect(headers[0]).toBe('Shared fact');
    const sources = headers.slice(1);
    const rows = await readMatrix(page);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(rows.map((r) => r.ordinal)).toEqual(rows.map((_, i) => i + 1));
    for (const row of rows) {
      expect(row.cells.map((c) => c.state).every((s) => /^(reports|differs|absent)$/.test(s))).toBe(
        true,
      );
      // Each cell names its source, its fact and what it says.
      row.cells.forEach((cell, c) =>
        expect(cell.name).toMatch(
          new RegExp(
            `^${sources[c]}, fact ${row.ordinal}: (reports it|not reported|reports it differently \\(.+\\))$`,
          ),
        ),
      );
      // A shared fact: two sources or more report it.
      expect(row.cells.filter((c) => c.state !== 'absent').length).toBeGreaterThanOrEqual(2);
    }
    // The traffic figure: 12,000 in one report, 9,000 in another; the third gives none.
    const traffic = rows.find((r) => r.cells.some((c) => c.name.includes('12,000')));
    expect(traffic, 'a row of the disputed traffic figure').toBeDefined();
    expect(traffic?.cells.map((c) => c.state)).toEqual(['differs', 'differs', 'absent']);
    expect(traffic?.cells[0]?.name).toMatch(/differently \((About )?12,000\)$/);
    expect(traffic?.cells[1]?.name).toMatch(/differently \((Some )?9,000\)$/);

    // The totals row counts each source's cells.
    const totals = await matrix(page)
      .locator('tfoot td')
      .evaluateAll((tds) => tds.map((td) => td.textContent?.replace(/\s+/g, '') ?? ''));
    sources.forEach((_, c) => {
      const count = (state: string) => rows.filter((r) => r.cells[c]?.state === state).length;
      expect(totals[c]).toBe(`${count('reports')}✓${count('differs')}≠${count('absent')}–`);
    });
  });

  test(`the matrix is one tab stop, arrow keys move inside, a cell opens its sentence (${screen.name})`, async ({
    page,
  }) => {
    await useScreen(page, screen);
    await openThreeReports(page);
    await viewButton(page, 'Matrix').click();
    const table = matrix(page);
    await expect(table).toBeVisible();
    // Tab from the view switcher enters the matrix at its first row's fact, once.
    await viewButton(page, 'Matrix').focus();
    let stops = 0;
    while (!(await table.evaluate((t) => t.contains(document.activeElement)))) {
      await page.keyboard.press('Tab');
      stops += 1;
      expect(stops, 'tab stops before the matrix').toBeLessThan(30);
    }
    const focused = page.locator(':focus');
    await expect(focused).toHaveText(/^Fact 1/);
    await page.keyboard.press('Tab');
    expect(await table.evaluate((t) => t.contains(document.activeElement))).toBe(false);
    await page.keyboard.press('Shift+Tab');
    await expect(focused).toHaveText(/^Fact 1/);

    // Arrow keys: across to the first source's cell, down to the next fact.
    await page.keyboard.press('ArrowRight');
    await expect(focused).toHaveAttribute('aria-label', /, fact 1: /);
    await page.keyboard.press('ArrowDown');
    await expect(focused).toHaveAttribute('aria-label', /, fact 2: /);
    const name = (await focused.getAttribute('aria-label')) ?? '';
    const headers = await table.locator('thead th').allTextContents();
    const column = String(headers.indexOf(name.slice(0, name.indexOf(', fact'))) - 1);
    // Enter opens that source's sentence of fact 2 in the aligned grid, chosen and in view.
    if (!/not reported$/.test(name)) {
      await page.keyboard.press('Enter');
      await expect(viewButton(page, 'Aligned')).toHaveAttribute('aria-pressed', 'true');
      const chosen = page.locator('[data-sentence-id][data-selected]');
      await expect(chosen).toBeInViewport();
      await expect(chosen).toBeFocused();
      const place = await chosen.evaluate((e) => ({
        column: e.closest('[data-column]')?.getAttribute('data-column'),
        fact: /Fact (\d+)/.exec(e.closest('[data-fact-cell]')?.textContent ?? '')?.[1],
      }));
      expect(place).toEqual({ column, fact: '2' });
    }
  });
}

test('the matrix says of each source what the aligned grid shows of it, fact by fact', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openThreeReports(page);
  await viewButton(page, 'Matrix').click();
  const rows = await readMatrix(page);
  await showAligned(page);
  await expect(sourceColumns(page)).toHaveCount(3, { timeout: ANALYSIS_TIMEOUT });
  // Every fact row of the grid, its number and which columns show or refer to a sentence.
  const grid = await page.locator('[data-fact-cell]').evaluateAll((cells) => {
    const facts = new Map<number, boolean[]>();
    for (const cell of cells) {
      const ordinal = Number(/Fact (\d+)/.exec(cell.textContent ?? '')?.[1]);
      const column = Number(cell.getAttribute('data-fact-cell')?.split(':').pop());
      const reports = cell.querySelector('[data-sentence-id], [data-refers-to]') !== null;
      const list = facts.get(ordinal) ?? [];
      list[column] = reports;
      facts.set(ordinal, list);
    }
    return [...facts].sort((a, b) => a[0] - b[0]);
  });
  expect(grid.map(([ordinal]) => ordinal)).toEqual(rows.map((r) => r.ordinal));
  for (const [ordinal, columns] of grid) {
    const row = rows.find((r) => r.ordinal === ordinal);
    expect(
      row?.cells.map((c) => c.state !== 'absent'),
      `fact ${ordinal}`,
    ).toEqual(columns);
  }
});
