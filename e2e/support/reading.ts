import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { storyFileOf } from '../../scripts/bench/story-file';
import { ANALYSIS_TIMEOUT, waitForComparison } from './story';

/** The screens every reading spec runs on: wide and phone, light and dark. */
export const SCREENS = [
  { name: '1440 px', width: 1440, height: 900, dark: false },
  { name: '1440 px, dark', width: 1440, height: 900, dark: true },
  { name: '390 px', width: 390, height: 844, dark: false },
  { name: '390 px, dark', width: 390, height: 844, dark: true },
] as const;

export type Screen = (typeof SCREENS)[number];

/** Sets the window's size and colour scheme. */
export async function useScreen(page: Page, screen: Screen): Promise<void> {
  await page.setViewportSize({ width: screen.width, height: screen.height });
  await page.emulateMedia({ colorScheme: screen.dark ? 'dark' : 'light' });
}

/** A shipped story of four sources (the coverage matrix, the column picker, 14 fact rows). */
export const FOUR_SOURCES = './?story=ecb%3A12-ecb';
/** A shipped story of four sources with 22 fact rows. */
export const MANY_FACTS = './?story=ecb%3A3-ecb';

/** The view switcher's button for a view. */
export function viewButton(page: Page, label: string) {
  return page
    .getByRole('group', { name: 'View' })
    .getByRole('button', { name: label, exact: true });
}

/** Opens one of the shipped stories and waits for its comparison. */
export async function openShipped(page: Page, path: string, hash = ''): Promise<void> {
  await page.goto(`${path}${hash}`);
  await waitForComparison(page);
}

/** The published stories' folders (`stories/<slug>/`); the corpus ones are `ecb-…`. */
const SHIPPED = join(process.cwd(), 'stories');

/**
 * A 12-article story file (`.parallax.json`): the twelve largest articles the app ships, from
 * several corpus stories, as the app would export it.
 */
export function twelveArticleStory(): { name: string; text: string } {
  const files = readdirSync(SHIPPED)
    .filter((folder) => folder.startsWith('ecb-') && statSync(join(SHIPPED, folder)).isDirectory())
    .flatMap((folder) =>
      readdirSync(join(SHIPPED, folder))
        .filter((f) => f.endsWith('.txt'))
        .map((f) => join(SHIPPED, folder, f)),
    )
    .map((path) => ({ path, text: readFileSync(path, 'utf8') }))
    .sort((a, b) => b.text.length - a.text.length || a.path.localeCompare(b.path))
    .slice(0, 12)
    .map(({ path, text }) => ({ file: path.slice(path.lastIndexOf('/') + 1), text }));
  return {
    name: 'twelve.parallax.json',
    text: storyFileOf('Twelve reports', files),
  };
}

/** Imports a story file through the story picker and waits for its comparison. */
export async function importStory(page: Page, file: { name: string; text: string }) {
  await page.goto('./?stories');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import a story file…' }).click();
  await (
    await chooser
  ).setFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
  await expect(page.locator('[data-view]')).toBeVisible({ timeout: ANALYSIS_TIMEOUT * 2 });
}

/**
 * Whether the element with keyboard focus shows it: an outline or a ring of some width, inside
 * the window, and not covered by anything (sticky headers included) at its centre.
 */
export function focusShown(page: Page): Promise<{ ok: boolean; what: string }> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { ok: false, what: 'nothing has focus' };
    const style = getComputedStyle(element);
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1;
    const ringed = style.boxShadow !== 'none';
    const box = element.getBoundingClientRect();
    const x = Math.min(Math.max(box.left + Math.min(box.width / 2, 8), 0), innerWidth - 1);
    const y = Math.min(Math.max(box.top + Math.min(box.height / 2, 8), 0), innerHeight - 1);
    const atPoint = document.elementFromPoint(x, y);
    const inside =
      box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth;
    const uncovered = atPoint !== null && (element.contains(atPoint) || atPoint.contains(element));
    const what = `${element.tagName.toLowerCase()} “${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40)}”`;
    return { ok: (outlined || ringed) && inside && uncovered, what };
  });
}
