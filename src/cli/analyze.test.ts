// The command line as `npm run analyze` runs it (scripts/analyze.mjs and the built bundle): the
// contract for bad input (exit 2, one line on stderr, nothing on stdout), stories given with
// --story, and a reader that stops early.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'parallax-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const seeds = readdirSync(join(root, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => join(root, 'seeds', f));

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** A story folder under the test's temporary folder, with the given files. */
function folder(name: string, files: Record<string, string | Uint8Array>): string {
  const path = join(dir, name);
  mkdirSync(path, { recursive: true });
  for (const [file, content] of Object.entries(files)) writeFileSync(join(path, file), content);
  return path;
}

type Run = { code: number | null; stdout: string; stderr: string };

/** Runs `npm run analyze`'s script; with `closeStdout`, the reader goes away at once. */
function analyze(args: string[], options: { closeStdout?: boolean } = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn('node', ['scripts/analyze.mjs', ...args], { cwd: root });
    let stdout = '';
    let stderr = '';
    if (options.closeStdout) child.stdout.destroy();
    else child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Runs a command line in bash with pipefail: the status is the first failing command's. */
function shell(command: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['-o', 'pipefail', '-c', command], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Our own lines on stderr (npm may add warnings of its own). */
const ownLines = (stderr: string): string[] =>
  stderr.split('\n').filter((l) => l.startsWith('analyze:'));

const title = 'Title\n\nThe minister said that the talks would go on.';

// Builds the bundle when its sources changed, before the runs below race to do it.
beforeAll(() => analyze([]), 180_000);

describe('npm run analyze with bad input', () => {
  it('exits 2 with one clear line and no JSON', async () => {
    mkdirSync(join(dir, 'folder'));
    const cases: [string[], RegExp][] = [
      [[], /no article given/],
      [[join(dir, 'missing.txt')], /missing\.txt: cannot read \(no such file\)/],
      [[join(dir, 'folder')], /folder: is a directory/],
      [[file('empty.txt', '')], /empty\.txt: the file is empty/],
      [[file('blank.txt', ' \n\t\n')], /blank\.txt: the file holds only whitespace/],
      [
        [file('binary.txt', new Uint8Array([0x41, 0, 0x42, 0x43]))],
        /binary\.txt: this is a binary file/,
      ],
      [[file('big.txt', 'a'.repeat(2 * 1024 * 1024 + 1))], /big\.txt: the file is too large/],
      [[file('ok.txt', 'Title\n\nBody.'), join(dir, 'missing.txt')], /missing\.txt: cannot read/],
      [
        Array.from({ length: 13 }, (_, i) => file(`n${i}.txt`, 'Title\n\nBody.')),
        /too many articles \(13\)/,
      ],
      [
        Array.from({ length: 5 }, (_, i) => file(`large${i}.txt`, 'a'.repeat(1.9 * 1024 * 1024))),
        /the story is too large \(9\.5 MB in all; the limit is 8\.0 MB/,
      ],
      [[join(dir, 'line\nbreak.txt')], /line\\nbreak\.txt: cannot read \(no such file\)$/],
      [[file('new\nline\r.txt', '')], /new\\nline\\r\.txt: the file is empty$/],
      [['--stories', 'x'], /unknown option --stories/],
    ];
    // A few at a time: the machine may be busy, and each run starts a Node process.
    const runs: Run[] = [];
    for (let i = 0; i < cases.length; i += 3) {
      runs.push(...(await Promise.all(cases.slice(i, i + 3).map(([args]) => analyze(args)))));
    }
    runs.forEach((run, i) => {
      const [args, message] = cases[i] ?? [[], /./];
      const label = JSON.stringify(args.map((a) => a.slice(-40)));
      expect(run.code, label).toBe(2);
      expect(run.stdout, label).toBe('');
      expect(run.stderr.split('\n').filter(Boolean), label).toHaveLength(1);
      expect(ownLines(run.stderr)[0], label).toMatch(message);
    });
  }, 180_000);

  it('decodes a Windows-1252 file with a note on stderr and prints the analysis', async () => {
    const latin = new Uint8Array([
      ...new TextEncoder().encode('Caf'),
      0xe9,
      ...new TextEncoder().encode(' talks\n\nThe minister said that the talks would go on.'),
    ]);
    const run = await analyze([file('latin.txt', latin)]);
    expect(run.code).toBe(0);
    expect(ownLines(run.stderr)).toEqual([
      `analyze: note: ${join(dir, 'latin.txt')}: not valid UTF-8; decoded as Windows-1252`,
    ]);
    const analysis = JSON.parse(run.stdout) as { articles: { title: string; text: string }[] };
    expect(analysis.articles[0]?.title).toBe('Café talks');
  });
});

describe('npm run analyze with an article not in English', () => {
  it('names its language in a note (franc’s tables, built on first use in the bundle)', async () => {
    const german = file(
      'german.txt',
      'Gespräche in Berlin\n\nDer Minister sagte am Dienstag, dass die Gespräche mit der ' +
        'Regierung weitergehen würden, obwohl die Opposition heftige Kritik geübt hatte.',
    );
    const run = await analyze([german, file('english.txt', title)]);
    expect(run.code).toBe(0);
    expect(ownLines(run.stderr)).toEqual([
      `analyze: note: ${german}: this article appears to be in German; the comparison reads English`,
    ]);
  });
});

describe('npm run analyze -- --story DIR …', () => {
  it('prints one analysis per story, one line each, in the order given', async () => {
    const other = folder('story-order', {
      'b.txt': title,
      '10.md': '# Ten\n\nThe talks went on.',
      '9.html': '<h1>Nine</h1><p>The talks ended.</p>',
      '.hidden.txt': title,
      'gold.json': '{}',
      'notes.pdf': '%PDF',
    });
    mkdirSync(join(other, 'sub.txt'));
    const [stories, seedFiles] = await Promise.all([
      analyze(['--story', other, '--story', join(root, 'seeds'), `--story=${other}`]),
      analyze(seeds),
    ]);
    expect(stories.code).toBe(0);
    expect(stories.stderr).toBe('');
    const lines = stories.stdout.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
    const analyses = lines
      .slice(0, 3)
      .map((l) => JSON.parse(l) as { articles: { file: string }[] });
    // Files in name order by character codes; hidden files, other kinds and folders left out.
    expect(analyses[0]?.articles.map((a) => a.file)).toEqual(['10.md', '9.html', 'b.txt']);
    expect(lines[2]).toBe(lines[0]);
    // The seed story as a line is the FILE form's document without its indentation.
    expect(lines[1]).toBe(JSON.stringify(JSON.parse(seedFiles.stdout)));
  });

  it('refuses the whole run, before printing anything, when one story is bad', async () => {
    const good = folder('good', { 'a.txt': title });
    const cases: [string[], RegExp][] = [
      [
        ['--story', good, '--story', join(dir, 'absent')],
        /^analyze: story .*absent: cannot read \(no such folder\)$/,
      ],
      [
        ['--story', good, '--story', folder('no-articles', { 'gold.json': '{}' })],
        /^analyze: story .*no-articles: no article given; .*\(no \.txt, \.md or \.html file in the folder\)$/,
      ],
      [
        ['--story', folder('has-empty', { 'a.txt': title, 'b.txt': '' }), '--story', good],
        /^analyze: story .*has-empty: .*has-empty\/b\.txt: the file is empty$/,
      ],
      [
        ['--story', good, '--story', file('plain.txt', title)],
        /^analyze: story .*plain\.txt: not a folder$/,
      ],
      [
        [
          '--story',
          good,
          '--story',
          folder(
            'many',
            Object.fromEntries(Array.from({ length: 13 }, (_, i) => [`${i}.txt`, title])),
          ),
        ],
        /^analyze: story .*many: too many articles \(13\)/,
      ],
      [
        ['--story', folder('new\nline', { 'a.txt': '' })],
        /^analyze: story .*new\\nline: .*new\\nline\/a\.txt: the file is empty$/,
      ],
      [['--story'], /^analyze: --story needs a folder/],
      [[seeds[0] ?? '', '--story', good], /^analyze: give FILEs \(one story\) or --story DIR/],
    ];
    const runs: Run[] = [];
    for (let i = 0; i < cases.length; i += 3) {
      runs.push(...(await Promise.all(cases.slice(i, i + 3).map(([args]) => analyze(args)))));
    }
    runs.forEach((run, i) => {
      const [args, message] = cases[i] ?? [[], /./];
      const label = JSON.stringify(args.map((a) => a.slice(-30)));
      expect(run.code, label).toBe(2);
      expect(run.stdout, label).toBe('');
      expect(run.stderr.split('\n').filter(Boolean), label).toHaveLength(1);
      expect(run.stderr.trimEnd(), label).toMatch(message);
    });
  }, 180_000);
});

describe('npm run analyze with a reader that stops early', () => {
  it('exits 0 without a word when standard output is closed', async () => {
    const [files, stories] = await Promise.all([
      analyze(seeds, { closeStdout: true }),
      analyze(['--story', join(root, 'seeds'), '--story', join(root, 'seeds')], {
        closeStdout: true,
      }),
    ]);
    expect(files).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(stories).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('`npm run --silent analyze -- seeds/*.txt | head -c 10` ends quietly', async () => {
    const story = `--story ${join(root, 'seeds')}`;
    const [seedRun, manyRun] = await Promise.all([
      shell('npm run --silent analyze -- seeds/*.txt | head -c 10'),
      shell(`npm run --silent analyze -- ${Array(8).fill(story).join(' ')} | head -c 10`),
    ]);
    expect(seedRun).toEqual({ code: 0, stdout: '{\n  "versi', stderr: '' });
    expect(manyRun).toEqual({ code: 0, stdout: '{"version"', stderr: '' });
  }, 60_000);
});
