import { createContext, useContext } from 'react';
import type { PassageRegister } from '../../../core/anchoring/passage-register';

/** The address a copied claim link gets, and what to tell the reader about it. */
export type SharedLink = { address: string; message: string };

/** What the story shown says about links to its claims (set by the screen that shows it). */
export type StoryLinks = {
  /**
   * The story ships with the app, with a passage register: its claims get short links that
   * name passages by key. Called when a link names a passage the story's text no longer has.
   */
  register?: () => Promise<PassageRegister | null>;
  /**
   * The address to copy for a claim link's hash (by default this page's address with the
   * hash): it may name the story, or carry it.
   */
  share?: (hash: string) => Promise<SharedLink>;
  /**
   * The address of the whole story, without a claim (by default this page's path and query):
   * where a reader who arrived by a claim link goes to read everything.
   */
  wholeStory?: string;
};

/** Links of the story shown; without a provider, long links copied with this page's address. */
export const StoryLinksContext = createContext<StoryLinks>({});

/** What the story shown says about links to its claims. */
export function useStoryLinks(): StoryLinks {
  return useContext(StoryLinksContext);
}
