import { describe, expect, it } from 'vitest';
import { startupTable, startupTarget } from './startup';
import type { StartupRow } from './types';

const timing = (median: number) => ({ median, min: median - 10, max: median + 10, runs: 7 });

describe('startupTarget', () => {
  it('checks the node-direct run against 0.3 s and reports what npm adds', () => {
    const rows: StartupRow[] = [
      { id: 'bundle', label: 'node dist-cli/analyze.cjs', wall: timing(240) },
      { id: 'launcher', label: 'node scripts/analyze.mjs', wall: timing(250) },
      { id: 'npm', label: 'npm run', wall: timing(420) },
    ];
    expect(startupTarget(rows)).toMatchObject({
      measured: 'median 240 ms; via npm run --silent analyze 420 ms (npm adds 170 ms)',
      pass: true,
    });
    const slow = rows.map((r) => (r.id === 'bundle' ? { ...r, wall: timing(310) } : r));
    expect(startupTarget(slow).pass).toBe(false);
  });

  it('says when the run was not measured or failed', () => {
    expect(startupTarget([])).toMatchObject({ measured: 'not measured', pass: null });
    const failed: StartupRow[] = [{ id: 'bundle', label: 'node', failed: 'exit 1: boom' }];
    expect(startupTarget(failed).pass).toBeNull();
    expect(startupTable(failed)).toContain('failed: exit 1: boom');
  });
});
