import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview } from 'vite';

const repoRoot = new URL('../../', import.meta.url).pathname;

/** The first port from `from` on that nothing listens on (127.0.0.1). */
export async function freePort(from: number, tries = 40): Promise<number> {
  for (let port = from; port < from + tries; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer();
      probe.once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port in ${from}–${from + tries - 1}`);
}

/** A production build served by `vite preview`. */
export type PreviewServer = {
  /** e.g. "http://127.0.0.1:4460/". */
  url: string;
  /** The build's output directory (a temporary one). */
  outDir: string;
  /** Stops the server and deletes the build. */
  close(): Promise<void>;
};

/**
 * Builds the app with the project's Vite config into a temporary directory (so `dist/`, which
 * others may be serving, is left alone) and serves it with `vite preview` on a free port from
 * `port` on.
 */
export async function startPreview(port = 4460): Promise<PreviewServer> {
  const outDir = mkdtempSync(join(tmpdir(), 'parallax-bench-'));
  try {
    // Errors still throw; warnings (e.g. plugin timings on a busy machine) would only be noise here.
    await build({ root: repoRoot, logLevel: 'error', build: { outDir, emptyOutDir: true } });
    const chosen = await freePort(port);
    const server = await preview({
      root: repoRoot,
      logLevel: 'warn',
      build: { outDir },
      preview: { port: chosen, strictPort: true, host: '127.0.0.1', open: false },
    });
    return {
      url: `http://127.0.0.1:${chosen}/`,
      outDir,
      async close() {
        await server.close();
        rmSync(outDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(outDir, { recursive: true, force: true });
    throw error;
  }
}
