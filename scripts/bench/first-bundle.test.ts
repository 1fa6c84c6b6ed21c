import { describe, expect, it } from 'vitest';
import { dynamicImports, firstBundleAssets, htmlEntryAssets, staticImports } from './first-bundle';

// The shape of Vite's built index.html: the entry module and its stylesheet in <head>, a
// relative base, an icon that is not part of the bundle.
const html = `<!doctype html>
<html><head>
  <link rel="icon" type="image/svg+xml" href="./favicon.svg" />
  <script type="module" crossorigin src="./assets/index-AAA.js"></script>
  <link rel="modulepreload" crossorigin href="./assets/vendor-BBB.js">
  <link rel="stylesheet" crossorigin href="./assets/index-CCC.css">
  <link rel=stylesheet href=/assets/print-DDD.css>
  <script src="https://cdn.example/x.js"></script>
</head><body><div id="root"></div></body></html>`;

describe('htmlEntryAssets', () => {
  it('lists entry scripts, module preloads and stylesheets, not icons or remote files', () => {
    expect(htmlEntryAssets(html)).toEqual([
      'assets/index-AAA.js',
      'assets/vendor-BBB.js',
      'assets/index-CCC.css',
      'assets/print-DDD.css',
    ]);
  });
});

describe('staticImports and dynamicImports', () => {
  // Minified chunks as rolldown writes them: quotes or backticks, no spaces.
  const code =
    'import{a as e}from"./vendor-BBB.js";import"./side-EEE.js";' +
    'const m=()=>import(`./model-FFF.js`);const n=import("./lazy-GGG.js");' +
    'const s="this is not from\\"./x.js\\"";';

  it('tells loaded-with-the-chunk imports from on-demand ones', () => {
    expect(staticImports(code, 'assets/index-AAA.js')).toEqual([
      'assets/vendor-BBB.js',
      'assets/side-EEE.js',
    ]);
    expect(dynamicImports(code, 'assets/index-AAA.js')).toEqual([
      'assets/model-FFF.js',
      'assets/lazy-GGG.js',
    ]);
  });

  it('resolves paths against the importing chunk', () => {
    expect(staticImports('import"../shared/x.js"', 'assets/deep/a.js')).toEqual([
      'assets/shared/x.js',
    ]);
  });
});

describe('firstBundleAssets', () => {
  it('follows static imports transitively and stops at dynamic ones and cycles', () => {
    const chunks: Record<string, string> = {
      'assets/index-AAA.js': 'import{x}from"./vendor-BBB.js";import(`./lazy-GGG.js`)',
      'assets/vendor-BBB.js': 'import"./util-HHH.js"',
      'assets/util-HHH.js': 'import"./vendor-BBB.js"',
      'assets/lazy-GGG.js': 'import"./never-III.js"',
    };
    const read = (path: string) => {
      const code = chunks[path];
      if (code === undefined) throw new Error(`read ${path}`);
      return code;
    };
    const page = '<script type="module" src="./assets/index-AAA.js"></script>';
    expect(firstBundleAssets(page, read)).toEqual([
      'assets/index-AAA.js',
      'assets/vendor-BBB.js',
      'assets/util-HHH.js',
    ]);
  });
});
