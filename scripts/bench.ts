// `npm run bench [-- --json] [-- --rows seed,corpus-12,startup] [-- --no-browser | --browser-only]
// [-- --no-large]`:
// times the analysis against the floor (plain Intl.Segmenter segmentation of the same text),
// the command line's start-up (whole runs of the seed story), then the built app in Chromium (scripts/bench/browser.ts), and prints tables, or the same as
// JSON. Each Node row runs in a process of its own (scripts/bench/run-row.ts), one after
// another, so that its peak memory is its own and rows do not compete for the machine's two
// cores; the browser section runs after them.
import { fork } from 'node:child_process';
import { arch, cpus, loadavg, platform } from 'node:os';
import { fileURLToPath } from 'node:url';
import { DEFAULT_BROWSER_PLAN, measureBrowser } from './bench/browser';
import { BROWSER_NOTES } from './bench/browser-report';
import { checkTargets, reportText } from './bench/report';
import { measureStartup } from './bench/startup';
import { rowSpecs } from './bench/stories';
import type { BenchReport, Row, RowResult, Section, StartupRow } from './bench/types';

const ROW_SCRIPT = fileURLToPath(new URL('./bench/run-row.ts', import.meta.url));

function runRowProcess(id: string): Promise<RowResult> {
  return new Promise((resolve, reject) => {
    const child = fork(ROW_SCRIPT, ['--row', id], {
      // The parent runs under tsx, whose loader flags are in execArgv.
      execArgv: process.execArgv,
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    let result: RowResult | null = null;
    child.on('message', (message) => (result = message as RowResult));
    child.on('error', reject);
    child.on('exit', (code) =>
      result
        ? resolve(result)
        : reject(new Error(`bench row ${id} exited with code ${String(code)}`)),
    );
  });
}

const args = process.argv.slice(2);
const json = args.includes('--json');
const only = args.includes('--rows') ? (args[args.indexOf('--rows') + 1] ?? '').split(',') : null;
const browserOnly = args.includes('--browser-only');
// Picking Node rows (--rows) is for a quick look at the analysis: it leaves the browser out.
const withBrowser = browserOnly || (!args.includes('--no-browser') && !only);
const log = (line: string) => {
  if (!json) process.stderr.write(`${line}\n`);
};

const started = performance.now();
const loadAverage = platform() === 'win32' ? null : loadavg();
const rows: Row[] = [];
const sections: Section[] = [];
let failures = 0;
for (const spec of rowSpecs().filter((r) => !browserOnly && (!only || only.includes(r.id)))) {
  if (spec.skipped) {
    rows.push({ id: spec.id, label: spec.label, skipped: spec.skipped });
    continue;
  }
  const rowStarted = performance.now();
  try {
    rows.push(await runRowProcess(spec.id));
  } catch (error) {
    // The row's own stack trace went to stderr; the table says it failed and the rest still run.
    failures += 1;
    rows.push({ id: spec.id, label: spec.label, skipped: `failed (${(error as Error).message})` });
  }
  log(`… ${spec.label}: ${((performance.now() - rowStarted) / 1000).toFixed(0)} s`);
}

// The command line's start-up: whole runs of the seed story (`--rows startup` alone picks it).
let startup: StartupRow[] | undefined;
if (!browserOnly && (!only || only.includes('startup'))) {
  const startupStarted = performance.now();
  startup = measureStartup();
  if (startup.some((row) => 'failed' in row)) failures += 1;
  log(`… command-line start-up: ${((performance.now() - startupStarted) / 1000).toFixed(0)} s`);
}

if (!browserOnly) {
  sections.push({
    environment: 'node',
    runtime: `Node ${process.version}, ${platform()} ${arch()}, ${cpus().length} CPUs (${cpus()[0]?.model.trim() ?? '?'})`,
    loadAverage,
    rows,
    ...(startup ? { startup } : {}),
  });
}
if (withBrowser) {
  const browserStarted = performance.now();
  const browser = await measureBrowser(
    { ...DEFAULT_BROWSER_PLAN, ...(args.includes('--no-large') ? { largeTimeoutMs: 0 } : {}) },
    log,
  );
  if (browser.errors.length > 0) failures += 1;
  sections.push(browser);
  log(`… browser: ${((performance.now() - browserStarted) / 1000).toFixed(0)} s`);
}
const NODE_NOTES = [
  'Times are medians over ≥ 5 runs after a warm-up (≥ 1 run and ≥ 1 s), no forced GC (a run pays ' +
    'for the collections that fall in it, as in the app); ' +
    'analysis and floor runs alternate, so both see the same machine load. cpu ms: process CPU ' +
    'time of the same analysis runs (all threads), a check on wall times skewed by other work.',
  'Floor: Intl.Segmenter sentence + word segmentation of each non-blank line of the input text.',
  'Peak RSS: the row process’s own maxRSS (process.resourceUsage); Δ is over the same mark taken ' +
    'after loading the model and building the story, before the first analysis.',
  'Corpus story: the 12 largest articles of ../shared/corpus/ecb (by length, ties by path); ' +
    'the cached row adds the 13th largest to a cache that has prepared the 12.',
  'Command line: each command run 7 times round-robin after an untimed round (which builds ' +
    'dist-cli/ when its sources changed); wall time of the whole process, output piped to the ' +
    'bench. npm run adds npm’s own start-up to the launcher’s.',
  'Synthetic stories: ~3,000-word articles, seeded; ~30% of paragraphs from the largest corpus story ' +
    '(shared coverage), the rest 2–5 sentences drawn from all other stories.',
  'Largest stories (12 × 150 KB): twelve edited copies of one wire story made of the corpus ' +
    'sentences (heavy overlap), and twelve articles each written from templates with a WordNet ' +
    'vocabulary of its own (little overlap); scripts/bench/large-stories.ts.',
];

const report: BenchReport = {
  version: 1,
  date: new Date().toISOString().slice(0, 10),
  sections,
  targets: checkTargets(sections),
  notes: [
    ...(browserOnly ? [] : NODE_NOTES),
    ...(withBrowser ? BROWSER_NOTES : []),
    `Bench wall time: ${((performance.now() - started) / 1000).toFixed(0)} s.`,
  ],
};
process.stdout.write(json ? `${JSON.stringify(report, null, 2)}\n` : reportText(report));
if (failures > 0) process.exitCode = 1;
