import { readdirSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AssetSize, BundleReport } from './types';

/** Attribute values of the tags in `html` named `tag` that carry `attribute`, in document order. */
function tags(html: string, tag: string): Map<string, string>[] {
  const found: Map<string, string>[] = [];
  for (const match of html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'gi'))) {
    const attributes = new Map<string, string>();
    for (const a of (match[1] ?? '').matchAll(
      /([\w-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g,
    ))
      attributes.set((a[1] ?? '').toLowerCase(), a[2] ?? a[3] ?? a[4] ?? '');
    found.push(attributes);
  }
  return found;
}

/** A URL in the built HTML or a chunk, as a path relative to the output directory ("assets/x.js"). */
function localPath(url: string, from = ''): string | null {
  if (/^[a-z][\w+.-]*:|^\/\//i.test(url)) return null;
  const clean = url.split(/[?#]/)[0] ?? '';
  const path = clean.startsWith('/') ? clean.slice(1) : posix.join(posix.dirname(from), clean);
  return posix.normalize(path);
}

/**
 * What the built index.html makes the browser load before the app can start: module entry
 * scripts, `modulepreload` links and stylesheets, as paths relative to the output directory.
 *
 * @example htmlEntryAssets('<script type="module" src="./assets/index-a.js"></script>') // ['assets/index-a.js']
 */
export function htmlEntryAssets(html: string): string[] {
  const urls: string[] = [];
  for (const script of tags(html, 'script')) {
    const src = script.get('src');
    if (src) urls.push(src);
  }
  for (const link of tags(html, 'link')) {
    const rel = (link.get('rel') ?? '').toLowerCase().split(/\s+/);
    const href = link.get('href');
    if (href && (rel.includes('stylesheet') || rel.includes('modulepreload'))) urls.push(href);
  }
  const paths = urls.map((u) => localPath(u)).filter((p): p is string => p !== null);
  return [...new Set(paths)];
}

/**
 * The chunks a built JS chunk imports statically (`import … from "./x.js"`, `import "./x.js"`),
 * which load with it, relative to the output directory. Dynamic `import()` is not followed.
 *
 * @example staticImports('import{a}from"./b.js";import(`./c.js`)', 'assets/a.js') // ['assets/b.js']
 */
export function staticImports(code: string, chunk: string): string[] {
  const found = new Set<string>();
  for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*(["'`])(\.{1,2}\/[^"'`]+)\1/g)) {
    const path = localPath(m[2] ?? '', chunk);
    if (path) found.add(path);
  }
  return [...found];
}

/**
 * The chunks a built JS chunk loads on demand (`import("./x.js")`), relative to the output
 * directory.
 *
 * @example dynamicImports('import(`./model-a.js`)', 'assets/w.js') // ['assets/model-a.js']
 */
export function dynamicImports(code: string, chunk: string): string[] {
  const found = new Set<string>();
  for (const m of code.matchAll(/\bimport\(\s*(["'`])(\.{1,2}\/[^"'`]+)\1\s*\)/g)) {
    const path = localPath(m[2] ?? '', chunk);
    if (path) found.add(path);
  }
  return [...found];
}

/**
 * The first bundle: the HTML's entry assets and everything their JS imports statically,
 * transitively (what the browser must fetch before the app runs), in discovery order.
 */
export function firstBundleAssets(html: string, read: (path: string) => string): string[] {
  const queue = htmlEntryAssets(html);
  const seen = new Set<string>();
  while (queue.length > 0) {
    const path = queue.shift() as string;
    if (seen.has(path)) continue;
    seen.add(path);
    if (path.endsWith('.js')) queue.push(...staticImports(read(path), path));
  }
  return [...seen];
}

/** A built file's size as served and gzipped (level 9, as Vite's build report uses). */
function sizeOf(outDir: string, file: string): AssetSize {
  const bytes = readFileSync(posix.join(outDir, file));
  return { file, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
}

/**
 * Sizes of a build in `outDir`: the first bundle, the analysis worker's chunks (named
 * `*.worker-*.js` by Vite) and what the worker loads on demand (the NLP model), and the rest.
 */
export function measureBundle(outDir: string): BundleReport {
  const read = (path: string) => readFileSync(posix.join(outDir, path), 'utf8');
  const first = firstBundleAssets(read('index.html'), read);
  const assets = readdirSync(posix.join(outDir, 'assets')).map((f) => `assets/${f}`);
  const workers = assets.filter((f) => /\.worker-[\w-]+\.js$/.test(f));
  const workerLazy = [...new Set(workers.flatMap((w) => dynamicImports(read(w), w)))];
  const rest = assets.filter(
    (f) => /\.(js|css)$/.test(f) && ![...first, ...workers, ...workerLazy].includes(f),
  );
  const firstBundle = first.map((f) => sizeOf(outDir, f));
  return {
    firstBundle,
    firstBundleGzipBytes: firstBundle.reduce((n, a) => n + a.gzipBytes, 0),
    worker: workers.map((f) => sizeOf(outDir, f)),
    workerLazy: workerLazy.map((f) => sizeOf(outDir, f)),
    otherLazy: rest.map((f) => sizeOf(outDir, f)),
    workerInFirstBundle: [...workers, ...workerLazy].filter((f) => first.includes(f)),
  };
}
