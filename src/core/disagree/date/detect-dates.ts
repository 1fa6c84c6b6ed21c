import type { Disagreement, Side } from '../../contract';
import { fnv1a } from '../../util/hash';
import { shareName } from '../frames/names';
import { relatedVerbs, synonymous } from '../senses';
import { ALIGNMENT_WEIGHT, type Story } from '../story';
import { dateFrames, type DateFrame } from './date-frames';
import { datesConflict } from './date-reading';
import { pushTo } from '../../util/multimap';

/** Evidence, in points, from which two dates of different articles date one event. */
const SAME_EVENT_EVIDENCE = 6;

/**
 * How strongly two date frames date one event: the verb (+1.5 the same or a synonym, −1.5 an
 * unrelated one; +1.5 more when the same noun does it), the noun the date describes (+1.5), nouns of the clause in common (+1 each, up
 * to 2), the people and organizations in common (+1 each, up to 2) and the alignment of the two
 * sentences (up to +4). Opposite polarity, or different nouns described, rule a pair out.
 */
export function sameEventEvidence(f: DateFrame, g: DateFrame, aligned: Story['aligned']): number {
  if ((f.predicate?.negated ?? false) !== (g.predicate?.negated ?? false)) return -Infinity;
  if (f.eventNoun && g.eventNoun && f.eventNoun !== g.eventNoun) return -Infinity;
  let score = 0;
  if (f.predicate && g.predicate) {
    const same = synonymous(f.predicate.lemma, g.predicate.lemma);
    score += same ? 1.5 : relatedVerbs(f.predicate.lemma, g.predicate.lemma) ? 0.5 : -1.5;
    // The same thing doing the same: "the trial began" and "the trial, which began".
    if (same && f.doer && f.doer === g.doer) score += 1.5;
  }
  if (f.eventNoun && f.eventNoun === g.eventNoun) score += 1.5;
  score += Math.min(2, f.nouns.filter((n) => g.nouns.includes(n)).length);
  score += Math.min(2, shareName(f.actors, g.actors));
  score += ALIGNMENT_WEIGHT * aligned(f.sentence.id, g.sentence.id);
  return score;
}

/**
 * One event dated differently by different articles: years ("In 1987, Vance was summoned" vs
 * "in 1978 called Vance as a witness"), months, days, or how long ago ("almost four weeks ago"
 * vs "more than two weeks ago"). Each pair of sentences is matched one to one, best evidence
 * first; dates at different precision that agree ("November" and "November 19") never conflict.
 */
export function detectDates(story: Story): Disagreement[] {
  const frames = dateFrames(story);
  const pairs: { f: DateFrame; g: DateFrame; evidence: number }[] = [];
  for (const [i, j] of candidatePairs(frames)) {
    const f = frames[i] as DateFrame;
    const g = frames[j] as DateFrame;
    if (f.sentence.article === g.sentence.article) continue;
    const evidence = sameEventEvidence(f, g, story.aligned);
    // "Three weeks ago" and "a week ago" date one recent event: recurring kinds of event
    // (games, hearings, fights) are what years and weekdays repeat.
    const recent = f.reading.daysAgo !== null && g.reading.daysAgo !== null;
    if (evidence >= SAME_EVENT_EVIDENCE - (recent ? 1 : 0)) pairs.push({ f, g, evidence });
  }
  pairs.sort((x, y) => y.evidence - x.evidence);
  const used = new Set<string>();
  const out: Disagreement[] = [];
  for (const { f, g } of pairs) {
    const fKey = `${f.start}@${f.sentence.id}>${g.sentence.id}`;
    const gKey = `${g.start}@${g.sentence.id}>${f.sentence.id}`;
    if (used.has(fKey) || used.has(gKey)) continue;
    used.add(fKey).add(gKey);
    if (!datesConflict(f.reading, g.reading)) continue;
    const sides = [f, g].map(sideOf);
    out.push({
      id: `date-${fnv1a(sides.map((s) => `${s.sentence}@${s.start}`).join(' '))}`,
      kind: 'date',
      summary: `${eventOf(f, g)}: ${f.written} vs ${g.written}`,
      sides,
    });
  }
  return out;
}

/**
 * Pairs of frames that share a verb, a noun, a name or an aligned sentence: only those can
 * reach the evidence needed (a shared noun and verb, or a strong alignment), so the rest are
 * never scored.
 */
function candidatePairs(frames: readonly DateFrame[]): [number, number][] {
  const byKey = new Map<string, number[]>();
  frames.forEach((f, i) => {
    const keys = [
      ...(f.predicate ? [`p ${f.predicate.lemma}`] : []),
      ...f.nouns.map((n) => `n ${n}`),
      ...f.actors.map((a) => `a ${a.split(' ').at(-1) ?? a}`),
    ];
    for (const key of keys) pushTo(byKey, key, i);
  });
  const seen = new Set<number>();
  const out: [number, number][] = [];
  for (const list of byKey.values()) {
    if (list.length > 200) continue;
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x] as number;
        const j = list[y] as number;
        const key = i * frames.length + j;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push([i, j]);
      }
  }
  return out.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}

function sideOf(f: DateFrame): Side {
  return {
    sentence: f.sentence.id,
    start: f.start,
    end: f.end,
    value: null,
    attribution: f.sentence.attribution?.source ?? null,
    written: f.written,
    ...(f.iso ? { date: f.iso } : {}),
  };
}

/** "When summoned": the verb as the first article writes it. */
function eventOf(f: DateFrame, g: DateFrame): string {
  const p = f.predicate ?? g.predicate;
  const owner = f.predicate ? f : g;
  const verb = p ? (owner.sentence.tokens[p.at]?.lower ?? '') : '';
  return verb ? `When ${verb}` : 'Date of the event';
}
