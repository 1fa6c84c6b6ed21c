import type { StoryLinks } from '../../features/compare/hooks/use-story-links';
import { formatLibraryRoute } from '../../features/library/lib/library-route';

/** The address of the app, without query or hash: what every shared link starts with. */
export const appAddress = (): string => `${window.location.origin}${window.location.pathname}`;

/** A story's own address in the app, without a claim: "./?story=ecb%3A1-ecb" ("./" for the seed). */
export const storyAddress = (routeId: string): string =>
  `./${formatLibraryRoute({ page: 'story', story: routeId })}`;

/**
 * Links to a story the app ships (the seed, a published story; `routeId` as the router names
 * it): short ones, naming passages in the story's register (`register`: its address), copied
 * with the story's name. The code behind both loads when first needed, so the first page stays
 * small.
 *
 * @example <StoryLinksContext value={shippedStoryLinks('Bridge', 'bridge-2024', story.register)}>
 */
export function shippedStoryLinks(
  name: string,
  routeId: string,
  register: string | null,
): StoryLinks {
  return {
    wholeStory: storyAddress(routeId),
    register: () =>
      import('../../features/story/api/get-passage-register').then((m) =>
        m.loadPassageRegister(register),
      ),
    share: (hash) =>
      import('../../features/library/lib/share-links').then(({ shortLinkAddress }) => ({
        address: shortLinkAddress(appAddress(), hash, name),
        message: 'Link copied',
      })),
  };
}
