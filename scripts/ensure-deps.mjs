// Installs what `npm start` and `npm test` need on a fresh machine, and nothing when it is present.
// Plain Node with no dependencies: it runs before node_modules exists.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const stampFile = join(root, 'node_modules', '.parallax-install-stamp');
export const chromiumPath = process.env.PARALLAX_CHROMIUM ?? '/usr/bin/chromium';

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options });
  return result.status === 0;
}

function lockDigest() {
  const lock = readFileSync(join(root, 'package-lock.json'));
  const manifest = readFileSync(join(root, 'package.json'));
  return createHash('sha256').update(lock).update(manifest).digest('hex');
}

/** Runs `npm ci` when node_modules is missing or older than package-lock.json. */
export function ensureNodeModules() {
  const digest = lockDigest();
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === digest) return;
  console.log('parallax: installing npm dependencies (npm ci)…');
  if (!run('npm', ['ci', '--no-audit', '--no-fund'])) {
    throw new Error('npm ci failed: see the output above');
  }
  writeFileSync(stampFile, digest);
}

/** Installs Debian's chromium for the end-to-end tests when it is absent. */
export function ensureChromium() {
  if (existsSync(chromiumPath)) return;
  console.log(`parallax: ${chromiumPath} is missing; installing Debian's chromium…`);
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const prefix = asRoot ? [] : ['sudo', '-n'];
  const apt = (args) =>
    run(prefix[0] ?? 'apt-get', [...prefix.slice(1), ...(asRoot ? [] : ['apt-get']), ...args], {
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  if (!apt(['update', '-qq']) || !apt(['install', '-y', '-qq', 'chromium'])) {
    throw new Error(
      'could not install chromium: run `apt-get install chromium` as root, or set PARALLAX_CHROMIUM',
    );
  }
}
