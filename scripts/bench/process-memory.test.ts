import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { isRendererCommand, parentPid, peakResidentMb, rendererPids } from './process-memory';

describe('process memory from /proc', () => {
  it('reads the parent pid after a command name with spaces and parentheses', () => {
    expect(parentPid('4242 (Chrome (x) y) S 4100 4242 4242 0 -1 4194560')).toBe(4100);
  });

  it("knows a renderer by its command line, as exec'd or as Chromium rewrites it", () => {
    expect(isRendererCommand('/usr/lib/chromium/chromium\0--type=renderer\0--lang=en-US\0')).toBe(
      true,
    );
    expect(isRendererCommand('/usr/lib/chromium/chromium --type=renderer --lang=en-US')).toBe(true);
    expect(isRendererCommand('/usr/lib/chromium/chromium --type=gpu-process --no-sandbox')).toBe(
      false,
    );
    expect(isRendererCommand('node --type=renderers.js')).toBe(false);
  });

  it('reads the peak resident set in MB', () => {
    expect(peakResidentMb('Name:\tchrome\nVmPeak:\t 9000 kB\nVmHWM:\t  204800 kB\n')).toBe(200);
    expect(peakResidentMb('Name:\tkthreadd\n')).toBeNull();
  });

  it('finds a renderer among the descendants of this process, and nothing of other processes', async () => {
    const child = spawn(process.execPath, [
      '-e',
      'setTimeout(() => {}, 5000)',
      '--',
      '--type=renderer',
    ]);
    try {
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(rendererPids()).toContain(child.pid);
      expect(rendererPids(1)).not.toContain(process.pid);
    } finally {
      child.kill();
    }
  });
});
