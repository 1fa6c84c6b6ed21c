// The command line's start-up: wall time of whole runs on the seed story, as a user starts them
// (a process each, start-up, model and output included), next to Node's own start-up.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { summarize } from './measure';
import { ms, table } from './text-table';
import type { StartupRow, TargetCheck } from './types';

const root = new URL('../../', import.meta.url).pathname;

/** The target: the seed story analyzed from the command line, start-up included (node direct). */
export const STARTUP_TARGET_MS = 300;

type Command = { id: StartupRow['id']; label: string; argv: string[] };

/** What is timed, in table order; paths relative to the repository's root. */
function commands(): Command[] {
  const seeds = readdirSync(join(root, 'seeds'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => `seeds/${f}`);
  return [
    { id: 'node', label: 'node -e 0 (Node’s own start-up)', argv: ['node', '-e', '0'] },
    {
      id: 'bundle',
      label: 'node dist-cli/analyze.cjs seeds/*.txt',
      argv: ['node', 'dist-cli/analyze.cjs', ...seeds],
    },
    {
      id: 'launcher',
      label: 'node scripts/analyze.mjs seeds/*.txt (freshness check, then the bundle)',
      argv: ['node', 'scripts/analyze.mjs', ...seeds],
    },
    {
      id: 'npm',
      label: 'npm run --silent analyze -- seeds/*.txt',
      argv: ['npm', 'run', '--silent', 'analyze', '--', ...seeds],
    },
    {
      id: 'tsx',
      label: 'tsx src/cli/analyze.ts seeds/*.txt (TypeScript compiled at start)',
      argv: ['node', 'node_modules/tsx/dist/cli.mjs', 'src/cli/analyze.ts', ...seeds],
    },
  ];
}

/** One whole run's wall time in ms, or why it failed. */
function timeRun(argv: string[]): number | string {
  const started = performance.now();
  const run = spawnSync(argv[0] ?? 'node', argv.slice(1), {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 1 << 26,
  });
  const wall = performance.now() - started;
  if (run.status === 0) return wall;
  return `exit ${String(run.status)}: ${String(run.stderr).trim().split('\n')[0] ?? ''}`;
}

/**
 * Times each command `runs` times, round-robin so that all see the same machine load, after one
 * untimed round (which also builds the bundle when its sources changed, and warms the disk cache).
 */
export function measureStartup(runs = 7): StartupRow[] {
  const list = commands();
  const problems = new Map<string, string>();
  const walls = new Map<string, number[]>(list.map((c) => [c.id, []]));
  for (let round = 0; round <= runs; round++) {
    for (const command of list) {
      if (problems.has(command.id)) continue;
      const result = timeRun(command.argv);
      if (typeof result === 'string') problems.set(command.id, result);
      else if (round > 0) walls.get(command.id)?.push(result);
    }
  }
  return list.map(({ id, label }) => {
    const problem = problems.get(id);
    return problem
      ? { id, label, failed: problem }
      : { id, label, wall: summarize(walls.get(id) ?? []) };
  });
}

const median = (rows: readonly StartupRow[], id: StartupRow['id']): number | null => {
  const row = rows.find((r) => r.id === id);
  return row && 'wall' in row ? row.wall.median : null;
};

/**
 * The start-up target, checked against the node-direct run; the `npm run` figure and what npm
 * adds over the launcher are reported with it.
 */
export function startupTarget(rows: readonly StartupRow[]): TargetCheck {
  const bundle = median(rows, 'bundle');
  const launcher = median(rows, 'launcher');
  const npm = median(rows, 'npm');
  const viaNpm =
    npm === null
      ? ''
      : `; via npm run --silent analyze ${ms(npm)} ms` +
        (launcher === null ? '' : ` (npm adds ${ms(npm - launcher)} ms)`);
  return {
    target: `seed analysis from the command line under ${STARTUP_TARGET_MS / 1000} s wall, start-up included (node dist-cli/analyze.cjs)`,
    measured: bundle === null ? 'not measured' : `median ${ms(bundle)} ms${viaNpm}`,
    pass: bundle === null ? null : bundle < STARTUP_TARGET_MS,
  };
}

/** The start-up rows as a text table. */
export function startupTable(rows: readonly StartupRow[]): string {
  const body = rows.map((r) =>
    'wall' in r
      ? [r.label, ms(r.wall.median), `(${ms(r.wall.min)}–${ms(r.wall.max)}, ${r.wall.runs})`]
      : [r.label, '', `failed: ${r.failed}`],
  );
  return table(['command (seed story)', 'wall ms', '(min–max, runs)'], body, [false, true, false]);
}
