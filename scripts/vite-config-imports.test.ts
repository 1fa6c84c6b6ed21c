import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '..');
/** Value imports and re-exports of a module (type-only ones are erased before loading). */
const IMPORT = /^\s*(?:import|export)\s+(?!type\b)[^'"]*?from\s+['"](\.[^'"]+)['"]/gm;

/** The relative modules `file` loads, followed through the whole graph. */
function graph(file: string, seen = new Set<string>()): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const specifiers = [...readFileSync(path, 'utf8').matchAll(IMPORT)].map((m) => m[1] ?? '');
    out.set(path, specifiers);
    for (const s of specifiers) {
      const target = join(dirname(path), s);
      if (existsSync(target)) visit(target);
    }
  };
  visit(file);
  return out;
}

describe('the Vite config', () => {
  it('loads only modules imported with their file extension, as Node loads them natively', () => {
    const missing = [...graph(join(root, 'vite.config.ts'))].flatMap(([path, specifiers]) =>
      specifiers
        .filter((s) => !/\.(?:[cm]?[jt]s|json)$/.test(s))
        .map((s) => `${path.slice(root.length + 1)}: ${s}`),
    );
    expect(missing).toEqual([]);
  });
});
