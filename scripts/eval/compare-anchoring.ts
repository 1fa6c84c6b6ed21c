// Compares the deep links' re-anchoring (src/core/anchoring) with approx-string-match used as
// the Hypothesis client uses it (its match-quote.ts: the whole quote searched with up to half
// its length in errors, each match scored on quote, prefix, suffix and position), on the
// re-anchoring evaluation: the seed and ECB+ articles, random edits, the test's seeds.
//   npx tsx scripts/eval/compare-anchoring.ts
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import search from 'approx-string-match';
import { anchorPassage } from '../../src/core/anchoring/quote-selector';
import type { AnchorResult, PassageSelector } from '../../src/core/anchoring/quote-selector';
import { runEvaluation } from '../../src/core/anchoring/eval/run-evaluation';
import type { EvaluationReport } from '../../src/core/anchoring/eval/run-evaluation';
import type { EvalArticle } from '../../src/core/anchoring/eval/sample-claims';
import { repoRoot } from './corpus-story';

const read = (dir: string, story: (name: string) => string): EvalArticle[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((name) => ({ name, story: story(name), text: readFileSync(join(dir, name), 'utf8') }));
const articles = [
  ...read(join(repoRoot, 'seeds'), () => 'seed'),
  ...read(join(repoRoot, 'fixtures/anchoring/ecb'), (name) => name.split('_')[0] ?? name),
];

/** How well `str` matches `text` (1: exactly), as match-quote.ts scores context. */
function textMatchScore(text: string, str: string): number {
  if (str.length === 0 || text.length === 0) return 0;
  const matches = search(text, str, str.length);
  const best = matches.reduce((m, x) => Math.min(m, x.errors), str.length);
  return 1 - best / str.length;
}

/**
 * match-quote.ts's `matchQuote`, with its weights; a quote with no match is an orphan, and so is
 * one whose best match scores under `minScore` (match-quote.ts has no such floor: 0).
 */
function hypothesisAnchor(text: string, selector: PassageSelector, minScore = 0): AnchorResult {
  const quote = selector.exact;
  const maxErrors = Math.min(256, Math.floor(quote.length / 2));
  const matches = search(text, quote, maxErrors);
  if (matches.length === 0) return { status: 'orphan', exact: quote };
  let best = { start: 0, end: 0, score: -1 };
  for (const m of matches) {
    const quoteScore = 1 - m.errors / quote.length;
    const prefix = selector.prefix
      ? textMatchScore(
          text.slice(Math.max(0, m.start - selector.prefix.length), m.start),
          selector.prefix,
        )
      : 1;
    const suffix = selector.suffix
      ? textMatchScore(text.slice(m.end, m.end + selector.suffix.length), selector.suffix)
      : 1;
    const position = 1 - Math.abs(m.start - selector.start) / text.length;
    const score = (50 * quoteScore + 20 * prefix + 20 * suffix + 2 * position) / 92;
    if (score > best.score) best = { start: m.start, end: m.end, score };
  }
  return best.score < minScore ? { status: 'orphan', exact: quote } : { status: 'found', ...best };
}

const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`;
// The test's seeds (101–103) by default; `--seeds 1,2,3` to choose a floor on other ones.
const args = process.argv.slice(2);
const seeds = args.includes('--seeds')
  ? (args[args.indexOf('--seeds') + 1] ?? '').split(',').map(Number)
  : [101, 102, 103];
// Floors chosen on seeds 1–3, the best trade-offs there (0.6–0.9 tried).
const floors = [0.7, 0.75];
for (const [name, anchor] of [
  ['Parallax anchorPassage', anchorPassage],
  ['approx-string-match, as Hypothesis', (t: string, s: PassageSelector) => hypothesisAnchor(t, s)],
  ...floors.map(
    (floor) =>
      [
        `approx-string-match, as Hypothesis, orphan under ${floor}`,
        (t: string, s: PassageSelector) => hypothesisAnchor(t, s, floor),
      ] as const,
  ),
] as const) {
  const reports: EvaluationReport[] = seeds.map((seed) =>
    runEvaluation(articles, {
      seed,
      perArticle: { sentences: 3, spans: 2 },
      throughLink: (s) => s,
      anchor,
    }),
  );
  const sum = (pick: (r: EvaluationReport) => number) => reports.reduce((t, r) => t + pick(r), 0);
  console.log(
    `${name}: ${articles.length} articles, ${sum((r) => r.claims)} claims; present → right place ` +
      `${percent(
        sum((r) => r.present.right),
        sum((r) => r.present.trials),
      )} (wrong ${sum((r) => r.present.wrong)}, ` +
      `orphan ${sum((r) => r.present.orphan)}); deleted → orphan ${percent(
        sum((r) => r.deleted.orphan),
        sum((r) => r.deleted.trials),
      )} ` +
      `(placed wrongly ${sum((r) => r.deleted.wrong)}); ${sum((r) => r.anchorMs).toFixed(0)} ms anchoring`,
  );
}
