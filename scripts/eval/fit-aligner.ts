// Fits the aligner's pair model (src/core/align/pair-model.ts): a logistic regression of "same
// fact" on the pair signals of every candidate pair in the corpus stories whose sentences are
// all placed in reference fact groups. Prints leave-one-story-out figures and the weights.
//   npx tsx scripts/eval/fit-aligner.ts [--write] [--held-out]
//   --write     rewrites src/core/align/pair-weights.ts
//   --held-out  also aligns each story with models fit on the other stories alone and scores the
//               facts with the shared scorer: how the aligner does on a story it was not fit on
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { alignmentInput, type PreparedArticle } from '../../src/core/analyze';
import { alignStory, distinctTexts, scoreCandidatePairs } from '../../src/core/align/align-story';
import { SIGNALS } from '../../src/core/align/pair-signals';
import {
  corpusDir as corpus,
  corpusStories,
  prepareStory,
  referenceGroups,
  repoRoot,
  sentenceOfQuote,
  type Group,
  type Member,
} from './corpus-story';

type Row = { story: string; x: number[]; same: number; any: number };
const preparedOf = new Map<string, PreparedArticle[]>();

/** Every candidate pair of one story with its signals and reference labels. */
function storyRows(story: string, groups: Group[]): Row[] {
  const prepared = prepareStory(story);
  preparedOf.set(story, prepared);
  const sentenceAt = (m: Member) => sentenceOfQuote(prepared, m);
  const label = new Map<string, 'same' | 'related'>();
  for (const g of groups) {
    const ids = g.members.map(sentenceAt).filter((x): x is string => !!x);
    for (const x of ids)
      for (const y of ids) {
        const k = `${x}|${y}`;
        if ((g.relation ?? 'same') === 'same') label.set(k, 'same');
        else if (!label.has(k)) label.set(k, 'related');
      }
  }
  const texts = distinctTexts(alignmentInput(prepared));
  return scoreCandidatePairs(texts).flatMap((p) => {
    const xs = texts[p.a]?.copies ?? [];
    const ys = texts[p.b]?.copies ?? [];
    const rows: Row[] = [];
    for (const x of xs)
      for (const y of ys) {
        if (x.article === y.article) continue;
        const l = label.get(`${x.id}|${y.id}`);
        rows.push({ story, x: p.signals, same: l === 'same' ? 1 : 0, any: l ? 1 : 0 });
      }
    return rows;
  });
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const dot = (w: number[], x: number[]) => x.reduce((s, v, i) => s + v * (w[i] ?? 0), 0);

/** Newton's method for L2-regularized logistic regression. */
function fit(rows: Row[], target: 'same' | 'any', l2 = 1): number[] {
  const d = SIGNALS.length;
  let w = new Array<number>(d).fill(0);
  for (let iter = 0; iter < 25; iter++) {
    const g = new Array<number>(d).fill(0);
    const h = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (const r of rows) {
      const p = sigmoid(dot(w, r.x));
      const e = p - r[target];
      const s = p * (1 - p);
      for (let i = 0; i < d; i++) {
        g[i] = (g[i] ?? 0) + e * (r.x[i] ?? 0);
        const hi = h[i] as number[];
        for (let j = 0; j < d; j++) hi[j] = (hi[j] ?? 0) + s * (r.x[i] ?? 0) * (r.x[j] ?? 0);
      }
    }
    for (let i = 1; i < d; i++) {
      g[i] = (g[i] ?? 0) + l2 * (w[i] ?? 0);
      (h[i] as number[])[i] = ((h[i] as number[])[i] ?? 0) + l2;
    }
    (h[0] as number[])[0] = ((h[0] as number[])[0] ?? 0) + 1e-6;
    w = w.map((v, i) => v - (solve(h, g)[i] ?? 0));
  }
  return w;
}

/** Solves H x = g by Gaussian elimination with partial pivoting. */
function solve(h: number[][], g: number[]): number[] {
  const n = g.length;
  const a = h.map((row, i) => [...row, g[i] ?? 0]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++)
      if (Math.abs(a[r]?.[c] ?? 0) > Math.abs(a[pivot]?.[c] ?? 0)) pivot = r;
    [a[c], a[pivot]] = [a[pivot] as number[], a[c] as number[]];
    const row = a[c] as number[];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const other = a[r] as number[];
      const f = (other[c] ?? 0) / (row[c] || 1e-12);
      for (let k = c; k <= n; k++) other[k] = (other[k] ?? 0) - f * (row[k] ?? 0);
    }
  }
  return a.map((row, i) => (row[n] ?? 0) / (row[i] || 1e-12));
}

const stories = corpusStories();
const rows: Row[] = [];
const sameTotal = new Map<string, number>();
for (const story of stories) {
  const groups = referenceGroups(story);
  if (!groups) continue;
  rows.push(...storyRows(story, groups));
}
const inStories = [...new Set(rows.map((r) => r.story))];
const held = new Map<Row, number>();
for (const story of inStories) {
  const w = fit(
    rows.filter((r) => r.story !== story),
    'same',
  );
  for (const r of rows) if (r.story === story) held.set(r, sigmoid(dot(w, r.x)));
}
const candidatesSame = rows.filter((r) => r.same).length;
console.log(
  `stories ${inStories.length}, candidate pairs ${rows.length}, of them same ${candidatesSame}`,
);
void sameTotal;
for (const t of [0.3, 0.4, 0.5, 0.6, 0.7]) {
  const sel = rows.filter((r) => (held.get(r) ?? 0) >= t);
  const same = sel.filter((r) => r.same).length;
  const any = sel.filter((r) => r.any).length;
  console.log(
    `held-out p >= ${t}: pairs ${sel.length}, same ${(same / Math.max(1, sel.length)).toFixed(2)}, same or related ${(any / Math.max(1, sel.length)).toFixed(2)}, same pairs found ${same}`,
  );
}
const fitted = { same: fit(rows, 'same'), linked: fit(rows, 'any') };
const body = (['same', 'linked'] as const)
  .map(
    (model) =>
      `  ${model}: {\n${SIGNALS.map((name, i) => `    ${name}: ${Number((fitted[model][i] ?? 0).toFixed(2))},`).join('\n')}\n  },`,
  )
  .join('\n');
const file = `// Generated by scripts/eval/fit-aligner.ts from ${inStories.length} corpus stories (${rows.length} candidate pairs); do not edit.
import type { SignalName } from './pair-signals';

/** Logistic-regression weights of the pair models, per signal. */
export const PAIR_WEIGHTS: Record<'same' | 'linked', Record<SignalName, number>> = {
${body}
};
`;
if (process.argv.includes('--write')) {
  writeFileSync(join(repoRoot, 'src', 'core', 'align', 'pair-weights.ts'), file);
  console.log('wrote src/core/align/pair-weights.ts');
} else console.log(file);

if (process.argv.includes('--held-out')) {
  // Each story aligned by models fit without it, scored by the shared scorer.
  const out = mkdtempSync(join(tmpdir(), 'held-out-'));
  const total = { agree: [0, 0], any: [0, 0], same: [0, 0] };
  for (const story of inStories) {
    const train = rows.filter((r) => r.story !== story);
    const models = { same: fit(train, 'same'), linked: fit(train, 'any') };
    const prepared = preparedOf.get(story) ?? [];
    const alignment = alignStory(alignmentInput(prepared), undefined, models);
    const analysis = {
      version: 1,
      articles: prepared.map((p) => p.article),
      facts: alignment.facts,
      disagreements: [],
      quotes: [],
      quantities: [],
    };
    const gold = JSON.parse(readFileSync(join(corpus, story, 'gold.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    if (!gold.factGroups) gold.factGroups = referenceGroups(story);
    gold.factGroupsExhaustive = true;
    const goldFile = join(out, `${story}.gold.json`);
    const analysisFile = join(out, `${story}.json`);
    writeFileSync(goldFile, JSON.stringify(gold));
    writeFileSync(analysisFile, JSON.stringify(analysis));
    const scored = spawnSync(
      'node',
      [join(repoRoot, '..', 'shared', 'tools', 'score.mjs'), goldFile, analysisFile],
      { encoding: 'utf8' },
    );
    const line = scored.stdout.split('\n').find((l) => l.startsWith('counts ')) ?? 'counts {}';
    const c = JSON.parse(line.slice(7)) as {
      factPairs?: Record<'agree' | 'any' | 'same', [number, number]>;
    };
    const f = c.factPairs;
    if (!f) continue;
    for (const k of ['agree', 'any', 'same'] as const) {
      total[k][0] = (total[k][0] ?? 0) + f[k][0];
      total[k][1] = (total[k][1] ?? 0) + f[k][1];
    }
    console.log(
      `held out ${story}: agree ${f.agree.join('/')} any ${f.any.join('/')} same ${f.same.join('/')}`,
    );
  }
  const pct = ([a, b]: number[]) => `${Math.round((100 * (a ?? 0)) / Math.max(1, b ?? 0))}%`;
  console.log(
    `held out, all: agree-precision ${pct(total.agree)} pair-precision ${pct(total.any)} same-recall ${pct(total.same)}`,
  );
}
