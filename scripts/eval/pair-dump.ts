// Development tool: every cross-article sentence pair of the stories with exhaustive fact groups,
// with its reference label (same / related / none) and the aligner's score, as JSON Lines.
//   npx tsx scripts/eval/pair-dump.ts > pairs.jsonl
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignmentInput, prepareArticle } from '../../src/core/analyze';
import { alignStory } from '../../src/core/align/align-story';
import { loadNlpEngine } from '../../src/core/nlp/node-engine';

const repoRoot = new URL('../../', import.meta.url).pathname;
const corpus = join(repoRoot, '..', 'shared', 'corpus', 'ecb');
const nlp = loadNlpEngine();
type Member = { article: string; quote: string };
type Group = { relation?: string; members: Member[]; fact: string };
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
        if (x.split(':')[0] === y.split(':')[0] || x >= y) continue;
        const k = `${x}|${y}`;
        if ((g.relation ?? 'same') === 'same') label.set(k, 'same');
        else if (!label.has(k)) label.set(k, 'related');
      }
  }
  const inFact = new Map<string, string>();
  const facts = alignment.facts;
  for (const f of facts)
    for (const a of f.sentences)
      for (const b of f.sentences) inFact.set(`${a}|${b}`, (f as { relation: string }).relation);
  prepared.forEach((pa, a) =>
    pa.article.sentences.forEach((sa, i) => {
      prepared.forEach((pb, b) => {
        if (b <= a) return;
        pb.article.sentences.forEach((sb, j) => {
          if (sa.boilerplate || sb.boilerplate) return;
          const k = `${a}:${i}|${b}:${j}`;
          const score = alignment.pairScore(sa.id, sb.id);
          const lab = label.get(k) ?? 'none';
          const fact = inFact.get(`${sa.id}|${sb.id}`) ?? null;
          if (lab === 'none' && score === 0 && !fact) return;
          console.log(
            JSON.stringify({
              story,
              a: k.split('|')[0],
              b: k.split('|')[1],
              label: lab,
              score: Math.round(score * 1000) / 1000,
              fact,
              ta: pa.article.text.slice(sa.start, sa.end),
              tb: pb.article.text.slice(sb.start, sb.end),
            }),
          );
        });
      });
    }),
  );
}
