// dist-cli/analyze.cjs, what `node dist-cli/analyze.cjs FILE...` and `npm run analyze` start
// (scripts/cli-bundle.mjs copies it there): runs the command line's bundle,
// dist-cli/analyze-body.cjs, with V8's code cache, so that a run does not parse and compile again
// what the last one compiled (docs/decisions/0008-command-line-bundle.md). The cache is named
// after the bundle's stamp, so a rebuilt bundle never meets an old cache, and is written after a
// successful run that had none; without one, or when V8 refuses it, the bundle runs as usual.
'use strict';
// V8 compiles a regular expression to bytecode on its first run and again to machine code on
// its second. An analysis runs a few hundred patterns, many with large Unicode classes (\p{L}):
// compiling them took a fifth of a run's instructions, two fifths of that spent compiling again.
// Machine code at once: the same matches, each pattern compiled once. Set before the bundle is
// compiled, in every run: V8's code cache records the flags it was made under.
require('node:v8').setFlagsFromString('--no-regexp-tier-up');
const { isAscii } = require('node:buffer');
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const { join } = require('node:path');
const { Script } = require('node:vm');

const body = join(__dirname, 'analyze-body.cjs');
// The build writes the bundle in ASCII (scripts/cli-bundle.mjs): read so, it becomes a string of
// one byte per character at once, without decoding UTF-8.
const bytes = readFileSync(body);
const source = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
const stamp = /^\/\/ parallax command line, built from sources (\w+)/.exec(source)?.[1];
const cacheFile = stamp ? join(__dirname, `analyze-body.${stamp}.v8-cache`) : null;
let cachedData;
try {
  if (cacheFile) cachedData = readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}
const script = new Script(Module.wrap(source), { filename: body, cachedData });
if (cacheFile && (cachedData === undefined || script.cachedDataRejected)) {
  // At exit the cache also holds the functions the run compiled lazily: most of the analysis.
  process.once('exit', (code) => {
    if (code !== 0) return;
    const temp = `${cacheFile}.${process.pid}`;
    try {
      writeFileSync(temp, script.createCachedData());
      renameSync(temp, cacheFile);
    } catch {
      // A read-only checkout runs without a cache.
    }
  });
}
const bundle = { exports: {} };
script
  .runInThisContext()
  .call(bundle.exports, bundle.exports, Module.createRequire(body), bundle, body, __dirname);
