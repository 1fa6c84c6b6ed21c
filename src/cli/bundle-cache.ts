// What a run of the built command line would otherwise derive at every start, kept in files
// beside its bundle (dist-cli/): WordNet's index (src/core/lexicon/wordnet-table.ts: where
// entries start, the symmetric relations both ways, the synset → lemma index; 2.8 MB read in a
// millisecond or two, against 40–75 ms of scanning the table). Like V8's code cache
// (scripts/cli-entry.cjs), each file is named after the bundle's stamp, so a rebuilt bundle never
// meets an old one, and is written at the end of a successful run that had none. Run from source
// (tsx), there is no bundle and no file: everything is derived as before.
import { closeSync, openSync, readFileSync, readSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { useWordnetIndex, wordnetIndex } from '../core/lexicon/wordnet-table';

/** The bundle's first line carries the stamp of the sources it was built from. */
const STAMP = /^\/\/ parallax command line, built from sources (\w+)\n/;

/**
 * The file that keeps `kind` for the bundle at `bundle` (`dist-cli/analyze-body.cjs` →
 * `dist-cli/analyze-body.<stamp>.<kind>`), or null when `bundle` is not a stamped bundle (a run
 * from source).
 */
export function cacheFileOf(bundle: string, kind: string): string | null {
  if (!bundle.endsWith('.cjs')) return null;
  let fd: number | undefined;
  try {
    fd = openSync(bundle, 'r');
    const head = Buffer.alloc(80);
    const stamp = STAMP.exec(head.toString('latin1', 0, readSync(fd, head, 0, 80, 0)))?.[1];
    return stamp ? join(dirname(bundle), `${basename(bundle, '.cjs')}.${stamp}.${kind}`) : null;
  } catch {
    return null;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The file that keeps `kind` beside the bundle this module was built into, if it runs as one. */
export const bundleCacheFile = (kind: string): string | null =>
  cacheFileOf(import.meta.filename, kind);

/** The 32-bit words `file` holds, or null when it cannot be read or is not whole words. */
export function readWords(file: string): Int32Array | null {
  try {
    const bytes = readFileSync(file);
    if (bytes.byteLength % 4 !== 0) return null;
    // A file's own buffer starts at offset 0: an Int32Array view needs an offset divisible by 4.
    return bytes.byteOffset % 4 === 0
      ? new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4)
      : new Int32Array(new Uint8Array(bytes).buffer);
  } catch {
    return null;
  }
}

/**
 * Writes `words()` to `file` once the run has ended well (status 0), through a temporary file
 * and a rename, so that a run never reads half a file. A file that cannot be written (a
 * read-only checkout) leaves runs as they were.
 */
export function saveWordsAtExit(file: string, words: () => Int32Array): void {
  process.once('exit', (code) => {
    if (code !== 0) return;
    const temp = `${file}.${process.pid}`;
    try {
      writeFileSync(temp, words());
      renameSync(temp, file);
    } catch {
      // Runs go on without the file.
    }
  });
}

/** Installs the WordNet index saved in `file` if it is a good one, else saves one at exit. */
export function useIndexFile(file: string): void {
  const words = readWords(file);
  if (words && useWordnetIndex(words)) return;
  saveWordsAtExit(file, wordnetIndex);
}

/** The WordNet index file of the bundle this module was built into, when it runs as one. */
export function useBundleIndexFile(): void {
  const file = bundleCacheFile('wordnet-index');
  if (file) useIndexFile(file);
}
