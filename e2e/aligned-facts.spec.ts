import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { newStory } from './support/library';
import { ANALYSIS_TIMEOUT, showAligned, sourceColumns } from './support/story';

// Two saved web pages on one (invented) event, as a reader drops them: a cookie banner, a
// byline, a dateline and share links around the report.
const page = (outlet: string, byline: string, body: string[]) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Ferry pier collapses - ${outlet}</title></head><body>
<div class="cookie-banner"><p>We use cookies to give you the best experience on our website. By continuing to browse, you agree to our use of cookies.</p><button>Accept all cookies</button></div>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<article><h1>Ferry pier collapses on the island</h1>
<p class="byline">By ${byline}, Staff Reporter</p>
<p class="dateline">Published 12 March 2024, 10:42 GMT</p>
${body.map((p) => `<p>${p}</p>`).join('\n')}
</article>
<footer><p>Share this article on Facebook and Twitter.</p><p>© 2024 ${outlet}. All rights reserved.</p></footer>
</body></html>`;

const HERALD = page('Island Herald', 'Jane Doe', [
  'Part of the main ferry pier collapsed on Tuesday morning, the port authority said.',
  'The ferry company suspended all crossings until further notice.',
  'Engineers will inspect the other piers this week, the mayor said.',
]);
const TIMES = page('Coast Times', 'John Smith', [
  'The main pier of the island ferry partly collapsed on Tuesday, port officials said.',
  'All ferry crossings were suspended until further notice, the ferry company said.',
  'Residents queued for hours at the bus station.',
]);

async function chooseFiles(p: Page, files: { name: string; text: string }[]) {
  const chooser = p.waitForEvent('filechooser');
  await p.getByRole('button', { name: /Choose files, or drop them here/ }).click();
  await (
    await chooser
  ).setFiles(
    files.map((f) => ({ name: f.name, mimeType: 'text/html', buffer: Buffer.from(f.text) })),
  );
}

/** The sentence ids shown in the aligned view, with how often each is shown. */
async function shownSentences(p: Page): Promise<Map<string, number>> {
  const ids = await p
    .locator('[data-sentence-id]')
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-sentence-id') ?? ''));
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

test('a page with a cookie banner, bylines and share links aligns none of them', async ({
  page: p,
}) => {
  await p.setViewportSize({ width: 1440, height: 900 });
  await newStory(p);
  await chooseFiles(p, [
    { name: 'herald.html', text: HERALD },
    { name: 'times.html', text: TIMES },
  ]);
  await showAligned(p);
  await expect(sourceColumns(p)).toHaveCount(2, { timeout: ANALYSIS_TIMEOUT });
  const factCells = p.locator('[data-fact-cell]');
  await expect(factCells.first()).toBeVisible();
  const inFacts = (await factCells.allTextContents()).join('\n');
  expect(inFacts).toContain('pier');
  for (const furniture of ['cookies', 'Staff Reporter', 'Published 12 March', 'Share this', '©']) {
    expect(inFacts, furniture).not.toContain(furniture);
  }
});

// Three short reports in which one lead sentence tells two facts the others tell apart.
const PIER_STORY = [
  `Pier collapse

Part of the main pier collapsed on Tuesday and the ferry company suspended all crossings.

Engineers will inspect the other piers this week, the mayor said.`,
  `Ferry pier falls

Part of the main pier collapsed on Tuesday, the port authority said.

The ferry company suspended all crossings to the island until further notice.

Engineers are due to inspect the other piers this week, according to the mayor.`,
  `Island cut off

Ferry crossings to the island were suspended after part of the main pier collapsed, the port authority said.

Residents queued for hours at the bus station.`,
];

test('shows every sentence once: a sentence that tells two facts is referred to from the second', async ({
  page: p,
}) => {
  await p.setViewportSize({ width: 1440, height: 900 });
  await newStory(p);
  for (const text of PIER_STORY) {
    await p.getByRole('textbox', { name: 'Paste an article' }).fill(text);
    await p.getByRole('button', { name: 'Add pasted article' }).click();
    await expect(p.getByRole('textbox', { name: 'Paste an article' })).toHaveValue('');
  }
  await showAligned(p);
  await expect(sourceColumns(p)).toHaveCount(3, { timeout: ANALYSIS_TIMEOUT });
  await expect(p.locator('[data-fact-cell]').first()).toBeVisible();
  const shown = await shownSentences(p);
  expect(shown.size).toBeGreaterThan(0);
  const twice = [...shown].filter(([, n]) => n > 1).map(([id]) => id);
  expect(twice, 'sentences shown in more than one place').toEqual([]);
  // The lead sentence of the first report tells of the collapse and of the suspension: the
  // second of those rows refers to it instead of showing it again.
  const reference = p.getByRole('button', { name: /shown with fact \d+/ }).first();
  await expect(reference).toBeVisible();
});
