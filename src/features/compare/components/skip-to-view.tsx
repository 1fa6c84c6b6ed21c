import type { RefObject } from 'react';

type Props = {
  /** What the view holds, as read after "Skip to": "the articles". */
  label: string;
  scrollerRef: RefObject<HTMLElement | null>;
};

/** The view's first tab stop: in the aligned and reading views, the first column's sentence. */
const FIRST_STOP = '[tabindex="0"], button:not([tabindex="-1"]), a[href]:not([tabindex="-1"])';

/**
 * A skip link over the toolbar and the side panel, shown when it has keyboard focus: it moves
 * focus to the view's first tab stop (the first column's sentence, the summary's first
 * disagreement, the matrix), from where the arrow keys go on.
 */
export function SkipToView({ label, scrollerRef }: Props) {
  return (
    <button
      type="button"
      className="sr-only focus:not-sr-only focus:absolute focus:z-50 focus:m-2 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-sm focus:shadow dark:focus:bg-stone-800 print:hidden"
      onClick={() => {
        const first = scrollerRef.current?.querySelector<HTMLElement>(FIRST_STOP);
        first?.focus();
        first?.scrollIntoView({ block: 'nearest' });
      }}
    >
      Skip to {label}
    </button>
  );
}
