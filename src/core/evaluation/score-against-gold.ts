import type { Analysis, Article, Sentence } from '../contract';
import type { Gold, GoldMember } from './gold';

/** Measures of an Analysis against a reference, as fractions, plus what was missed, in words. */
export type GoldScore = {
  strongPairs: [found: number, total: number];
  allPairs: [found: number, total: number];
  predictedPairs: number;
  predictedInReference: number;
  /** Found reference pairs over predicted cross-article pairs: a lower bound on precision. */
  pairPrecisionLowerBound: number;
  disagreements: [found: number, total: number];
  numericFalseAlarms: number;
  speakers: [right: number, total: number];
  quantities: [right: number, total: number];
  boilerplate: [right: number, total: number];
  metadata: [right: number, total: number];
  dates: [right: number, total: number];
  missed: string[];
};

type Located = { article: Article; start: number; end: number };

const overlaps = (a0: number, a1: number, b0: number, b1: number): boolean => a0 < b1 && b0 < a1;
const familyName = (name: string | null | undefined): string =>
  (name ?? '').trim().split(/\s+/).pop()?.toLowerCase() ?? '';

/**
 * Scores an Analysis against a reference annotation, with the same definitions as the
 * project's reference scorer: a reference pair is found when one Fact holds both sentences;
 * a disagreement when one Disagreement has a side overlapping each reference side; a speaker
 * when the overlapping Quote names the same family name.
 */
export function scoreAgainstGold(analysis: Analysis, gold: Gold): GoldScore {
  const missed: string[] = [];
  const byKey = new Map<string, Article>();
  for (const [key, file] of Object.entries(gold.articles)) {
    const article = analysis.articles.find((a) => a.file === file);
    if (!article) throw new Error(`the analysis has no article for ${file}`);
    byKey.set(key, article);
  }
  const owner = new Map<string, Article>();
  for (const a of analysis.articles) for (const s of a.sentences) owner.set(s.id, a);

  const locate = (m: GoldMember): Located | null => {
    const article = byKey.get(m.article);
    const at = article ? article.text.indexOf(m.quote) : -1;
    return article && at >= 0 ? { article, start: at, end: at + m.quote.length } : null;
  };
  const sentenceOf = (m: GoldMember): Sentence | null => {
    const loc = locate(m);
    return loc?.article.sentences.find((s) => s.start <= loc.start && loc.start < s.end) ?? null;
  };

  const factsOf = new Map<string, Set<string>>();
  for (const f of analysis.facts)
    for (const id of f.sentences) {
      const set = factsOf.get(id) ?? new Set<string>();
      set.add(f.id);
      factsOf.set(id, set);
    }
  const together = (a: string, b: string): boolean =>
    [...(factsOf.get(a) ?? [])].some((f) => factsOf.get(b)?.has(f));

  // Boilerplate: marked, and never in a fact.
  let boilerplateRight = 0;
  for (const m of gold.boilerplate ?? []) {
    const s = sentenceOf(m);
    if (!s || (s.boilerplate && !factsOf.has(s.id))) boilerplateRight++;
    else missed.push(`boilerplate not kept out: "${m.quote}"`);
  }

  // Reference pairs, each counted once at its strongest.
  const pairs = new Map<string, { a: Sentence | null; b: Sentence | null; strong: boolean }>();
  for (const al of gold.alignments ?? []) {
    const ss = al.members.map(sentenceOf);
    al.members.forEach((mi, i) =>
      al.members.forEach((mj, j) => {
        if (j <= i || mi.article === mj.article) return;
        const a = ss[i] ?? null;
        const b = ss[j] ?? null;
        const key = a && b ? [a.id, b.id].sort().join('|') : `${al.fact}|${pairs.size}`;
        const had = pairs.get(key);
        const strong = al.strength === 'strong' || (had?.strong ?? false);
        pairs.set(key, { a, b, strong });
        if (!had && (!a || !b)) missed.push(`reference sentence not found for "${al.fact}"`);
      }),
    );
  }
  const found = (p: { a: Sentence | null; b: Sentence | null }): boolean =>
    !!p.a && !!p.b && together(p.a.id, p.b.id);
  const all = [...pairs.entries()];
  const strongPairs = all.filter(([, p]) => p.strong);
  for (const [, p] of all)
    if (!found(p) && p.a && p.b)
      missed.push(
        `${p.strong ? 'strong' : 'partial'} pair not aligned: "${snippet(owner, p.a)}" ~ "${snippet(owner, p.b)}"`,
      );

  let predicted = 0;
  let right = 0;
  for (const f of analysis.facts) {
    const ids = [...new Set(f.sentences)];
    ids.forEach((x, i) =>
      ids.slice(i + 1).forEach((y) => {
        if (owner.get(x) === owner.get(y)) return;
        predicted++;
        if (pairs.has([x, y].sort().join('|'))) right++;
      }),
    );
  }

  // Disagreements.
  const sideHits = (g: GoldMember, sides: { sentence: string; start: number; end: number }[]) => {
    const loc = locate(g);
    return (
      !!loc &&
      sides.some(
        (s) =>
          owner.get(s.sentence) === loc.article && overlaps(s.start, s.end, loc.start, loc.end),
      )
    );
  };
  let disagreementsFound = 0;
  for (const g of gold.disagreements ?? []) {
    if (analysis.disagreements.some((d) => g.sides.every((gs) => sideHits(gs, d.sides))))
      disagreementsFound++;
    else missed.push(`disagreement not found (${g.kind}): ${g.fact}`);
  }
  let falseAlarms = 0;
  if (gold.exhaustiveNumeric !== false) {
    const spans = (gold.disagreements ?? []).flatMap((g) => [...g.sides, ...(g.related ?? [])]);
    for (const d of analysis.disagreements.filter((x) => x.kind === 'numeric')) {
      if (!d.sides.some((s) => spans.some((g) => sideHits(g, [s])))) {
        falseAlarms++;
        missed.push(`numeric false alarm: ${d.summary}`);
      }
    }
  }

  // Speakers, quantities, dates, metadata.
  let speakersRight = 0;
  for (const g of gold.quotes ?? []) {
    const loc = locate(g);
    const q = loc
      ? analysis.quotes.find(
          (x) =>
            owner.get(x.sentence) === loc.article && overlaps(x.start, x.end, loc.start, loc.end),
        )
      : undefined;
    if (q && familyName(q.speaker) === familyName(g.speaker)) speakersRight++;
    else
      missed.push(`speaker of "${g.quote}": want ${g.speaker}, got ${q ? q.speaker : 'no quote'}`);
  }
  let quantitiesRight = 0;
  for (const g of gold.quantities ?? []) {
    const loc = locate(g);
    const ok =
      loc &&
      analysis.quantities.some(
        (q) =>
          owner.get(q.sentence) === loc.article &&
          overlaps(q.start, q.end, loc.start, loc.end) &&
          q.value === g.value,
      );
    if (ok) quantitiesRight++;
    else missed.push(`quantity "${g.quote}" = ${g.value} not found`);
  }
  let datesRight = 0;
  for (const g of gold.dates ?? []) {
    const loc = locate(g);
    const ok =
      loc &&
      (analysis.dates ?? []).some(
        (d) =>
          owner.get(d.sentence) === loc.article &&
          overlaps(d.start, d.end, loc.start, loc.end) &&
          d.date === g.date,
      );
    if (ok) datesRight++;
    else missed.push(`date of "${g.quote}" = ${g.date} not found`);
  }
  let metadataRight = 0;
  let metadataTotal = 0;
  for (const [key, m] of Object.entries(gold.metadata ?? {})) {
    const article = byKey.get(key);
    for (const field of ['outlet', 'published', 'title'] as const) {
      if (m[field] === undefined || !article) continue;
      metadataTotal++;
      const got = article[field] ?? null;
      if ((got ?? '').toLowerCase() === (m[field] ?? '').toLowerCase()) metadataRight++;
      else
        missed.push(
          `${field} of ${key}: want ${JSON.stringify(m[field])}, got ${JSON.stringify(got)}`,
        );
    }
  }

  return {
    strongPairs: [strongPairs.filter(([, p]) => found(p)).length, strongPairs.length],
    allPairs: [all.filter(([, p]) => found(p)).length, all.length],
    predictedPairs: predicted,
    predictedInReference: right,
    pairPrecisionLowerBound: predicted ? right / predicted : 0,
    disagreements: [disagreementsFound, gold.disagreements?.length ?? 0],
    numericFalseAlarms: falseAlarms,
    speakers: [speakersRight, gold.quotes?.length ?? 0],
    quantities: [quantitiesRight, gold.quantities?.length ?? 0],
    boilerplate: [boilerplateRight, gold.boilerplate?.length ?? 0],
    metadata: [metadataRight, metadataTotal],
    dates: [datesRight, gold.dates?.length ?? 0],
    missed,
  };
}

function snippet(owner: Map<string, Article>, s: Sentence): string {
  return (owner.get(s.id)?.text.slice(s.start, s.end) ?? '').slice(0, 60);
}
