// WordNet's derived index (src/core/lexicon/wordnet-table.ts: where entries start, the symmetric
// relations both ways, the synset → lemma index), kept in a file beside the built bundle so that
// a run reads it instead of deriving it: 3 MB read in about 2 ms against 40–60 ms of scanning.
// Like V8's code cache (scripts/cli-entry.cjs), the file is named after the bundle's stamp, so a
// rebuilt bundle never meets an old index, and it is written at the end of a successful run that
// had none. Run from source (tsx), there is no bundle and no file: the index is derived as usual.
import { closeSync, openSync, readFileSync, readSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { useWordnetIndex, wordnetIndex } from '../core/lexicon/wordnet-table';

/** The bundle's first line carries the stamp of the sources it was built from. */
const STAMP = /^\/\/ parallax command line, built from sources (\w+)\n/;

/**
 * The index file of the bundle at `bundle` (`dist-cli/analyze-body.cjs`), or null when `bundle`
 * is not a stamped bundle (a run from source).
 */
export function indexFileOf(bundle: string): string | null {
  if (!bundle.endsWith('.cjs')) return null;
  let fd: number | undefined;
  try {
    fd = openSync(bundle, 'r');
    const head = Buffer.alloc(80);
    const stamp = STAMP.exec(head.toString('latin1', 0, readSync(fd, head, 0, 80, 0)))?.[1];
    return stamp
      ? join(dirname(bundle), `${basename(bundle, '.cjs')}.${stamp}.wordnet-index`)
      : null;
  } catch {
    return null;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Installs the index saved in `file`, if there is a good one; else, once the run has ended
 * well, saves the index there (deriving what the run did not need). A file that cannot be
 * written (a read-only checkout) leaves runs as they were.
 */
export function useIndexFile(file: string): void {
  try {
    const bytes = readFileSync(file);
    // A file's own buffer starts at offset 0: an Int32Array view needs an offset divisible by 4.
    const words =
      bytes.byteOffset % 4 === 0
        ? new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >> 2)
        : new Int32Array(new Uint8Array(bytes).buffer);
    if (bytes.byteLength % 4 === 0 && useWordnetIndex(words)) return;
  } catch {
    // No index yet: save one below.
  }
  process.once('exit', (code) => {
    if (code !== 0) return;
    const temp = `${file}.${process.pid}`;
    try {
      writeFileSync(temp, wordnetIndex());
      renameSync(temp, file);
    } catch {
      // A read-only checkout runs without an index file.
    }
  });
}

/** The index file of the bundle this module was built into, when it runs as one. */
export function useBundleIndexFile(): void {
  const file = indexFileOf(import.meta.filename);
  if (file) useIndexFile(file);
}
