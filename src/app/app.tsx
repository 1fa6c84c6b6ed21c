import { LibraryNav } from '../features/library/components/library-nav';
import { LibraryRouter } from './router';
import { SeedStoryScreen } from './routes/seed-story-screen';

/** The page: a slim masthead and the story below it (the whole height on wide screens). */
export function App() {
  return (
    <div className="flex min-h-dvh flex-col md:h-dvh print:block print:h-auto">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:shadow"
      >
        Skip to the comparison
      </a>
      <header className="flex h-11 shrink-0 items-center gap-3 border-b border-stone-200 bg-white px-4 dark:border-stone-800 dark:bg-stone-900 print:border-0 print:px-0">
        <img src="./favicon.svg" alt="" width={22} height={22} />
        <span className="text-[0.95rem] font-semibold tracking-tight">Parallax</span>
        <span className="hidden text-sm text-stone-500 sm:inline dark:text-stone-400">
          How the sources tell one story
        </span>
        <LibraryNav />
      </header>
      <main
        id="main"
        tabIndex={-1}
        className="flex min-h-0 flex-1 flex-col outline-none print:block"
      >
        <LibraryRouter seed={<SeedStoryScreen />} />
      </main>
    </div>
  );
}
