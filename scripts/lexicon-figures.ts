// `npm run lexicon:figures [-- --runs 9] [-- --dist dist]`: the WordNet table's figures. Size
// (raw, gzipped), lemmas and synsets kept; the first call's cost in fresh Node processes (the
// median of --runs), and lookups per second for `senses` + `isKindOf` over the seed story's
// words. With --dist, which chunks of a build hold the table, and that none of the page's first
// bundle does.
import { fork, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { firstBundleAssets } from './bench/first-bundle';

type ChildTimes = {
  dataImportMs: number;
  importMs: number;
  parseMs: number;
  /** The first senses() call's CPU time, which the machine's load affects less. */
  parseCpuMs: number;
  derivedMs: number;
  membersMs: number;
  coldPerSecond: number;
  warmPerSecond: number;
};

const root = fileURLToPath(new URL('..', import.meta.url));
const DATA_FILE = join(root, 'src/core/lexicon/wordnet-data.ts');

function words(): string[] {
  const dir = join(root, 'seeds');
  const text = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join(' ');
  return [...new Set(text.toLowerCase().match(/[a-z][a-z'-]+/g) ?? [])];
}

/** In a fresh process: the first calls' costs, then lookup speed. */
/**
 * The generated file is plain JavaScript: imported by plain Node (no tsx loader), it costs what
 * it costs in a bundle, after a first import of an empty module has started the loader.
 */
function plainImportMs(plainData: string): number {
  const empty = join(dirname(plainData), 'empty.mjs');
  writeFileSync(empty, 'export {};\n');
  const code = [
    `await import(${JSON.stringify(pathToFileURL(empty).href)});`,
    'const t0 = performance.now();',
    `await import(${JSON.stringify(pathToFileURL(plainData).href)});`,
    'console.log(performance.now() - t0);',
  ].join('\n');
  const out = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
    encoding: 'utf8',
  });
  return Number(out.stdout.trim());
}

async function child(plainData: string): Promise<ChildTimes> {
  const dataImportMs = plainImportMs(plainData);
  const t0 = performance.now();
  const wn = await import('../src/core/lexicon/wordnet');
  const t1 = performance.now();
  const cpu = process.cpuUsage();
  const rifle = wn.senses('rifle', 'noun');
  const t2 = performance.now();
  const parseCpu = process.cpuUsage(cpu);
  wn.derived(rifle[0] ?? 0);
  const t3 = performance.now();
  wn.synsetLemmas(rifle[0] ?? 0);
  const t4 = performance.now();
  const list = words();
  const lookup = (w: string) => wn.senses(w, 'noun').length + Number(wn.isKindOf(w, 'person'));
  const c0 = performance.now();
  list.forEach(lookup);
  const coldPerSecond = list.length / ((performance.now() - c0) / 1000);
  let done = 0;
  const w0 = performance.now();
  while (performance.now() - w0 < 1000) {
    list.forEach(lookup);
    done += list.length;
  }
  return {
    dataImportMs,
    importMs: t1 - t0,
    parseMs: t2 - t1,
    parseCpuMs: (parseCpu.user + parseCpu.system) / 1000,
    derivedMs: t3 - t2,
    membersMs: t4 - t3,
    coldPerSecond,
    warmPerSecond: done / ((performance.now() - w0) / 1000),
  };
}

function runChild(plainData: string): Promise<ChildTimes> {
  return new Promise((resolve, reject) => {
    const script = fileURLToPath(import.meta.url);
    const args = ['--child', plainData];
    const proc = fork(script, args, { execArgv: process.execArgv, stdio: 'inherit' });
    proc.on('message', (m) => resolve(m as ChildTimes));
    proc.on('error', reject);
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** Which built chunks hold the table (found by a run of its senses column). */
function distReport(dist: string, marker: string): string[] {
  const read = (p: string) => readFileSync(join(dist, p), 'utf8');
  const first = new Set(firstBundleAssets(read('index.html'), read));
  const chunks = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'));
  const holding = chunks.filter((f) => read(`assets/${f}`).includes(marker));
  if (holding.length === 0) return ['dist: no chunk holds the table (nothing imports it yet)'];
  return holding.map((f) => {
    const bytes = readFileSync(join(dist, 'assets', f));
    const where = first.has(`assets/${f}`) ? 'IN THE FIRST BUNDLE' : 'not in the first bundle';
    return `dist: assets/${f} holds the table (${bytes.length} B, ${gzipSync(bytes).length} B gzipped), ${where}`;
  });
}

async function main() {
  const args = process.argv.slice(2);
  if (args[0] === '--child') {
    process.send?.(await child(args[1] ?? ''));
    return;
  }
  const runs = Number(args[args.indexOf('--runs') + 1]) || 9;
  const data = await import('../src/core/lexicon/wordnet-data');
  const text = readFileSync(DATA_FILE);
  const plainData = join(mkdtempSync(join(tmpdir(), 'lexicon-')), 'wordnet-data.mjs');
  copyFileSync(DATA_FILE, plainData);
  const times: ChildTimes[] = [];
  for (let i = 0; i < runs; i++) times.push(await runChild(plainData));
  rmSync(dirname(plainData), { recursive: true });
  const m = (k: keyof ChildTimes) => median(times.map((t) => t[k]));
  const lines = [
    `table: ${text.length} B raw, ${gzipSync(text, { level: 9 }).length} B gzipped (level 9)`,
    `kept: ${data.LEMMA_COUNT} lemmas, ${data.SYNSET_COUNT} synsets`,
    `machine: ${cpus().length} cores, load average ${loadavg()[0]?.toFixed(1)} (timings grow with it)`,
    `median of ${runs} fresh processes: importing the table ${m('dataImportMs').toFixed(1)} ms (as plain JS; ${m('importMs').toFixed(1)} ms for wordnet.ts under tsx), first senses() ${m('parseMs').toFixed(1)} ms (${m('parseCpuMs').toFixed(1)} ms of CPU), first derived() ${m('derivedMs').toFixed(1)} ms, first synsetLemmas() ${m('membersMs').toFixed(1)} ms`,
    `senses + isKindOf over ${words().length} seed-story words: ${Math.round(m('coldPerSecond'))}/s on first sight, ${Math.round(m('warmPerSecond'))}/s cached`,
  ];
  const distAt = args.indexOf('--dist');
  if (distAt >= 0)
    lines.push(
      ...distReport(args[distAt + 1] ?? 'dist', data.wordnetColumns().lemmaSenses.slice(0, 48)),
    );
  console.log(lines.join('\n'));
}

await main();
