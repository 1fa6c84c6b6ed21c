import type { Arrival } from '../lib/link-arrival';
import { useStoryLinks } from '../hooks/use-story-links';

/**
 * Opens the whole story (`address`, relative to this page) without the claim: a new history
 * entry, so that Back returns to the claim.
 */
function openWholeStory(address: string) {
  const url = new URL(address, window.location.href);
  window.history.pushState(null, '', `${url.pathname}${url.search}`);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

/**
 * What the claim link the reader arrived by points to ("A claim in DW, 30 March 2014: “…”"),
 * and a way to the whole story. The quotation is text, never markup.
 */
export function LinkArrival({ arrival }: { arrival: Arrival }) {
  const { wholeStory } = useStoryLinks();
  return (
    <section
      aria-label="Linked claim"
      className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-sky-200 bg-sky-50 px-4 py-2 text-sm dark:border-sky-900 dark:bg-sky-950/40 print:hidden"
    >
      <p className="min-w-0 flex-1">
        <span className="font-semibold">{arrival.lead}:</span> “{arrival.quote}”
      </p>
      <button
        type="button"
        className="btn shrink-0"
        onClick={() =>
          openWholeStory(wholeStory ?? `${window.location.pathname}${window.location.search}`)
        }
      >
        Read the whole story
      </button>
    </section>
  );
}
