import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';
import type * as StoryFolders from './story-folders';

/**
 * The story folders' module, loaded when a build starts through Vite's module runner rather than
 * imported by the config: it reads the analysis core, whose extensionless TypeScript imports
 * Node cannot load natively, and the config itself stays loadable by any of Vite's loaders.
 */
async function loadStoryFolders(): Promise<typeof StoryFolders> {
  const path = fileURLToPath(new URL('./story-folders.ts', import.meta.url));
  const { module } = await runnerImport<typeof StoryFolders>(path, {
    configFile: false,
    logLevel: 'error',
  });
  return module;
}

/**
 * Builds the story folders into the app: refuses a folder that cannot be published (the build
 * stops and names it; the dev server warns), and brings each folder's passage register up to
 * date before the app's modules are read, so the build ships it. A register that gained
 * passages is written back into the folder: commit it with the story.
 */
export function publishedStories(root = process.cwd()): Plugin {
  let building = false;
  return {
    name: 'parallax:published-stories',
    // Tests read the folders themselves and never write registers.
    apply: (_, env) => env.command === 'build' || !process.env.VITEST,
    configResolved(config) {
      building = config.command === 'build';
    },
    async buildStart() {
      const { storyFolders, updateRegister } = await loadStoryFolders();
      const { folders, problems } = storyFolders(root);
      if (problems.length > 0) {
        const message = `Story folders that cannot be published:\n${problems.join('\n')}`;
        if (building) this.error(message);
        else this.warn(message);
      }
      for (const folder of folders) {
        const { added, changed } = updateRegister(folder);
        if (changed) {
          const where = relative(root, folder.dir);
          this.info(`${where}/passages.json: ${added} new passages registered (commit it).`);
        }
      }
    },
  };
}
