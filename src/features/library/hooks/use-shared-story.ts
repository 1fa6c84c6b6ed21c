import { useEffect, useState } from 'react';
import { decodeLink } from '../../../core/anchoring/link-codec';
import type { CarriedStory } from '../../../core/anchoring/link-codec';
import { unpackStory } from '../lib/carried-story';
import type { LibraryStory } from '../lib/library-types';

/** A story carried in a link, as read so far. */
export type SharedStory =
  | { status: 'reading' }
  | { status: 'refused'; error: string }
  | { status: 'ready'; story: LibraryStory };

const NOTHING_KEPT = 'Nothing was opened or saved.';

/**
 * The story carried by the claim link in `hash`, or why the link cannot carry one (a sentence
 * for the reader). Only decodes the link: the story is unpacked by `useSharedStory`.
 *
 * @example carriedIn('#/claim/v1/user:ab12/s?…&c=rVPB…&h=…') // { carried: { story, hash } }
 */
export function carriedIn(hash: string): { carried: CarriedStory } | { error: string } {
  const decoded = decodeLink(hash);
  if (!decoded.ok) return { error: `${decoded.message} ${NOTHING_KEPT}` };
  if (!decoded.link.carried) return { error: `This link carries no story. ${NOTHING_KEPT}` };
  return { carried: decoded.link.carried };
}

/**
 * The story `carried` for story `storyId`, once unpacked and checked as strictly as an import
 * (`unpackStory`), or why it was refused. Nothing is stored.
 */
export function useSharedStory(carried: CarriedStory, storyId: string): SharedStory {
  const [read, setRead] = useState<{ carried: CarriedStory; shared: SharedStory } | null>(null);
  useEffect(() => {
    let current = true;
    void unpackStory(carried).then((result) => {
      if (!current) return;
      const shared: SharedStory = !result.ok
        ? { status: 'refused', error: result.message }
        : result.story.id !== storyId
          ? {
              status: 'refused',
              error: `The story in this link is not the one the link points into: the link was changed. ${NOTHING_KEPT}`,
            }
          : { status: 'ready', story: result.story };
      setRead({ carried, shared });
    });
    return () => {
      current = false;
    };
  }, [carried, storyId]);
  return read?.carried === carried ? read.shared : { status: 'reading' };
}
