import type { MouseEvent, ReactNode } from 'react';
import { navigateTo } from '../hooks/use-library-route';
import { formatLibraryRoute } from '../lib/library-route';
import type { LibraryRoute } from '../lib/library-route';

type Props = {
  to: LibraryRoute;
  children: ReactNode;
  className?: string;
  current?: boolean;
};

/**
 * A link to a library route: a real address (it opens in a new tab, can be copied), followed in
 * place on a plain click.
 */
export function RouteLink({ to, children, className, current = false }: Props) {
  const href = formatLibraryRoute(to) || window.location.pathname;
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    navigateTo(to);
  };
  return (
    <a
      href={href}
      onClick={onClick}
      className={className}
      aria-current={current ? 'page' : undefined}
    >
      {children}
    </a>
  );
}
