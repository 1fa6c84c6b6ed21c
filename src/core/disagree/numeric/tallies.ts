import type { Disagreement } from '../../contract';
import { fnv1a } from '../../util/hash';
import { clauseAt } from '../frames/clauses';
import { namesMatch } from '../frames/names';
import type { SentenceEntity, Story, StorySentence } from '../story';
import { sidesOncePerValue } from '../span-side';

/**
 * The result of a contest as two numbers: a game's score ("beat City 3-1", "a 2-0 win") or a
 * vote's tally ("voted 52-48", "a 5-4 ruling"), with the names of its clause.
 */
type Tally = {
  sentence: StorySentence;
  start: number;
  end: number;
  written: string;
  /** The larger and the smaller number: "1-3" and "3-1" tell one result from two sides. */
  high: number;
  low: number;
  names: SentenceEntity[];
  /** ISO dates written in the clause: tallies of different days are different contests. */
  dates: string[];
};

const TALLY = /^(\d{1,3})[-–](\d{1,3})$/;
/** Verbs that give a contest's result. */
const RESULT_VERBS = new Set([
  'beat',
  'defeat',
  'win',
  'lose',
  'draw',
  'tie',
  'edge',
  'thrash',
  'rout',
  'top',
  'down',
  'overcome',
  'vote',
  'pass',
  'approve',
  'reject',
  'rule',
]);
/** Nouns a result stands before: "a 3-1 win", "a 5-4 ruling". */
const RESULT_NOUNS = new Set([
  'win',
  'victory',
  'defeat',
  'loss',
  'draw',
  'tie',
  'triumph',
  'rout',
  'vote',
  'decision',
  'ruling',
  'margin',
  'score',
  'scoreline',
]);
/** Words of a score on the way, not the result: "led 2-0 at halftime". */
const INTERIM = new Set([
  'halftime',
  'half-time',
  'interval',
  'break',
  'lead',
  'trail',
  'leading',
  'trailing',
  'up',
]);

/** The tallies of a sentence: one per clause that gives one result, none where it gives several. */
function talliesOf(sentence: StorySentence, story: Story): Tally[] {
  const { tokens } = sentence;
  const found = tokens.flatMap((t, i) => {
    const m = TALLY.exec(t.text);
    if (t.pos !== 'NUM' || !m) return [];
    // "Rowe (21-3)" is a record (records.ts); "a 21-3 record" a season's.
    if (['(', ','].includes(tokens[i - 1]?.text ?? '') || tokens[i + 1]?.lower === 'record')
      return [];
    return [
      { i, high: Math.max(Number(m[1]), Number(m[2])), low: Math.min(Number(m[1]), Number(m[2])) },
    ];
  });
  const out: Tally[] = [];
  for (const { i, high, low } of found) {
    const clause = clauseAt(sentence.clauses, i, tokens.length);
    if (found.filter((f) => f.i >= clause.first && f.i <= clause.last).length > 1) continue;
    const words = tokens.slice(clause.first, clause.last + 1);
    if (words.some((w) => INTERIM.has(w.lower) || INTERIM.has(w.lemma))) continue;
    const verb = words.some((w) => w.pos === 'VERB' && RESULT_VERBS.has(w.lemma));
    if (!verb && !RESULT_NOUNS.has(tokens[i + 1]?.lemma ?? '')) continue;
    const source = sentence.attribution;
    const names = sentence.entities.filter(
      (e) =>
        e.first >= clause.first &&
        e.last <= clause.last &&
        (!source || e.end <= source.start || e.start >= source.end),
    );
    const article = story.articles[sentence.article];
    const from = tokens[clause.first]?.start ?? 0;
    const to = tokens[clause.last]?.end ?? 0;
    const dates = (article?.extraction.dates ?? [])
      .filter((d) => d.sentence === sentence.index && d.start >= from && d.end <= to && d.date)
      .map((d) => d.date ?? '');
    const t = tokens[i];
    if (!t) continue;
    out.push({ sentence, start: t.start, end: t.end, written: t.text, high, low, names, dates });
  }
  return out;
}

/** The names two tallies share, as the first writes them; with `sidesOnly`, places left out. */
function sharedNames(x: Tally, y: Tally, sidesOnly = false): string[] {
  const out: string[] = [];
  for (const e of x.names) {
    if (out.includes(e.name) || (sidesOnly && e.type === 'place')) continue;
    if (y.names.some((f) => namesMatch(e.key, f.key))) out.push(e.name);
  }
  return out;
}

/**
 * Whether two tallies of different articles give one contest: the two sides named in both (or
 * one of them in sentences the aligner joins), and no two different days.
 */
function sameContest(x: Tally, y: Tally, story: Story): boolean {
  if (x.dates.length && y.dates.length && !x.dates.some((d) => y.dates.includes(d))) return false;
  const shared = sharedNames(x, y).length;
  return shared >= 2 || (shared === 1 && story.aligned(x.sentence.id, y.sentence.id) >= 0.5);
}

/**
 * One contest's result given differently: "Rovers beat City 3-1" against "Rovers defeated City
 * 3-2"; "the council voted 7-2" against "a 6-3 vote". A result told from either side ("won
 * 3-1", "lost 1-3") is one result; a score on the way ("led 2-0 at the break") and a record
 * ("(21-3)") are not results.
 */
export function detectTallies(story: Story): Disagreement[] {
  const tallies = story.sentences.filter((s) => !s.headline).flatMap((s) => talliesOf(s, story));
  const parent = tallies.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i] ?? i)));
  const pairs: [number, number][] = [];
  tallies.forEach((x, i) =>
    tallies.forEach((y, j) => {
      if (j <= i || x.sentence.article === y.sentence.article) return;
      if (x.high === y.high && x.low === y.low) return;
      if (!sameContest(x, y, story)) return;
      pairs.push([i, j]);
      parent[find(j)] = find(i);
    }),
  );
  const groups = new Map<number, number[]>();
  for (const [i, j] of pairs)
    for (const k of [i, j]) {
      const members = groups.get(find(k)) ?? [];
      if (!members.includes(k)) groups.set(find(k), [...members, k]);
    }
  return [...groups.values()].map((members) => {
    const ordered = members.sort((a, b) => a - b).map((k) => tallies[k] as Tally);
    const [i, j] = pairs.find(([a]) => members.includes(a)) ?? [0, 0];
    const who = sharedNames(tallies[i] as Tally, tallies[j] as Tally, true);
    const sides = sidesOncePerValue(ordered, (x) => `${x.high}-${x.low}`);
    const values = [...new Set(sides.map((s) => s.written))].join(' vs ');
    return {
      id: `numeric-${fnv1a(sides.map((s) => `${s.sentence}@${s.start}`).join(' '))}`,
      kind: 'numeric',
      summary: `${who.length ? `result, ${who.join(' and ')}` : 'result'}: ${values}`,
      sides,
    };
  });
}
