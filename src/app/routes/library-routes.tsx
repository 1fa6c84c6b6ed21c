import { LibraryScreens } from '../../features/library/components/library-screens';
import type { LibraryRoute } from '../../features/library/lib/library-route';
import { PublishedStoryScreen } from './published-story-screen';
import { SharedStoryGate } from './shared-story-screen';
import { UserStoryScreen } from './user-story-screen';

/** The screens with a comparison, composed here from the features, for the library's routes. */
const STORY_SCREENS = {
  Published: PublishedStoryScreen,
  Shared: SharedStoryGate,
  User: UserStoryScreen,
};

/** Every route but the seed story's: the library's screens, with the app's story screens. */
export function LibraryRoutes({ route }: { route: LibraryRoute }) {
  return <LibraryScreens route={route} screens={STORY_SCREENS} />;
}
