import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { wordnetIndex } from '../core/lexicon/wordnet-table';
import { cacheFileOf, useIndexFile } from './bundle-cache';

const dir = mkdtempSync(join(tmpdir(), 'parallax-wordnet-index-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Calls useIndexFile and returns the exit listener it left, if any (removed from the process). */
function use(file: string): ((code: number) => void) | undefined {
  const before = process.listeners('exit');
  useIndexFile(file);
  const added = process.listeners('exit').find((l) => !before.includes(l));
  if (added) process.removeListener('exit', added);
  return added;
}

describe('the WordNet index file beside the bundle', () => {
  it('is named after the bundle’s stamp, and there is none for a file without one', () => {
    const bundle = join(dir, 'analyze-body.cjs');
    writeFileSync(
      bundle,
      '// parallax command line, built from sources 0f131a873bf98c\n"use strict";\n',
    );
    expect(cacheFileOf(bundle, 'wordnet-index')).toBe(
      join(dir, 'analyze-body.0f131a873bf98c.wordnet-index'),
    );
    writeFileSync(bundle, '"use strict";\n');
    expect(cacheFileOf(bundle, 'wordnet-index')).toBeNull();
    expect(cacheFileOf(join(dir, 'missing.cjs'), 'wordnet-index')).toBeNull();
    expect(cacheFileOf(new URL(import.meta.url).pathname, 'wordnet-index')).toBeNull();
  });

  it('is written at the end of a good run that had none, then read instead of written', () => {
    const file = join(dir, 'analyze-body.a.wordnet-index');
    const save = use(file);
    expect(save).toBeDefined();
    save?.(1);
    expect(() => readFileSync(file)).toThrow();
    save?.(0);
    const saved = readFileSync(file);
    expect(new Int32Array(saved.buffer, saved.byteOffset, saved.byteLength / 4)).toEqual(
      wordnetIndex(),
    );
    expect(use(file)).toBeUndefined();
  });

  it('is written again when damaged', () => {
    const file = join(dir, 'analyze-body.b.wordnet-index');
    writeFileSync(file, 'not an index');
    const save = use(file);
    expect(save).toBeDefined();
    save?.(0);
    expect(use(file)).toBeUndefined();
  });
});
