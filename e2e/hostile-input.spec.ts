// No script from content ever runs: the XSS payloads of fixtures/xss go through every way
// content reaches the page — deep links, pasted and dropped articles, titles and outlet names —
// with a trap on `window` set before the page loads. Nothing may be recorded, no dialog may
// open, no element may carry a handler or a javascript: URL, nothing may load from elsewhere,
// and the payloads that are text must show as text. The built page's Content-Security-Policy
// is checked too, and a normal load must not trip it.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { encodeLinkText } from '../src/core/anchoring/url-text';
import { ingestArticle } from '../src/core/ingest/ingest-article';
import { ANALYSIS_TIMEOUT, showAligned, sourceColumns } from './support/story';

type Payload = { payload: string; vector: string; escapedText?: boolean };

const { payloads } = JSON.parse(readFileSync('fixtures/xss/payloads.json', 'utf8')) as {
  payloads: Payload[];
};
const texts = payloads.map((p) => p.payload);

/** What the page did that it never should, collected from the trap, the page and the network. */
type Watch = { dialogs: string[]; foreign: string[]; errors: string[] };

/**
 * Arms the trap before any script of the page runs: `__pwned`, `alert`, `confirm` and `prompt`
 * record their calls in `window.__xss`, and CSP violations go to `window.__csp`.
 */
async function armTrap(page: Page): Promise<Watch> {
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown> & { __xss: string[]; __csp: string[] };
    w.__xss = [];
    w.__csp = [];
    w.__pwned = (name: unknown) => w.__xss.push(`__pwned(${String(name)})`);
    for (const name of ['alert', 'confirm', 'prompt']) {
      w[name] = (message: unknown) => {
        w.__xss.push(`${name}(${String(message)})`);
        return null;
      };
    }
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.violatedDirective}: ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
  const watch: Watch = { dialogs: [], foreign: [], errors: [] };
  page.on('dialog', (dialog) => {
    watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!/^(?:http:\/\/127\.0\.0\.1[:/]|blob:|data:)/.test(url)) watch.foreign.push(url);
  });
  page.on('pageerror', (error) => watch.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') watch.errors.push(message.text());
  });
  return watch;
}

/** Elements and attributes in the page body that could run or load something. */
function dangerousMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const risky = new Set(['script', 'iframe', 'object', 'embed', 'frame', 'base', 'link', 'meta']);
    // Attributes a browser follows or loads (a title or aria-label holding "javascript:" is text).
    const urlAttributes = new Set(
      'href src srcset action formaction xlink:href data srcdoc poster background ping'.split(' '),
    );
    for (const el of document.body.querySelectorAll('*')) {
      const tag = el.tagName.toLowerCase();
      if (risky.has(tag)) found.push(`<${tag}>`);
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name)) found.push(`<${tag} ${attr.name}>`);
        if (urlAttributes.has(attr.name) && /^\s*(?:javascript|vbscript|data):/i.test(attr.value)) {
          found.push(`<${tag} ${attr.name}="${attr.value.slice(0, 40)}">`);
        }
      }
      if (tag === 'img' && !(el as HTMLImageElement).src.startsWith(location.origin)) {
        found.push(`<img src="${(el as HTMLImageElement).src}">`);
      }
    }
    return found;
  });
}

/** What the trap recorded: script that ran, and CSP violations. */
function trapped(page: Page): Promise<{ xss: string[]; csp: string[] }> {
  return page.evaluate(() => {
    const w = window as unknown as { __xss?: string[]; __csp?: string[] };
    return { xss: [...(w.__xss ?? ['the trap is gone'])], csp: [...(w.__csp ?? [])] };
  });
}

/** Asserts that nothing ran, opened, loaded or was built from the content. */
async function expectNothingRan(page: Page, watch: Watch, where: string): Promise<void> {
  expect(await trapped(page), where).toEqual({ xss: [], csp: [] });
  expect(watch.dialogs, where).toEqual([]);
  expect(watch.foreign, where).toEqual([]);
  expect(await dangerousMarkup(page), where).toEqual([]);
}

/** Text as a reader sees it: runs of white space as one space. */
const folded = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Payloads without control characters: a text field or URL may drop those, so they are not compared. */
const printable = (text: string) =>
  ![...text].some((c) => c.charCodeAt(0) < 0x20 && c !== '\n' && c !== '\t') &&
  !/[\u202a-\u202e]/.test(text);

test.describe('hostile input', () => {
  test('the built page ships a Content-Security-Policy without inline script or remote loads', () => {
    const html = readFileSync('dist/index.html', 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
    expect(meta, 'a CSP meta element in dist/index.html').not.toBeNull();
    const directives = new Map(
      (meta?.[1] ?? '')
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((parts) => parts[0])
        .map(([name = '', ...sources]) => [name, sources]),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    // No directive allows inline code, eval, or any host but our own.
    for (const [name, sources] of directives) {
      for (const source of sources) {
        expect(source, name).toMatch(/^(?:'self'|'none'|blob:|data:)$/);
      }
    }
    // Workers may come from blob: (Vite's worker in dev); images from data: (inline icons).
    expect(directives.get('worker-src') ?? ["'self'"]).not.toContain('data:');
    // Every script of the page is a file of our own: none is inline.
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes = '', body = ''] of scripts) {
      expect(attributes).toMatch(/\bsrc="\.?\/assets\//);
      expect(body.trim()).toBe('');
    }
  });

  test('a normal load of every screen trips no CSP rule and logs no error', async ({ page }) => {
    test.setTimeout(120_000);
    const watch = await armTrap(page);
    const cspConsole: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) cspConsole.push(m.text());
    });
    await page.goto('./');
    await showAligned(page);
    await expect(sourceColumns(page).first()).toBeVisible({ timeout: ANALYSIS_TIMEOUT });
    await page.keyboard.press('j');
    await page.getByRole('button', { name: 'Reading' }).click();
    await page.getByRole('button', { name: 'Summary' }).click();
    await page.goto('./?stories');
    await expect(page.getByRole('heading', { name: 'Stories', level: 1 })).toBeVisible();
    await page.goto('./?new');
    await expect(page.getByRole('heading', { name: 'New story' })).toBeVisible();
    await expectNothingRan(page, watch, 'normal load');
    expect(cspConsole).toEqual([]);
    expect(watch.errors).toEqual([]);
  });

  test('the trap records script that runs, and the CSP stops an injected handler (controls)', async ({
    page,
  }) => {
    const watch = await armTrap(page);
    await page.goto('./?stories');
    await expect(page.getByRole('heading', { name: 'Stories', level: 1 })).toBeVisible();
    // Deliberately unsafe, in the test only: what the app must never do with content.
    await page.evaluate(() => window.alert('control'));
    expect((await trapped(page)).xss).toEqual(['alert(control)']);
    await page.evaluate(() => {
      const div = document.createElement('div');
      div.setAttribute('onclick', "window.__pwned('handler')");
      document.body.append(div);
      div.click();
    });
    // Had markup from an article ever reached the DOM, the CSP would still refuse to run it.
    const after = await trapped(page);
    expect(after.xss).toEqual(['alert(control)']);
    // One report per policy that forbids it: the served header and the page's own <meta>.
    expect(after.csp.length).toBeGreaterThan(0);
    for (const report of after.csp) expect(report).toMatch(/^script-src-attr: inline/);
    expect(await dangerousMarkup(page)).toEqual(['<div onclick>']);
    expect(watch.dialogs).toEqual([]);
  });

  test('deep links carrying payloads run nothing and show names as text', async ({ page }) => {
    test.setTimeout(300_000);
    const watch = await armTrap(page);

    // A link to a reader's story this browser lacks: its name and id are shown, as text.
    for (const payload of texts) {
      const query = new URLSearchParams({ story: `user:${payload}`, name: payload });
      await page.goto(`./?${query.toString()}`);
      const heading = page.getByRole('heading', { level: 1 });
      await expect(heading).toBeVisible();
      if (printable(payload) && payload.trim()) {
        expect(folded((await heading.textContent()) ?? '')).toBe(
          folded(`“${payload.trim()}” is not in this browser`),
        );
      }
      await expectNothingRan(page, watch, `?story&name= ${payload}`);
    }

    // The seed story, then every hash format the app reads, changed in place.
    await page.goto('./');
    await showAligned(page);
    await expect(sourceColumns(page).first()).toBeVisible({ timeout: ANALYSIS_TIMEOUT });
    for (const payload of texts) {
      const hashes = [
        payload,
        `focus=${encodeURIComponent(payload)}`,
        `view=reading&focus=${encodeURIComponent(payload)}&disagreement=${encodeURIComponent(payload)}`,
        `/claim/v1/seed/s?a=1.00000000&q=${encodeLinkText(payload)}&r=0-9`,
      ];
      for (const hash of hashes) {
        await page.evaluate((h) => {
          window.location.hash = h;
        }, hash);
      }
      // The last link's quote is not in the story: it is reported, and shown as text.
      const status = page.getByRole('status').filter({ hasText: 'could not be found' });
      await expect(status).toBeVisible({ timeout: ANALYSIS_TIMEOUT });
      if (printable(payload) && payload.trim()) {
        await expect(status).toContainText(folded(payload).slice(0, 60));
      }
      await expectNothingRan(page, watch, `#… ${payload}`);
    }

    // The payload as the whole hash of a fresh page load (the first read of the address).
    for (const [i, payload] of texts.entries()) {
      // A new query each time: a change of hash alone would not load the page again.
      await page.goto(`./?load=${i}#${payload}`);
      await expect(page.getByRole('main')).toBeVisible();
      await expectNothingRan(page, watch, `goto #${payload}`);
    }

    // A claim link whose story id is the payload, opened as a fresh page.
    for (const payload of texts) {
      await page.goto(`./#/claim/v1/${encodeLinkText(payload)}/s?a=1.00000000&q=council&r=0-7`);
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible({
        timeout: ANALYSIS_TIMEOUT,
      });
      await expectNothingRan(page, watch, `#/claim/v1/<story> ${payload}`);
    }
    expect(watch.errors).toEqual([]);
  });
  test('pasted articles whose titles and outlet names are payloads run nothing and show as text', async ({
    page,
  }) => {
    test.setTimeout(600_000);
    const watch = await armTrap(page);
    const refused: string[] = [];
    // Twelve articles a story (the most one holds): every payload is a title, a body and an outlet.
    for (let from = 0; from < texts.length; from += 12) {
      await newStory(page);
      const field = page.getByRole('textbox', { name: 'Paste an article' });
      const added: string[] = [];
      for (const payload of texts.slice(from, from + 12)) {
        await field.fill(articleText(payload));
        await page.getByRole('button', { name: 'Add pasted article' }).click();
        // Accepted (the field empties) or refused with a message (a paste that is an HTML page
        // whose every word sits in an unclosed <math> has no readable text): never lost silently.
        await expect
          .poll(
            async () =>
              (await field.inputValue()) === '' ||
              (await field.getAttribute('aria-invalid')) === 'true',
          )
          .toBe(true);
        if ((await field.inputValue()) === '') added.push(payload);
        else {
          const message = page.locator('[id$="-paste-messages"]');
          await expect(message).toContainText('Error');
          refused.push(`${payload} → ${folded((await message.textContent()) ?? '')}`);
          await field.fill('');
        }
      }
      await showAligned(page, true);
      await expect(sourceColumns(page)).toHaveCount(added.length, { timeout: ANALYSIS_TIMEOUT });
      // Each outlet is named by the reader: the payload of the article's neighbour.
      for (const [i, payload] of added.entries()) {
        const row = page.getByRole('group', { name: new RegExp(`^Column ${i + 1} `) });
        const outlet = row.getByRole('textbox', { name: 'Outlet' });
        await outlet.fill(added[(i + 1) % added.length] ?? payload);
        await outlet.blur();
      }
      await expect(sourceColumns(page)).toHaveCount(added.length, { timeout: ANALYSIS_TIMEOUT });
      await expectNothingRan(page, watch, `pasted ${from}..${from + 11}`);
      // Each column is headed by its article's title (the pasted first line) and named by the
      // outlet typed for it: both the payload, shown as text.
      const heads = await sourceColumns(page).evaluateAll((columns) =>
        columns.map((c) => ({
          outlet: c.querySelector('h2')?.textContent ?? '',
          title: c.querySelector('header p[title]')?.textContent ?? '',
        })),
      );
      for (const payload of added.filter((p) => printable(p) && p.trim())) {
        // The title the core reads (the first line; a paste that is really an HTML page is read
        // as one, and its title is the page's), shown character for character.
        const title = ingestArticle({ file: 'pasted.txt', text: articleText(payload) }).metadata
          .title;
        expect(
          heads.map((h) => folded(h.title)),
          payload,
        ).toContain(folded(title));
        expect(
          heads.map((h) => folded(h.outlet)),
          payload,
        ).toContain(folded(payload));
      }
    }
    // Only pastes with no readable text at all are refused.
    expect(refused.length, refused.join('\n')).toBeLessThanOrEqual(3);
    test.info().annotations.push({ type: 'refused pastes', description: refused.join('\n') });
    expect(watch.errors).toEqual([]);
  });

  test('dropped HTML and Markdown files full of payloads run nothing', async ({ page }) => {
    test.setTimeout(600_000);
    const watch = await armTrap(page);
    for (const format of ['html', 'md'] as const) {
      await newStory(page);
      // Twelve files, five payloads each: title, site name (or front matter), headline, body.
      // (A file with a NUL byte is refused as binary before it is read: that payload is left out.)
      const inFiles = texts.filter((t) => !t.includes('\u0000'));
      const files = Array.from({ length: 12 }, (_, i) => {
        const five = Array.from(
          { length: 5 },
          (_, k) => inFiles[(i * 5 + k) % inFiles.length] ?? '',
        );
        return {
          name: `hostile-${i + 1}.${format}`,
          type: format === 'html' ? 'text/html' : 'text/markdown',
          text: format === 'html' ? htmlFile(five, i) : markdownFile(five, i),
        };
      });
      await dropFiles(page, files);
      await expect(page.getByRole('heading', { name: 'Articles in this story (12)' })).toBeVisible({
        timeout: ANALYSIS_TIMEOUT,
      });
      await showAligned(page, true);
      await expect(sourceColumns(page)).toHaveCount(12, { timeout: ANALYSIS_TIMEOUT });
      await expectNothingRan(page, watch, `dropped ${format}`);
    }
    expect(watch.errors).toEqual([]);
  });
});

/** A plain-text article whose first line (its title) and credit line are the payload. */
function articleText(payload: string): string {
  return (
    `${payload}\n\nThe council said ${payload} on Monday, officials said.\n\n` +
    `About 40 people attended the meeting, the mayor said.\n\n© ${payload}`
  );
}

/** An HTML page with payloads in its title, site name, headline and body. */
function htmlFile([a = '', b = '', c = '', d = '', e = '']: string[], i: number): string {
  return (
    `<!doctype html><html><head><title>${a}</title>` +
    `<meta property="og:site_name" content="${b}"><meta name="description" content='${e}'>` +
    `</head><body><h1>Council meets ${c}</h1><p>The council said ${d} on Monday.</p>` +
    `<p>About ${40 + i} people attended, ${e} the mayor said.</p></body></html>`
  );
}

/** A Markdown article with payloads in its front matter, heading and body. */
function markdownFile([a = '', b = '', c = '', d = '', e = '']: string[], i: number): string {
  const line = (text: string) => text.replace(/\n/g, ' ');
  return (
    `---\ntitle: ${line(a)}\noutlet: ${line(b)}\n---\n# Council meets ${line(c)}\n\n` +
    `The council said ${d} on Monday.\n\nAbout ${40 + i} people attended, ${e} the mayor said.\n`
  );
}

async function newStory(page: Page): Promise<void> {
  await page.goto('./?new');
  await expect(page.getByRole('heading', { name: 'New story' })).toBeVisible();
}

/** Drops files on the drop zone the way a browser does: one DataTransfer carrying them all. */
async function dropFiles(page: Page, files: { name: string; type: string; text: string }[]) {
  const target = page.getByRole('button', { name: /Choose files, or drop them here/ });
  const dataTransfer = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const f of list) transfer.items.add(new File([f.text], f.name, { type: f.type }));
    return transfer;
  }, files);
  await target.dispatchEvent('dragenter', { dataTransfer });
  await target.dispatchEvent('dragover', { dataTransfer });
  await target.dispatchEvent('drop', { dataTransfer });
}
