// Development evaluation: analyzes every corpus story in one process and scores each with the
// shared reference scorer. Our own exhaustive fact groups (fixtures/fact-groups/<story>.json)
// are merged into a story's reference when it has none.
//   npx tsx scripts/eval/run-corpus.ts [--out DIR] [STORY ...]
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeStory } from '../../src/core/analyze';
import { loadNlpEngine } from '../../src/core/nlp/node-engine';

const repoRoot = new URL('../../', import.meta.url).pathname;
const shared = join(repoRoot, '..', 'shared');
const corpus = join(shared, 'corpus', 'ecb');
const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? (args[outAt + 1] as string) : mkdtempSync(join(tmpdir(), 'judge-'));
mkdirSync(out, { recursive: true });
const wanted = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--out');
const stories = readdirSync(corpus)
  .filter((d) => existsSync(join(corpus, d, 'gold.json')))
  .filter((d) => wanted.length === 0 || wanted.includes(d))
  .sort();

const nlp = loadNlpEngine();
type Counts = {
  strong: [number, number];
  disagreements: [number, number];
  reportedDisagreements: number;
  falseAlarms: number | null;
  trapsHit: number | null;
  factPairs: null | Record<'agree' | 'any' | 'same', [number, number]>;
};
const tot = {
  strong: [0, 0],
  dis: [0, 0],
  reported: 0,
  fa: 0,
  traps: 0,
  agree: [0, 0],
  any: [0, 0],
  same: [0, 0],
};
const add = (t: number[], c: readonly number[]) => {
  t[0] = (t[0] ?? 0) + (c[0] ?? 0);
  t[1] = (t[1] ?? 0) + (c[1] ?? 0);
};
const pct = (c: number[]) => `${Math.round((100 * (c[0] ?? 0)) / Math.max(1, c[1] ?? 0))}%`;
for (const story of stories) {
  const dir = join(corpus, story);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const analysis = analyzeStory(
    files.map((f) => ({ file: f, text: readFileSync(join(dir, f), 'utf8') })),
    { nlp },
  );
  const analysisFile = join(out, `${story}.json`);
  writeFileSync(analysisFile, JSON.stringify(analysis));
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as Record<string, unknown>;
  const ours = join(repoRoot, 'fixtures', 'fact-groups', `${story}.json`);
  if (!gold.factGroups && existsSync(ours))
    Object.assign(gold, JSON.parse(readFileSync(ours, 'utf8')));
  const goldFile = join(out, `${story}.gold.json`);
  writeFileSync(goldFile, JSON.stringify(gold));
  const scored = spawnSync('node', [join(shared, 'tools', 'score.mjs'), goldFile, analysisFile], {
    encoding: 'utf8',
  });
  writeFileSync(join(out, `${story}.score.txt`), scored.stdout);
  const line = scored.stdout.split('\n').find((l) => l.startsWith('counts '));
  if (!line) {
    console.log(`${story}: score failed: ${scored.stderr.trim().slice(0, 200)}`);
    continue;
  }
  const c = JSON.parse(line.slice(7)) as Counts;
  add(tot.strong, c.strong);
  add(tot.dis, c.disagreements);
  tot.reported += c.reportedDisagreements;
  tot.fa += c.falseAlarms ?? 0;
  tot.traps += c.trapsHit ?? 0;
  let extra = '';
  if (c.factPairs) {
    add(tot.agree, c.factPairs.agree);
    add(tot.any, c.factPairs.any);
    add(tot.same, c.factPairs.same);
    const f = c.factPairs;
    extra = ` | agree ${f.agree.join('/')} any ${f.any.join('/')} same ${f.same.join('/')}`;
  }
  console.log(
    `${story}: strong ${c.strong.join('/')} dis ${c.disagreements.join('/')} reported ${c.reportedDisagreements} fa ${c.falseAlarms} traps ${c.trapsHit}${extra}`,
  );
}
console.log(
  `TOTAL strong ${pct(tot.strong)} (${tot.strong.join('/')}) disagreements ${tot.dis.join('/')} (${pct(tot.dis)}) false-alarms ${tot.fa}/${tot.reported} traps ${tot.traps} agree-precision ${pct(tot.agree)} (${tot.agree.join('/')}) pair-precision ${pct(tot.any)} (${tot.any.join('/')}) same-recall ${pct(tot.same)} (${tot.same.join('/')}); out ${out}`,
);
