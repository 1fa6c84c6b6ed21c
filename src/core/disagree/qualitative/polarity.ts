import type { Disagreement, Side } from '../../contract';
import { antonyms, senses, supersense, synsetLemmas } from '../../lexicon/wordnet';
import { fnv1a } from '../../util/hash';
import { namesMatch } from '../frames/names';
import { compatibleNouns } from '../senses';
import type { SentenceEntity, Story } from '../story';
import { storyEventFrames, type EventFrame } from './event-frames';
import { creditOf } from './name-variants';

/** Evidence, in points, from which two frames tell one event. */
export const SAME_EVENT_EVIDENCE = 4;
/** A verb shared by more frames than this finds no useful candidates. */
const MAX_BUCKET = 300;

/** How two frames tell one event: the names and nouns they share, in points. */
type Match = { f: EventFrame; g: EventFrame; evidence: number; object: SentenceEntity | null };

const sharedNames = (a: readonly SentenceEntity[], b: readonly SentenceEntity[]) =>
  a.filter((x) => b.some((y) => namesMatch(x.key, y.key)));

/**
 * How strongly two frames tell one event, or null when they cannot: the names after the verbs
 * in common (+2 each, up to 4), the nouns after them (+1 each, up to 2), the doers in common
 * (+1.5), and the alignment of the two sentences (up to +4). They must share what the verb acts
 * on, or, when neither has an object, who acts; doers named on both sides must match.
 */
function sameEvent(f: EventFrame, g: EventFrame, story: Story): Match | null {
  const objects = sharedNames(f.objects, g.objects);
  const nouns = f.objectNouns.filter((n) => g.objectNouns.some((m) => compatibleNouns(n, m)));
  const doers = sharedNames(f.subjects, g.subjects);
  if (f.subjects.length && g.subjects.length && doers.length === 0) return null;
  // "checked into Lakeside" and "checked into Harbor View" are two events.
  if (f.objects.length && g.objects.length && objects.length === 0) return null;
  const intransitive =
    !f.objects.length && !g.objects.length && !f.objectNouns.length && !g.objectNouns.length;
  if (objects.length === 0 && nouns.length === 0 && !(intransitive && doers.length > 0))
    return null;
  const evidence =
    2 * Math.min(2, objects.length) +
    Math.min(2, nouns.length) +
    (doers.length ? 1.5 : 0) +
    4 * story.aligned(f.sentence.id, g.sentence.id);
  return { f, g, evidence, object: objects[0] ?? null };
}

/** ISO dates written in a frame's clause. */
function datesOf(frame: EventFrame, story: Story): string[] {
  const { sentence, clause } = frame;
  const from = sentence.tokens[clause.first]?.start ?? 0;
  const to = sentence.tokens[clause.last]?.end ?? 0;
  return (story.articles[sentence.article]?.extraction.dates ?? [])
    .filter((d) => d.sentence === sentence.index && d.start >= from && d.end <= to && d.date)
    .map((d) => d.date ?? '');
}

/**
 * The verbs WordNet gives as antonyms of a verb's first two senses ("win": "lose"), as the
 * keys frames are grouped under.
 */
function oppositesOf(lemma: string): readonly string[] {
  let found = opposites.get(lemma);
  if (!found) {
    if (opposites.size >= 10_000) opposites.clear();
    found = senses(lemma, 'verb')
      .slice(0, 2)
      .flatMap((s) => antonyms(s).flatMap((a) => synsetLemmas(a)));
    opposites.set(lemma, found);
  }
  return found;
}
/** WordNet does not change: each verb's opposites are looked up once. */
const opposites = new Map<string, readonly string[]>();

/** Comings and goings: the same person enters and leaves a place at different times. */
function isMovement(lemma: string): boolean {
  if (/ (?:in|out)$/.test(lemma)) return true;
  const first = senses(lemma, 'verb')[0];
  return first !== undefined && supersense(first) === 'verb.motion';
}

/** Whether the two frames' times allow one moment: no two different dates; a shared one for movements. */
function sameMoment(f: EventFrame, g: EventFrame, story: Story, movement: boolean): boolean {
  const a = datesOf(f, story);
  const b = datesOf(g, story);
  if (a.length && b.length && !a.some((d) => b.includes(d))) return false;
  return !movement || a.some((d) => b.includes(d));
}

const PAST_AUXILIARIES = new Set(['did', 'was', 'were', 'had']);
const PRESENT_AUXILIARIES = new Set(['do', 'does', 'is', 'are', 'am', 'has', 'have']);

/**
 * Whether a frame's verb tells of the past or the present: its auxiliary ("did not", "has
 * never"), else its form ("requires" is present, "required" past).
 */
function tenseOf(f: EventFrame): 'past' | 'present' {
  const { tokens } = f.sentence;
  // Only the verb's own auxiliaries count: "I don't think he won" is in the past.
  for (let k = f.at - 1; k >= Math.max(0, f.at - 4); k--) {
    const t = tokens[k];
    const w = t?.lower ?? '';
    if (PAST_AUXILIARIES.has(w)) return 'past';
    if (PRESENT_AUXILIARIES.has(w)) return 'present';
    if (!t || !['AUX', 'PART', 'ADV'].includes(t.pos)) break;
  }
  const verb = tokens[f.at];
  if (!verb) return 'past';
  const base = verb.lemma.split(' ')[0] ?? verb.lemma;
  return verb.lower === base || verb.lower === `${base}s` || verb.lower === `${base}es`
    ? 'present'
    : 'past';
}

/** Two accounts: different articles, or one article crediting different sources. */
function accounts(f: EventFrame, g: EventFrame): boolean {
  if (f.sentence.article !== g.sentence.article) return true;
  const a = creditOf(f.sentence, f.sentence.tokens[f.at]?.start ?? 0);
  const b = creditOf(g.sentence, g.sentence.tokens[g.at]?.start ?? 0);
  return !!a && !!b && a.toLowerCase() !== b.toLowerCase();
}

/** The verb, its particle and its negator as written: "never checked into". */
function wordsOf(f: EventFrame): { start: number; end: number; words: string } {
  const { tokens, text } = f.sentence;
  const first = f.negator >= 0 && f.negator < f.at ? f.negator : f.at;
  const last = Math.max(f.at, f.particle);
  const start = tokens[first]?.start ?? 0;
  const end = tokens[last]?.end ?? start;
  return { start, end, words: text.slice(start, end) };
}

/**
 * One event affirmed in one account and denied in another ("Price had checked in to the
 * Harbor View clinic" vs "Dana never checked into Harbor View"; "X defended Y" vs "not
 * one defended Y"), or opposite outcomes with the same participants (won/lost,
 * convicted/acquitted). Frames must be statements of fact (no modal, condition or question),
 * share what the verb acts on, and allow one moment: different dates are different events, and
 * a coming and a going (checked in, left) must share their date to clash.
 */
export function detectPolarity(story: Story): Disagreement[] {
  const frames = storyEventFrames(story).filter((f) => !f.hedged);
  const byConcept = new Map<string, EventFrame[]>();
  for (const f of frames) {
    const key = f.lemma;
    const list = byConcept.get(key);
    if (list) list.push(f);
    else byConcept.set(key, [f]);
  }
  // Sentences ranked by id, so that a pair is visited once by comparing numbers.
  const rank = new Map(
    [...new Set(frames.map((f) => f.sentence.id))].sort().map((id, i) => [id, i] as const),
  );
  const rankOf = (f: EventFrame) => rank.get(f.sentence.id) ?? 0;
  const matches: Match[] = [];
  const compare = (xs: readonly EventFrame[], ys: readonly EventFrame[], opposite: boolean) => {
    if (xs.length > MAX_BUCKET || ys.length > MAX_BUCKET) return;
    for (const f of xs) {
      const fRank = rankOf(f);
      for (const g of ys) {
        if (opposite ? f.negated || g.negated : f.negated === g.negated) continue;
        if (xs === ys && fRank >= rankOf(g)) continue;
        // "would appeal" against "would not appeal": plans meet plans, facts meet facts.
        if (f.future !== g.future) continue;
        const movement = opposite && (isMovement(f.lemma) || isMovement(g.lemma));
        if (!accounts(f, g) || !sameMoment(f, g, story, movement)) continue;
        // "The law required it" and "the new rules don't require it" tell of a change.
        if (tenseOf(f) !== tenseOf(g)) continue;
        const m = sameEvent(f, g, story);
        if (!m) continue;
        // Opposite outcomes need the doer on both sides, or the thing done to on both.
        if (opposite && !(sharedNames(f.subjects, g.subjects).length || m.object)) continue;
        if (m.evidence >= SAME_EVENT_EVIDENCE) matches.push(m);
      }
    }
  };
  for (const [key, xs] of byConcept) {
    compare(xs, xs, false);
    for (const other of oppositesOf(key)) {
      const ys = byConcept.get(other);
      if (ys && key < other) compare(xs, ys, true);
    }
  }
  return oneToOne(matches).map(disagreementOf);
}

/** The best match of each pair of sentences, each frame used once per other sentence. */
function oneToOne(matches: Match[]): Match[] {
  matches.sort((a, b) => b.evidence - a.evidence);
  const used = new Set<string>();
  const kept: Match[] = [];
  for (const m of matches) {
    const pair = [m.f.sentence.id, m.g.sentence.id].sort().join(' ');
    if (used.has(pair)) continue;
    used.add(pair);
    kept.push(m);
  }
  return kept;
}

function disagreementOf({ f, g, object }: Match): Disagreement {
  // The account that affirms first; opposite outcomes in reading order.
  const inOrder =
    f.sentence.article < g.sentence.article ||
    (f.sentence.article === g.sentence.article && f.sentence.index <= g.sentence.index);
  const [yes, no] = f.negated || (!g.negated && !inOrder) ? [g, f] : [f, g];
  const sides: Side[] = [yes, no].map((x) => {
    const { start, end, words } = wordsOf(x);
    return {
      sentence: x.sentence.id,
      start,
      end,
      value: null,
      attribution: creditOf(x.sentence, start),
      written: words,
    };
  });
  const doer = yes.subjects[0]?.name ?? no.subjects[0]?.name ?? '';
  const thing =
    object?.name ?? yes.objects[0]?.name ?? yes.objectNouns[0] ?? no.objectNouns[0] ?? '';
  const what = [doer, yes.lemma, thing].filter(Boolean).join(' ');
  const opposite = yes.negated === no.negated;
  const quoted = sides.map(
    (s) => `“${s.written ?? ''}”${s.attribution ? ` (${s.attribution})` : ''}`,
  );
  return {
    id: `qualitative-${fnv1a(sides.map((s) => `${s.sentence}@${s.start}`).join(' '))}`,
    kind: 'qualitative',
    summary: `${opposite ? 'Outcome' : f.future ? 'Whether it will happen' : 'Whether it happened'} — ${what}: ${quoted.join(' vs ')}`,
    sides,
  };
}
