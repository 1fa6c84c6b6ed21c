// The launcher of `npm run analyze` (scripts/analyze.mjs, scripts/cli-bundle.mjs) and the entry
// that starts the bundle (scripts/cli-entry.cjs), run in a small checkout of their own: a fresh
// bundle is reused, a stale one rebuilt, stdout stays clean, V8's code cache is kept right.
import { spawn } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repo = new URL('../', import.meta.url).pathname;
const root = mkdtempSync(join(tmpdir(), 'parallax-launcher-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

for (const dir of ['scripts', 'src/cli', 'src/core'])
  mkdirSync(join(root, dir), { recursive: true });
for (const file of [
  'scripts/analyze.mjs',
  'scripts/cli-bundle.mjs',
  'scripts/cli-entry.cjs',
  'vite.cli.config.ts',
  'package-lock.json',
  'tsconfig.json',
]) {
  copyFileSync(join(repo, file), join(root, file));
}
symlinkSync(join(repo, 'node_modules'), join(root, 'node_modules'), 'dir');
const source = (path: string, text: string) => writeFileSync(join(root, path), text);
source('src/core/word.ts', "export const word = 'one';\n");
source(
  'src/cli/analyze.ts',
  "import { word } from '../core/word';\nprocess.stdout.write(`${word} ${process.argv.slice(2).join(',')}\\n`);\n",
);

type Run = { code: number | null; stdout: string; stderr: string };

function launch(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn('node', ['scripts/analyze.mjs', ...args], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const bundle = join(root, 'dist-cli', 'analyze-body.cjs');
const building = /^parallax: building the command line/m;
/** The bundle file's identity: a rebuild replaces it with another file. */
const bundleId = () => `${statSync(bundle).ino} ${statSync(bundle).mtimeMs}`;

describe('scripts/analyze.mjs', () => {
  it('builds the bundle on the first run, printing only the program’s output on stdout', async () => {
    const run = await launch('a', 'b');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('one a,b\n');
    expect(run.stderr).toMatch(building);
    expect(readFileSync(bundle, 'utf8')).toMatch(
      /^\/\/ parallax command line, built from sources \w+\n/,
    );
  }, 60_000);

  it('reuses a bundle built from the sources as they are', async () => {
    const before = bundleId();
    source('src/core/word.test.ts', '// tests are not part of the bundle\n');
    const run = await launch('c');
    expect(run).toEqual({ code: 0, stdout: 'one c\n', stderr: '' });
    expect(bundleId()).toBe(before);
  }, 60_000);

  it('rebuilds when a source, the lock file or the build config changed, or a file was added', async () => {
    source('src/core/word.ts', "export const word = 'two';\n");
    const edited = await launch();
    expect(edited.stdout).toBe('two \n');
    expect(edited.stderr).toMatch(building);

    const before = bundleId();
    source('package-lock.json', `${readFileSync(join(root, 'package-lock.json'), 'utf8')}\n`);
    const locked = await launch();
    expect(locked.stderr).toMatch(building);
    expect(bundleId()).not.toBe(before);

    const config = readFileSync(join(root, 'vite.cli.config.ts'), 'utf8');
    source('vite.cli.config.ts', `${config}// edited\n`);
    expect((await launch()).stderr).toMatch(building);

    source('src/core/extra.ts', 'export const extra = 1;\n');
    expect((await launch()).stderr).toMatch(building);
    expect(await launch()).toEqual({ code: 0, stdout: 'two \n', stderr: '' });
  }, 120_000);

  it('lets several runs that find a stale bundle build at once without harm', async () => {
    source('src/core/word.ts', "export const word = 'three';\n");
    const runs = await Promise.all([launch('x'), launch('y'), launch('z')]);
    expect(runs.map((r) => [r.code, r.stdout])).toEqual([
      [0, 'three x\n'],
      [0, 'three y\n'],
      [0, 'three z\n'],
    ]);
    expect(await launch('w')).toEqual({ code: 0, stdout: 'three w\n', stderr: '' });
  }, 120_000);

  it('keeps V8’s code cache for the bundle it was made for, and runs when it is damaged', async () => {
    const caches = () => readdirSync(join(root, 'dist-cli')).filter((f) => f.endsWith('.v8-cache'));
    // The run above that found the bundle fresh left a cache named after the bundle's stamp.
    const [cache] = caches();
    expect(caches()).toHaveLength(1);
    expect(readFileSync(bundle, 'utf8')).toContain(`sources ${cache?.split('.')[1] ?? '?'}\n`);
    writeFileSync(join(root, 'dist-cli', cache ?? 'x'), 'not a code cache');
    expect(await launch('v')).toEqual({ code: 0, stdout: 'three v\n', stderr: '' });
    expect(readFileSync(join(root, 'dist-cli', cache ?? 'x'), 'utf8')).not.toBe('not a code cache');
    // A rebuilt bundle drops the caches of earlier ones.
    source('src/core/word.ts', "export const word = 'four';\n");
    expect((await launch('u')).stdout).toBe('four u\n');
    expect(caches()).toHaveLength(1);
    expect(caches()).not.toContain(cache);
  }, 60_000);

  it('writes the bundle in ASCII, with the same strings, patterns and names', async () => {
    source(
      'src/core/word.ts',
      [
        "const café = 'café ’ \\’ \\\\’ 😀';",
        'const quotes = /^[‘’]+$/u;',
        "export const word = `${café} ${String(quotes.test('’‘'))} ${'😀'.length}`;",
        '',
      ].join('\n'),
    );
    const run = await launch('é');
    expect(run.stdout).toBe('café ’ ’ \\’ 😀 true 2 é\n');
    expect(readFileSync(bundle).every((byte) => byte < 0x80)).toBe(true);
    expect(readFileSync(bundle, 'latin1')).toContain('caf\\u00e9');
  }, 60_000);

  it('exits 1 with a message, and keeps the last bundle, when the build fails', async () => {
    const before = readFileSync(bundle, 'utf8');
    source('src/core/word.ts', "export const word = 'five'\nthis is not TypeScript\n");
    const run = await launch();
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/parallax: could not build the command line/);
    expect(readFileSync(bundle, 'utf8')).toBe(before);
  }, 60_000);
});
