// The command line built to plain JavaScript (dist-cli/, by vite.cli.config.ts), and whether it
// is up to date. Plain Node, no dependencies: it runs before every `npm run analyze`,
// so the check must cost a few milliseconds (a stat per source file, no reading, no hashing of
// contents), and a build happens only when a source changed.
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

/** Folders whose files go into the bundle (tests aside). */
const SOURCE_DIRS = ['src/core', 'src/cli'];
/**
 * Files that decide how it is built and started: the build's config, the locked dependencies,
 * TS options, the entry that starts the bundle.
 */
const SOURCE_FILES = [
  'vite.cli.config.ts',
  'package-lock.json',
  'tsconfig.json',
  'scripts/cli-entry.cjs',
];
const TEST_FILE = /\.test\.tsx?$/;
/** The bundle's first line carries the stamp of the sources it was built from. */
const STAMP_PREFIX = '// parallax command line, built from sources ';

/**
 * A 53-bit hash of a string as 14 hex digits (cyrb53: two multiplicative 32-bit lanes mixed),
 * enough to tell one state of the sources from another; node:crypto would cost more to load
 * than the whole check.
 */
function hash53(text) {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** What a run starts: scripts/cli-entry.cjs, which runs the bundle with V8's code cache. */
export const entryPath = (root) => join(root, 'dist-cli', 'analyze.cjs');
/** The bundle itself, stamped with the sources it was built from. */
const bodyPath = (root) => join(root, 'dist-cli', 'analyze-body.cjs');
/**
 * Caches of earlier bundles, named after their stamps: V8's code cache (scripts/cli-entry.cjs)
 * and WordNet's index (src/cli/bundle-cache.ts).
 */
const CODE_CACHE = /^analyze-body\.(\w+)\.(?:v8-cache|wordnet-index)$/;

/** Adds the files under `dir` (relative to root), tests aside, to `files`. */
function addFiles(root, dir, files) {
  let entries;
  try {
    entries = readdirSync(join(root, dir), { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) addFiles(root, path, files);
    else if (!TEST_FILE.test(entry.name)) files.push(path);
  }
}

/**
 * A digest of the bundle's sources as they are on disk: every file's path, size and modification
 * time. Any edit, added, removed or renamed file changes it; so does a checkout that rewrites a
 * file, even with the same content (a needless rebuild, never a stale bundle).
 */
export function sourceStamp(root) {
  const files = [...SOURCE_FILES];
  for (const dir of SOURCE_DIRS) addFiles(root, dir, files);
  let listing = '';
  for (const file of files.sort()) {
    const stat = statSync(join(root, file), { throwIfNoEntry: false });
    listing += `${file}\0${stat ? `${stat.size} ${stat.mtimeMs}` : 'missing'}\n`;
  }
  return hash53(listing);
}

/**
 * The stamp the bundle was built from, or null when there is no bundle (or no stamp in it, or no
 * entry to start it).
 */
export function bundleStamp(root) {
  if (!existsSync(entryPath(root))) return null;
  let fd;
  try {
    fd = openSync(bodyPath(root), 'r');
  } catch {
    return null;
  }
  try {
    const head = Buffer.alloc(STAMP_PREFIX.length + 32);
    const length = readSync(fd, head, 0, head.length, 0);
    const line = head.toString('utf8', 0, length).split('\n')[0] ?? '';
    return line.startsWith(STAMP_PREFIX) ? line.slice(STAMP_PREFIX.length) : null;
  } finally {
    closeSync(fd);
  }
}

/**
 * The bundle's code in ASCII: every other character written as its \u escape, which JavaScript
 * reads as the same character in strings, templates, regular expressions and names (an escaped
 * one, `\’`, loses its backslash: `\u2019`). Node reads an ASCII file into a string of one byte
 * per character, 3× faster than UTF-8 and in half the memory (scripts/cli-entry.cjs).
 */
export function asciiCode(code) {
  return code.replace(/(\\*)([^\0-\x7f])/g, (_, slashes, char) => {
    const escape = `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
    return (slashes.length % 2 === 1 ? slashes.slice(1) : slashes) + escape;
  });
}

/**
 * Builds the bundle with Vite into a temporary folder, stamps it (in ASCII) and moves it into place with one
 * rename, so that a run never sees half a bundle, even when several runs build at once; then the
 * entry beside it, and drops the caches of earlier bundles. Vite's output goes to stderr:
 * stdout is the analysis's alone. Returns whether the build succeeded.
 */
export async function buildBundle(root, stamp) {
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  if (!existsSync(vite)) {
    process.stderr.write('parallax: vite is missing: run `npm ci` first\n');
    return false;
  }
  const { spawnSync } = await import('node:child_process');
  const outDir = join(root, 'dist-cli');
  mkdirSync(outDir, { recursive: true });
  const temp = mkdtempSync(join(outDir, '.build-'));
  try {
    const build = spawnSync(
      process.execPath,
      [vite, 'build', '--config', 'vite.cli.config.ts', '--outDir', temp, '--emptyOutDir'],
      { cwd: root, stdio: ['ignore', 2, 2] },
    );
    if (build.status !== 0) return false;
    const built = join(temp, 'analyze-body.cjs');
    writeFileSync(built, `${STAMP_PREFIX}${stamp}\n${asciiCode(readFileSync(built, 'utf8'))}`);
    renameSync(built, bodyPath(root));
    const entry = join(temp, 'analyze.cjs');
    copyFileSync(join(root, 'scripts', 'cli-entry.cjs'), entry);
    renameSync(entry, entryPath(root));
    for (const name of readdirSync(outDir)) {
      const cache = CODE_CACHE.exec(name);
      if (cache && cache[1] !== stamp) rmSync(join(outDir, name), { force: true });
    }
    return true;
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/**
 * The entry of an up-to-date bundle: the one on disk when it was built from the sources as they
 * are, else a fresh build (announced on stderr). Null when the build failed.
 */
export async function ensureBundle(root) {
  const stamp = sourceStamp(root);
  if (bundleStamp(root) === stamp) return entryPath(root);
  process.stderr.write('parallax: building the command line (dist-cli/)…\n');
  return (await buildBundle(root, stamp)) ? entryPath(root) : null;
}
