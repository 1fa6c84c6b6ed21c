// `npm run analyze -- FILE...` (or `--story DIR ...`): runs the command line built to plain
// JavaScript, dist-cli/analyze.cjs, in this same process, after building it when its sources
// changed (scripts/cli-bundle.mjs). `node dist-cli/analyze.cjs …` runs a built bundle directly.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { ensureBundle } from './cli-bundle.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = await ensureBundle(root);
if (!bundle) {
  process.stderr.write('parallax: could not build the command line (see above)\n');
  process.exit(1);
}
createRequire(import.meta.url)(bundle);
