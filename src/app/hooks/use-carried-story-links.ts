import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { withCarriedStory, withoutCarriedStory } from '../../core/anchoring/link-codec';
import type { CarriedStory } from '../../core/anchoring/link-codec';
import type { StoryLinks } from '../../features/compare/hooks/use-story-links';
import {
  MAX_SHARED_LINK_LENGTH,
  packStory,
  tooLargeToCarry,
} from '../../features/library/lib/carried-story';
import type { TooLargeForLink } from '../../features/library/lib/carried-story';
import { formatLibraryRoute } from '../../features/library/lib/library-route';
import type { LibraryStory } from '../../features/library/lib/library-types';
import { appAddress, storyAddress } from '../lib/shipped-story-links';
import { contentHash } from '../../features/library/lib/story-content';
import { storyHeading } from '../../features/library/lib/story-edits';

/** Packs stories once per content: copying many links of one story packs it once. */
function usePacker() {
  const last = useRef<{ hash: string; packed: Promise<CarriedStory> } | null>(null);
  return useCallback((story: LibraryStory): Promise<CarriedStory> => {
    const hash = contentHash(story);
    if (last.current?.hash !== hash) {
      last.current = { hash, packed: packStory(story, new Date().toISOString()) };
    }
    return last.current.packed;
  }, []);
}

/**
 * Links to a reader's story that carry it: a copied claim link holds the story itself
 * (compressed), so anyone can open it, when the whole link stays within
 * `MAX_SHARED_LINK_LENGTH`. Above that the plain link is copied, and `tooLarge` says so (the
 * screen then offers the story file, whose import opens the same claim). The story is packed
 * ahead of time, once it has stopped changing, so that copying is immediate; a story whose text
 * alone is more than a link may carry is never packed.
 */
export function useCarriedStoryLinks(story: LibraryStory | null): {
  links: StoryLinks;
  tooLarge: TooLargeForLink | null;
  dismiss: () => void;
} {
  const pack = usePacker();
  const [tooLarge, setTooLarge] = useState<TooLargeForLink | null>(null);
  const current = useRef(story);
  useEffect(() => {
    current.current = story;
    if (!story || story.articles.length === 0 || tooLargeToCarry(story)) return;
    const timer = window.setTimeout(() => void pack(story).catch(() => undefined), 800);
    return () => window.clearTimeout(timer);
  }, [story, pack]);

  const id = story?.id;
  const links = useMemo<StoryLinks>(
    () => ({
      ...(id ? { wholeStory: storyAddress(id) } : {}),
      share: async (hash) => {
        const shown = current.current;
        const plain = withoutCarriedStory(hash) ?? hash;
        if (!shown) return { address: `${appAddress()}${plain}`, message: 'Link copied' };
        const route = formatLibraryRoute({
          page: 'story',
          story: shown.id,
          name: storyHeading(shown),
        });
        const base = `${appAddress()}${route}`;
        let address: string | null = null;
        try {
          if (!tooLargeToCarry(shown))
            address = `${base}${withCarriedStory(plain, await pack(shown))}`;
        } catch {
          // A story too large for the codec's limit is too large for a link.
        }
        if (address && address.length <= MAX_SHARED_LINK_LENGTH) {
          setTooLarge(null);
          const length = address.length.toLocaleString('en');
          return { address, message: `Link copied, with the story in it (${length} characters)` };
        }
        setTooLarge({ length: address?.length ?? Infinity });
        return {
          address: `${base}${plain}`,
          message:
            'Link copied without the story, which is too large for a link: send the story file with it.',
        };
      },
    }),
    [pack, id],
  );
  return { links, tooLarge, dismiss: () => setTooLarge(null) };
}
