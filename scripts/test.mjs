// `npm test`: install what is missing, then run every check and end with one line
// `N passed, N failed` that totals all runners. Exits non-zero when anything failed.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ensureChromium, ensureNodeModules } from './ensure-deps.mjs';

const root = new URL('..', import.meta.url).pathname;
const reports = join(root, 'reports');
let passed = 0;
let failed = 0;

function run(label, command, args) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  return result.status === 0;
}

/** A check that has no test count of its own (format, lint, types, build) counts as one. */
function check(label, command, args) {
  if (run(label, command, args)) passed += 1;
  else {
    failed += 1;
    console.log(`✗ ${label} failed`);
  }
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

ensureNodeModules();
ensureChromium();
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

check('format (prettier --check)', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']);
check('lint (eslint)', 'npx', ['eslint', '--max-warnings=0', '.']);
check('typecheck (tsc)', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);

const unitFile = join(reports, 'unit-results.json');
const unitOk = run('unit tests (vitest)', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${unitFile}`,
]);
const unit = readJson(unitFile);
if (unit) {
  passed += unit.numPassedTests ?? 0;
  failed += (unit.numFailedTests ?? 0) + (unit.numTodoTests ?? 0) + (unit.numPendingTests ?? 0);
  if (!unitOk && !unit.numFailedTests) failed += 1; // a suite that failed to load
} else failed += 1;

const built = run('build (vite build)', 'npx', ['vite', 'build', '--logLevel', 'warn']);
if (built) passed += 1;
else failed += 1;

if (built) {
  const e2eFile = join(reports, 'e2e-results.json');
  const e2eOk = run('end-to-end tests (playwright, chromium)', 'npx', ['playwright', 'test']);
  const e2e = existsSync(e2eFile) ? readJson(e2eFile) : null;
  if (e2e?.stats) {
    passed += e2e.stats.expected ?? 0;
    failed += (e2e.stats.unexpected ?? 0) + (e2e.stats.flaky ?? 0) + (e2e.stats.skipped ?? 0);
    if (!e2eOk && !e2e.stats.unexpected) failed += 1;
  } else failed += 1;
}

console.log(`\nReports: ${reports}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
