import { lazy, Suspense } from 'react';
import type { ReactNode } from 'react';
import { useLibraryRoute } from '../features/library/hooks/use-library-route';
import { formatLibraryRoute, SEED_STORY_ID } from '../features/library/lib/library-route';
import { RouteLink } from '../features/library/components/route-link';
import { SectionBoundary } from '../components/section-boundary';

// The library's screens (file reading, HTML parsing, storage, the shipped corpus) load only when
// one is opened, so the seed story's first paint does not wait for them.
const LibraryRoutes = lazy(() =>
  import('./routes/library-routes').then((module) => ({ default: module.LibraryRoutes })),
);

/**
 * The main area by route: the seed story (`seed`, rendered by the app) or one of the library's
 * screens (the picker, a new story, a reader's story, a shipped story). A render error in it
 * stays in it (the masthead and its links keep working); another route starts afresh.
 */
export function LibraryRouter({ seed }: { seed: ReactNode }) {
  const [route] = useLibraryRoute();
  const screen =
    route.page === 'story' && route.story === SEED_STORY_ID ? (
      seed
    ) : (
      <Suspense
        fallback={
          <p className="p-4 text-sm md:p-8" role="status">
            Opening…
          </p>
        }
      >
        <LibraryRoutes route={route} />
      </Suspense>
    );
  return (
    <SectionBoundary
      title="This page could not be shown"
      resetKey={formatLibraryRoute(route) || SEED_STORY_ID}
      actions={
        route.page === 'stories' ? null : (
          <RouteLink to={{ page: 'stories' }} className="text-sm underline">
            See all stories
          </RouteLink>
        )
      }
    >
      {screen}
    </SectionBoundary>
  );
}
