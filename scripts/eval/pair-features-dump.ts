// Development tool: cross-article sentence pairs of the stories with exhaustive fact groups,
// with candidate signals and the reference label, as JSON Lines (for fitting the aligner).
//   npx tsx scripts/eval/pair-features-dump.ts > pairs.jsonl
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignmentInput, prepareArticle } from '../../src/core/analyze';
import { alignStory } from '../../src/core/align/align-story';
import { conceptKeys } from '../../src/core/lexicon/wordnet';
import { loadNlpEngine } from '../../src/core/nlp/node-engine';
import type { Token } from '../../src/core/types';

const repoRoot = new URL('../../', import.meta.url).pathname;
const corpus = join(repoRoot, '..', 'shared', 'corpus', 'ecb');
const nlp = loadNlpEngine();
type Member = { article: string; quote: string };
type Group = { relation?: string; members: Member[] };
const CONTENT = new Set(['NOUN', 'VERB', 'ADJ', 'PROPN', 'NUM', 'ADV']);
const cls = (t: Token) =>
  t.pos === 'NOUN' ? 'noun' : t.pos === 'VERB' ? 'verb' : t.pos === 'ADJ' ? 'adj' : null;

for (const story of readdirSync(corpus).sort()) {
  const dir = join(corpus, story);
  if (!existsSync(join(dir, 'gold.json'))) continue;
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as { factGroups?: Group[] };
  const ours = join(repoRoot, 'fixtures', 'fact-groups', `${story}.json`);
  const groups =
    gold.factGroups ??
    (existsSync(ours)
      ? (JSON.parse(readFileSync(ours, 'utf8')) as { factGroups: Group[] }).factGroups
      : null);
  if (!groups) continue;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const prepared = files.map((f, i) =>
    prepareArticle({ file: f, text: readFileSync(join(dir, f), 'utf8') }, i, nlp),
  );
  const alignment = alignStory(alignmentInput(prepared));
  const sentenceAt = (m: Member) => {
    const a = prepared.findIndex((p) => p.article.file === `${m.article}.txt`);
    const p = prepared[a];
    if (!p) return null;
    let at = p.article.text.indexOf(m.quote);
    if (at < 0) at = p.article.text.replace(/\s+/g, ' ').indexOf(m.quote.replace(/\s+/g, ' '));
    const s = p.article.sentences.findIndex((x) => x.start <= at && at < x.end);
    return s < 0 ? null : `${a}:${s}`;
  };
  const label = new Map<string, string>();
  for (const g of groups) {
    const ids = g.members.map(sentenceAt).filter((x): x is string => !!x);
    for (const x of ids)
      for (const y of ids) {
        if (x.split(':')[0] === y.split(':')[0]) continue;
        const k = `${x}|${y}`;
        if ((g.relation ?? 'same') === 'same') label.set(k, 'same');
        else if (!label.has(k)) label.set(k, 'related');
      }
  }
  // Sentence profiles.
  type Profile = {
    id: string;
    a: number;
    i: number;
    stems: Set<string>;
    keys: Set<number>;
    names: Set<string>;
    nums: Set<string>;
    headline: boolean;
    words: string[];
    n: number;
    neg: boolean;
    text: string;
  };
  const profiles: Profile[] = [];
  prepared.forEach((p, a) =>
    p.article.sentences.forEach((s, i) => {
      if (s.boilerplate) return;
      const toks = p.tokens[i] ?? [];
      const content = toks.filter((t) => CONTENT.has(t.pos) && !t.stop && /\p{L}|\d/u.test(t.text));
      const keys = new Set<number>();
      for (const t of content) {
        const c = cls(t);
        if (c) for (const k of conceptKeys(t.lemma, c)) keys.add(k);
      }
      profiles.push({
        id: s.id,
        a,
        i,
        stems: new Set(content.filter((t) => t.pos !== 'NUM').map((t) => t.stem)),
        keys,
        names: new Set(p.extraction.entities.filter((e) => e.sentence === i).map((e) => e.key)),
        nums: new Set(toks.filter((t) => t.pos === 'NUM').map((t) => t.text.replace(/,/g, ''))),
        headline: Boolean(s.headline),
        words: toks.map((t) => t.lower),
        n: content.length,
        neg: toks.some((t) => t.negated && t.pos === 'VERB'),
        text: p.article.text.slice(s.start, s.end),
      });
    }),
  );
  const df = new Map<string, number>();
  for (const p of profiles) for (const st of p.stems) df.set(st, (df.get(st) ?? 0) + 1);
  const kdf = new Map<number, number>();
  for (const p of profiles) for (const k of p.keys) kdf.set(k, (kdf.get(k) ?? 0) + 1);
  const N = profiles.length;
  const idf = (d: number) => Math.log(1 + N / d);
  const wsum = (xs: Iterable<string>) => {
    let s = 0;
    for (const x of xs) s += idf(df.get(x) ?? 1);
    return s;
  };
  const ksum = (xs: Iterable<number>) => {
    let s = 0;
    for (const x of xs) s += idf(kdf.get(x) ?? 1);
    return s;
  };
  const lcs = (x: string[], y: string[]) => {
    let best = 0;
    const prev = new Array<number>(y.length + 1).fill(0);
    for (let i = 1; i <= x.length; i++) {
      let diag = 0;
      for (let j = 1; j <= y.length; j++) {
        const tmp = prev[j] ?? 0;
        const run = x[i - 1] === y[j - 1] ? diag + 1 : 0;
        prev[j] = run;
        best = Math.max(best, run);
        diag = tmp;
      }
    }
    return best;
  };
  for (const x of profiles)
    for (const y of profiles) {
      if (x.a >= y.a) continue;
      const sharedStems = [...x.stems].filter((s) => y.stems.has(s));
      const sharedKeys = [...x.keys].filter((k) => y.keys.has(k));
      const sharedNames = [...x.names].filter(
        (s) =>
          y.names.has(s) || [...y.names].some((t) => t.endsWith(` ${s}`) || s.endsWith(` ${t}`)),
      );
      const sharedNums = [...x.nums].filter((s) => y.nums.has(s));
      const lab = label.get(`${x.a}:${x.i}|${y.a}:${y.i}`) ?? 'none';
      if (sharedStems.length + sharedKeys.length + sharedNames.length === 0 && lab === 'none')
        continue;
      const wx = wsum(x.stems),
        wy = wsum(y.stems),
        ws = wsum(sharedStems);
      const kx = ksum(x.keys),
        ky = ksum(y.keys),
        ks = ksum(sharedKeys);
      console.log(
        JSON.stringify({
          story,
          a: `${x.a}:${x.i}`,
          b: `${y.a}:${y.i}`,
          label: lab,
          old: alignment.pairScore(x.id, y.id),
          cos: ws / Math.sqrt(wx * wy || 1),
          cont: ws / Math.max(1e-9, Math.min(wx, wy)),
          kcos: ks / Math.sqrt(kx * ky || 1),
          kcont: ks / Math.max(1e-9, Math.min(kx, ky)),
          nshared: sharedStems.length,
          names: sharedNames.length,
          nx: x.names.size,
          ny: y.names.size,
          nums: sharedNums.length,
          h2: x.headline && y.headline ? 1 : 0,
          h1: x.headline !== y.headline ? 1 : 0,
          lead: Math.max(x.i, y.i) <= 3 ? 1 : 0,
          lcs: lcs(x.words, y.words),
          lx: x.n,
          ly: y.n,
          negx: x.neg !== y.neg ? 1 : 0,
          ta: x.text.slice(0, 160),
          tb: y.text.slice(0, 160),
        }),
      );
    }
}
