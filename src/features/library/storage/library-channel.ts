/** The channel the library's tabs use to tell each other what they stored. */
export const LIBRARY_CHANNEL_NAME = 'parallax-library';

/**
 * Tells the library's other tabs (same browser, same site) which stories a tab just stored, and
 * hears theirs. The message only names the stories: IndexedDB stays the one source of truth,
 * and each tab re-reads what it is told about.
 */
export type LibraryChannel = {
  announce(storyIds: readonly string[]): void;
  /** Calls `onChange` with the ids another tab stored; returns a function that stops it. */
  listen(onChange: (storyIds: string[]) => void): () => void;
  close(): void;
};

type Announcement = { type: 'stories-stored'; ids: string[] };

const isAnnouncement = (data: unknown): data is Announcement =>
  typeof data === 'object' &&
  data !== null &&
  (data as Announcement).type === 'stories-stored' &&
  Array.isArray((data as Announcement).ids) &&
  (data as Announcement).ids.every((id) => typeof id === 'string');

/**
 * Opens the channel over BroadcastChannel; null where the browser has none (the tabs then learn
 * of each other's changes when they next write or load, and still never overwrite them).
 *
 * @example openLibraryChannel()?.announce(['user:0123456789abcdef']);
 */
export function openLibraryChannel(name: string = LIBRARY_CHANNEL_NAME): LibraryChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(name);
  return {
    announce(ids) {
      if (ids.length === 0) return;
      const message: Announcement = { type: 'stories-stored', ids: [...ids] };
      channel.postMessage(message);
    },
    listen(onChange) {
      const onMessage = (event: MessageEvent<unknown>) => {
        if (isAnnouncement(event.data)) onChange(event.data.ids);
      };
      channel.addEventListener('message', onMessage);
      return () => channel.removeEventListener('message', onMessage);
    },
    close: () => channel.close(),
  };
}
