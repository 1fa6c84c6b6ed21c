import { useLibraryRoute } from '../hooks/use-library-route';
import { RouteLink } from './route-link';

/** The masthead's way to the stories: the picker, and a new story. */
export function LibraryNav() {
  const [route] = useLibraryRoute();
  return (
    <nav aria-label="Stories" className="ml-auto flex items-center gap-2 print:hidden">
      <RouteLink to={{ page: 'stories' }} className="btn" current={route.page === 'stories'}>
        Stories
      </RouteLink>
      <RouteLink to={{ page: 'new' }} className="btn" current={route.page === 'new'}>
        <span aria-hidden="true">+</span> New story
      </RouteLink>
    </nav>
  );
}
