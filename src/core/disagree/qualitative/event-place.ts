import type { Disagreement, Side } from '../../contract';
import type { Token } from '../../types';
import { fnv1a } from '../../util/hash';
import { namesMatch } from '../frames/names';
import { compatibleNouns } from '../senses';
import type { SentenceEntity, Story, StorySentence } from '../story';
import { storyEventFrames, type EventFrame } from './event-frames';
import { creditOf } from './name-variants';
import { pushTo } from '../../util/multimap';
import { spanSide } from '../span-side';

/**
 * Evidence, in points, from which two frames tell one event (see `sameEventEvidence`). Lower
 * than for polarity: the same verb inside and outside the same place is itself a sign of one
 * event told two ways.
 */
const SAME_EVENT_EVIDENCE = 3;
const INSIDE = new Set(['in', 'into', 'inside', 'within']);
const OUTSIDE = new Set(['outside']);

/** Where a clause puts its event: inside or outside a place named by a noun. */
type Locative = { side: 'in' | 'out'; noun: string; first: number; last: number };

/** "into the bank", "Outside the bank": a preposition, a determiner, a noun. */
function locativesOf(frame: EventFrame): Locative[] {
  const { tokens } = frame.sentence;
  const out: Locative[] = [];
  for (let k = frame.clause.from ?? frame.clause.first; k <= frame.clause.last; k++) {
    const word = tokens[k]?.lower ?? '';
    const side = INSIDE.has(word) ? 'in' : OUTSIDE.has(word) ? 'out' : null;
    if (!side) continue;
    let n = k + 1;
    while (n <= k + 3 && ['DET', 'ADJ', 'PART'].includes(tokens[n]?.pos ?? '')) n++;
    const noun = tokens[n];
    if (noun?.pos === 'NOUN') out.push({ side, noun: noun.lemma, first: k, last: n });
  }
  return out;
}

const shared = (a: readonly SentenceEntity[], b: readonly SentenceEntity[]) =>
  a.filter((x) => b.some((y) => namesMatch(x.key, y.key))).length;

/**
 * How strongly two frames tell one event: the names they share around the verb (+2 each, up
 * to 4), the nouns after the verbs (+1 each, up to 2) and the alignment (up to +4); null when
 * the verbs differ or named doers do not match.
 */
function sameEventEvidence(f: EventFrame, g: EventFrame, story: Story): number | null {
  if (f.lemma !== g.lemma || f.negated || g.negated) return null;
  if (f.subjects.length && g.subjects.length && !shared(f.subjects, g.subjects)) return null;
  const names = shared(f.objects, g.objects) + shared(f.subjects, g.subjects);
  const nouns = f.objectNouns.filter((n) => g.objectNouns.includes(n)).length;
  if (names === 0 && nouns === 0) return null;
  return (
    2 * Math.min(2, names) + Math.min(2, nouns) + 4 * story.aligned(f.sentence.id, g.sentence.id)
  );
}

const spanOf = (sentence: StorySentence, first: number, last: number) => ({
  start: sentence.tokens[first]?.start ?? 0,
  end: sentence.tokens[last]?.end ?? 0,
});

function side(sentence: StorySentence, first: number, last: number): Side {
  const { start, end } = spanOf(sentence, first, last);
  return spanSide(sentence, start, end, creditOf(sentence, start));
}

function disagreement(summary: string, sides: Side[]): Disagreement {
  return {
    id: `qualitative-${fnv1a(sides.map((s) => `${s.sentence}@${s.start}`).join(' '))}`,
    kind: 'qualitative',
    summary,
    sides,
  };
}

/**
 * One event put inside a place by one account and outside it by another: "stormed into the
 * bank and shot and wounded … Officer Brandt" against "Outside the bank, Halvorsen shot
 * and wounded a police sergeant". The frames must tell one event (the same verb, the
 * same victims or objects, matching doers); each side spans the place and the verb.
 */
function insideOutside(story: Story, frames: readonly EventFrame[]): Disagreement[] {
  const located = frames
    .filter((f) => !f.hedged && !f.future)
    .map((f) => ({ f, places: locativesOf(f) }))
    .filter((x) => x.places.length > 0);
  const byVerb = new Map<string, typeof located>();
  for (const x of located) pushTo(byVerb, x.f.lemma, x);
  const out: Disagreement[] = [];
  const used = new Set<string>();
  for (const list of byVerb.values()) {
    for (const a of list) {
      for (const b of list) {
        if (a.f.sentence.article >= b.f.sentence.article) continue;
        const pair = `${a.f.sentence.id} ${b.f.sentence.id}`;
        if (used.has(pair)) continue;
        const clash = a.places.flatMap((p) =>
          b.places
            .filter((q) => p.side !== q.side && compatibleNouns(p.noun, q.noun))
            .map((q) => [p, q] as const),
        )[0];
        if (!clash) continue;
        const evidence = sameEventEvidence(a.f, b.f, story);
        if (evidence === null || evidence < SAME_EVENT_EVIDENCE) continue;
        used.add(pair);
        const [p, q] = clash;
        const sides = [
          side(a.f.sentence, Math.min(p.first, a.f.at), Math.max(p.last, a.f.at)),
          side(b.f.sentence, Math.min(q.first, b.f.at), Math.max(q.last, b.f.at)),
        ];
        const verb = a.f.sentence.tokens[a.f.at]?.lower ?? a.f.lemma;
        const where = (l: Locative) => (l.side === 'in' ? 'inside' : 'outside');
        out.push(disagreement(`Where ${verb}: ${where(p)} vs ${where(q)} the ${p.noun}`, sides));
      }
    }
  }
  return out;
}

/** Where a sentence says a game is played: whose home it is, and who visits. */
type Venue = {
  /** "at" names the place; "home" and "host" name the host. */
  kind: 'at' | 'home' | 'host';
  sentence: StorySentence;
  host: SentenceEntity | null;
  visitor: SentenceEntity | null;
  first: number;
  last: number;
};

const GAME_WORDS = new Set(['game', 'match', 'play', 'meet', 'face', 'host', 'visit']);

/** The name starting at token `k`, if one does. */
const nameAt = (s: StorySentence, k: number) => s.entities.find((e) => e.first === k) ?? null;

/** The nearest name before token `k` in its clause: who plays or hosts. */
function nameBefore(s: StorySentence, k: number): SentenceEntity | null {
  const clause = s.clauses.find((c) => c.first <= k && k <= c.last);
  const before = s.entities.filter((e) => e.last < k && e.first >= (clause?.first ?? 0));
  return before.at(-1) ?? null;
}

/**
 * "Friday's game at Dayton" (Dayton hosts), "the Kestrels were to play at home …
 * against Dayton" (the Kestrels host, Dayton visits), "Lakeport host the Dayton
 * Comets" (Lakeport hosts, the Comets visit).
 */
function venuesOf(s: StorySentence): Venue[] {
  const { tokens } = s;
  const out: Venue[] = [];
  const isGame = (t: Token | undefined) => !!t && GAME_WORDS.has(t.lemma);
  tokens.forEach((t, k) => {
    if (t.lower === 'at' && isGame(tokens[k - 1]) && nameAt(s, k + 1)) {
      out.push({
        kind: 'at',
        sentence: s,
        host: nameAt(s, k + 1),
        visitor: null,
        first: k,
        last: k + 1,
      });
    }
    if (t.lower === 'home' && tokens[k - 1]?.lower === 'at' && isGame(tokens[k - 2])) {
      const against = tokens.findIndex((u, j) => j > k && u.lower === 'against');
      const visitor = against > 0 ? nameAt(s, against + 1) : null;
      out.push({
        kind: 'home',
        sentence: s,
        host: nameBefore(s, k - 2),
        visitor,
        first: k - 1,
        last: k,
      });
    }
    // "The Hawks host the Owls": the tagger may take "host" for a noun between two names.
    const hostVerb =
      t.pos === 'VERB' ||
      (s.entities.some((e) => e.last === k - 1) && tokens[k + 1]?.pos === 'DET');
    if ((t.lemma === 'host' || t.lower === 'hosts') && hostVerb) {
      let n = k + 1;
      while (tokens[n]?.pos === 'DET') n++;
      out.push({
        kind: 'host',
        sentence: s,
        host: nameBefore(s, k),
        visitor: nameAt(s, n),
        first: k,
        last: k,
      });
    }
  });
  return out;
}

const WEEKDAYS = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/;

/**
 * The days a sentence names, to keep two games apart: weekday names as written ("Friday's
 * game", "on Friday": one day, whichever week each article counts from), else resolved dates.
 */
function daysOf(story: Story, s: StorySentence): string[] {
  const weekdays = s.tokens.filter((t) => WEEKDAYS.test(t.lower)).map((t) => t.lower);
  if (weekdays.length) return weekdays;
  return (story.articles[s.article]?.extraction.dates ?? [])
    .filter((d) => d.sentence === s.index && d.date)
    .map((d) => d.date ?? '');
}

/**
 * A game at one team's place in one account and with that team visiting in another: "the game
 * at Dayton" against "Lakeport host the Dayton Comets". Days named on both sides
 * must agree.
 */
function homeAway(story: Story): Disagreement[] {
  const venues = story.sentences.filter((s) => !s.headline).flatMap(venuesOf);
  const out: Disagreement[] = [];
  for (const a of venues) {
    if (a.kind !== 'at' || !a.host) continue;
    const clashes = venues.filter(
      (b) =>
        b.sentence.article !== a.sentence.article &&
        !!b.visitor &&
        namesMatch(a.host?.key ?? '', b.visitor.key) &&
        !(b.host && namesMatch(b.host.key, a.host?.key ?? '')),
    );
    const daysA = daysOf(story, a.sentence);
    const kept = clashes.filter((b) => {
      const daysB = daysOf(story, b.sentence);
      return !daysA.length || !daysB.length || daysA.some((d) => daysB.includes(d));
    });
    if (kept.length === 0) continue;
    const sides = [a, ...kept].map((v) => side(v.sentence, v.first, v.last));
    const homes = [...new Set(kept.map((b) => (b.host ? `at ${b.host.name}'s home` : 'away')))];
    const summary = `Where the game is played: at ${a.host.name} vs ${homes.join(' vs ')}`;
    out.push(disagreement(summary, sides));
  }
  return out;
}

/**
 * Places of one event that exclude each other: inside against outside the same place, and a
 * game at one team's home against the same game with that team visiting. Only when the event is
 * clearly one (same verb and participants, or the same game on the same day); places that may
 * nest ("northeast Dayton", "north Dayton") are never compared.
 */
export function detectEventPlaces(story: Story): Disagreement[] {
  return [...insideOutside(story, storyEventFrames(story)), ...homeAway(story)];
}
