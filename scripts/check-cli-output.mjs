// `node scripts/check-cli-output.mjs [CORPUS_DIR] [--reference DIR]`: checks that the command line
// as `npm run analyze` runs it (the bundle in dist-cli/) prints byte for byte what its TypeScript
// source prints under tsx, for the seed story and every story of the corpus (default
// ../shared/corpus/ecb), and that `--story` prints the same analyses, one line each. With
// --reference, also compares each story with DIR/<story>.json (seed.json for the seed), e.g.
// the output of an older version. Exits 1 on any difference.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const referenceAt = args.indexOf('--reference');
const reference = referenceAt >= 0 ? args[referenceAt + 1] : null;
const corpus =
  args.find((a, i) => !a.startsWith('--') && i !== referenceAt + 1) ??
  join(root, '..', 'shared', 'corpus', 'ecb');

const articles = (dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(dir, f));
const stories = [{ name: 'seed', dir: join(root, 'seeds') }];
if (existsSync(corpus)) {
  for (const name of readdirSync(corpus).sort()) {
    const dir = join(corpus, name);
    if (statSync(dir).isDirectory() && articles(dir).length > 0) stories.push({ name, dir });
  }
} else console.log(`no corpus at ${corpus}: the seed story only`);

function run(argv) {
  const result = spawnSync(process.execPath, argv, {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (result.status !== 0) {
    throw new Error(`${argv.join(' ')} exited ${result.status}: ${result.stderr.trim()}`);
  }
  return result.stdout;
}

const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
let differences = 0;
const differ = (what) => {
  differences += 1;
  console.log(`DIFFERENT  ${what}`);
};
const documents = [];
for (const { name, dir } of stories) {
  const files = articles(dir);
  const bundled = run(['scripts/analyze.mjs', ...files]);
  const source = run([tsx, 'src/cli/analyze.ts', ...files]);
  documents.push(bundled);
  if (bundled !== source) differ(`${name}: bundle vs tsx`);
  if (reference) {
    const saved = join(reference, `${name}.json`);
    if (!existsSync(saved)) differ(`${name}: no ${saved}`);
    else if (readFileSync(saved, 'utf8') !== bundled) differ(`${name}: bundle vs ${saved}`);
  }
}
const lines = run(['scripts/analyze.mjs', ...stories.flatMap((s) => ['--story', s.dir])]).split(
  '\n',
);
stories.forEach(({ name }, i) => {
  if (lines[i] !== JSON.stringify(JSON.parse(documents[i]))) differ(`${name}: --story line`);
});
if (lines.length !== stories.length + 1 || lines.at(-1) !== '') differ('--story: line count');
const compared = `${stories.length} stories (seed${stories.length > 1 ? ` and ${stories.length - 1} of ${corpus}` : ''})`;
console.log(
  differences === 0
    ? `identical: ${compared}, bundle = tsx${reference ? ` = ${reference}` : ''}, --story lines = documents`
    : `${differences} difference(s) in ${compared}`,
);
process.exit(differences === 0 ? 0 : 1);
