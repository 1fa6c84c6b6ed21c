import type { MouseEvent } from 'react';
import { useLinkCopied } from '../hooks/use-link-copied';
import { useStoryLinks } from '../hooks/use-story-links';
import './claim-link-icons.css';

type Props = {
  /** The claim link's hash (`#/claim/v1/…`). */
  href: string;
  /** What the link points at, as read after "Link to": "this sentence", "fact 3", "“40,000”". */
  label: string;
  /** False keeps both controls out of the tab order (a sentence's, until it is chosen). */
  tabbable?: boolean;
  className?: string;
};

const CONTROL_CLASS =
  'claim-link-icon inline-flex h-5 w-5 items-center justify-center rounded text-stone-600 hover:bg-stone-200 hover:text-stone-900 focus-visible:opacity-100 dark:text-stone-300 dark:hover:bg-stone-700 dark:hover:text-white';

/** The whole address of a claim link: this page (its path and query name the story) and the hash. */
function absoluteLink(href: string): string {
  return new URL(href, window.location.href).href;
}

/**
 * A claim's deep link: an `<a>` to follow it (a new history entry, so Back returns) and a button
 * that copies it (as the story shown shares it: `useStoryLinks`), announced in the comparison's
 * live region. Clicks stop here: they must not
 * also choose the sentence the control sits in. The icons are drawn by CSS
 * (claim-link-icons.css): a long story has hundreds of these controls.
 */
export function ClaimLinkControl({ href, label, tabbable = true, className = '' }: Props) {
  const announce = useLinkCopied();
  const { share } = useStoryLinks();
  const tabIndex = tabbable ? undefined : -1;
  const stop = (event: MouseEvent) => event.stopPropagation();
  const copy = async () => {
    try {
      // The story shown may name itself in the link, or travel in it.
      const shared = share
        ? await share(href)
        : { address: absoluteLink(href), message: 'Link copied' };
      await navigator.clipboard.writeText(shared.address);
      announce(shared.message);
    } catch {
      announce('The link could not be copied: open the link and copy the address instead.');
    }
  };
  return (
    <span
      className={`claim-link inline-flex items-center gap-0.5 align-middle font-sans ${className}`}
    >
      <a
        href={href}
        aria-label={`Link to ${label}`}
        title={`Link to ${label}`}
        tabIndex={tabIndex}
        className={CONTROL_CLASS}
        onClick={stop}
        data-icon="link"
      />
      <button
        type="button"
        aria-label={`Copy link to ${label}`}
        title={`Copy link to ${label}`}
        tabIndex={tabIndex}
        className={CONTROL_CLASS}
        onClick={(event) => {
          stop(event);
          void copy();
        }}
        data-icon="copy"
      />
    </span>
  );
}
