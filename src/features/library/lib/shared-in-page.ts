import type { CarriedStory } from '../../../core/anchoring/link-codec';

/**
 * Stories this page opened from links that carried them, by id, for as long as the page lives:
 * moving about a shared story (a focused sentence, the whole story, Back) replaces the link in
 * the address, and the story must not vanish with it. Never stored anywhere.
 */
const opened = new Map<string, CarriedStory>();

/**
 * Keeps a story opened from a link for the rest of the page's life (the last link wins). The
 * same story read again from the same link keeps its first object, so that it is unpacked once.
 */
export function rememberShared(storyId: string, carried: CarriedStory): void {
  const known = opened.get(storyId);
  if (known?.story === carried.story && known.hash === carried.hash) return;
  opened.set(storyId, carried);
}

/** The story this page opened under `storyId` from a link, if any. */
export function sharedInPage(storyId: string): CarriedStory | undefined {
  return opened.get(storyId);
}

/** Forgets a shared story (it was saved, or the library has it already). */
export function forgetShared(storyId: string): void {
  opened.delete(storyId);
}
