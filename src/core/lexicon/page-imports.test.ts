import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The source file a relative import names, trying the extensions the project uses. */
function resolve(from: string, specifier: string): string | null {
  const base = join(dirname(from), specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')];
  return candidates.find((c) => existsSync(c) && /\.tsx?$/.test(c)) ?? null;
}

/**
 * Every source file the page can load from `entry`: static and dynamic relative imports,
 * followed transitively. A worker (`new Worker(new URL(…))`) is another graph and not followed.
 */
function pageGraph(entry: string): string[] {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    const imports = code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g);
    for (const [, specifier] of imports) {
      const target = specifier ? resolve(file, specifier) : null;
      if (target) queue.push(target);
    }
  }
  return [...seen].map((f) => relative(src, f));
}

// The WordNet table is over half a megabyte gzipped: only the worker's chunks may hold it.
describe('the page', () => {
  const graph = pageGraph(join(src, 'main.tsx'));

  it('is walked from main.tsx through the app and its features', () => {
    expect(graph).toContain('features/story/lib/analysis-worker.ts');
    expect(graph).toContain('features/library/components/library-screens.tsx');
    expect(graph).not.toContain('workers/analysis.worker.ts');
  });

  it('never imports the lexicon, directly or through another module', () => {
    expect(graph.filter((f) => f.startsWith('core/lexicon/'))).toEqual([]);
  });
});
