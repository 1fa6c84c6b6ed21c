import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

/** Opens a new, empty story from the masthead. */
export async function newStory(page: Page) {
  await page.goto('./');
  await page
    .getByRole('navigation', { name: 'Stories' })
    .getByRole('link', { name: 'New story' })
    .click();
  await expect(page.getByRole('heading', { name: 'New story' })).toBeVisible();
}

/** The text area articles are pasted into. */
export function pasteField(page: Page) {
  return page.getByRole('textbox', { name: 'Paste an article' });
}

/** Pastes an article into the story shown. */
export async function paste(page: Page, text: string) {
  await pasteField(page).fill(text);
  await page.getByRole('button', { name: 'Add pasted article' }).click();
}
