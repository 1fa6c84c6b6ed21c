// Peak memory of Chromium's renderer processes, read from Linux's /proc: a page and its
// dedicated workers live in one renderer process, so its high-water mark (VmHWM) is the most
// memory the page with its analysis worker held at once.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

function readOr(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null; // the process ended meanwhile
  }
}

/** The parent pid in a /proc/<pid>/stat line (the field after the command in parentheses). */
export function parentPid(stat: string): number | null {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const parent = Number(fields[1]);
  return Number.isInteger(parent) ? parent : null;
}

/** The peak resident set (VmHWM) in a /proc/<pid>/status text, MB; null when absent. */
export function peakResidentMb(status: string): number | null {
  const match = /^VmHWM:\s+(\d+)\s+kB$/m.exec(status);
  return match ? Number(match[1]) / 1024 : null;
}

/**
 * Whether a /proc/<pid>/cmdline is a Chromium renderer's. Chromium rewrites the command line of
 * the processes its zygote forks into one string with spaces, so both separators count.
 */
export function isRendererCommand(cmdline: string): boolean {
  return /(?:^|[\s\0])--type=renderer(?=[\s\0]|$)/.test(cmdline);
}

/** Chromium renderer processes started by this process (at any depth); [] without /proc. */
export function rendererPids(root = process.pid): number[] {
  if (!existsSync('/proc/self/stat')) return [];
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readOr(`/proc/${entry}/stat`);
    const parent = stat ? parentPid(stat) : null;
    if (parent === null) continue;
    children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
  }
  const found: number[] = [];
  const stack = [...(children.get(root) ?? [])];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    stack.push(...(children.get(pid) ?? []));
    const command = readOr(`/proc/${pid}/cmdline`) ?? '';
    if (isRendererCommand(command)) found.push(pid);
  }
  return found;
}

/**
 * The largest peak resident set among the renderer processes started since `before` was
 * taken (`rendererPids()`), MB; null when none can be read (not Linux, or none started).
 */
export function newRendererPeakMb(before: ReadonlySet<number>): number | null {
  const peaks = rendererPids()
    .filter((pid) => !before.has(pid))
    .map((pid) => {
      const status = readOr(`/proc/${pid}/status`);
      return status ? peakResidentMb(status) : null;
    })
    .filter((mb): mb is number => mb !== null);
  return peaks.length ? Math.max(...peaks) : null;
}
