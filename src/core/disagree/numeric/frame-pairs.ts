import type { AlignmentLookup } from '../story';
import type { QuantityFrame } from './quantity-frames';
import { isPeople, sameCountedThing } from '../senses';
import { canBeSameQuantity, sameQuantityEvidence } from './same-quantity';
import { changeDirection } from './changed-thing';
import { pushTo } from '../../util/multimap';

/** Two frames that count the same thing, and how strongly the story says so. */
export type FramePair = { f: QuantityFrame; g: QuantityFrame; evidence: number };

/** Evidence, in points, from which two figures of different articles count one thing. */
export const SAME_QUANTITY_EVIDENCE = 3;
/** A key shared by more frames than this finds no useful candidates. */
const MAX_BUCKET = 400;

/**
 * Keys under which frames that could count one thing meet: noun, model name, verb, way of
 * change, names.
 */
function blockingKeys(f: QuantityFrame): string[] {
  const keys = [`m:${f.measure}:${f.head ?? f.predicate?.lemma ?? '-'}`];
  // "40 workers" and "60 people": counts of people meet whatever noun counts them.
  if (f.head && isPeople(f.head)) keys.push(`m:${f.measure}:people`);
  for (const c of f.codes) keys.push(`c:${c}`);
  if (f.predicate) keys.push(`p:${f.measure}:${f.predicate.lemma}`);
  // "fell 5%" and "dropped 7%": changes the same way meet whatever their words.
  const direction = f.predicate && changeDirection(f.predicate.lemma);
  if (direction && f.scopes.includes('change')) keys.push(`d:${f.measure}:${direction}`);
  for (const name of f.about) keys.push(`n:${f.measure}:${name.split(' ').at(-1) ?? name}`);
  return keys;
}

/**
 * Whether two frames may stand for two accounts at all: different articles; or, in one
 * article, figures credited to different sources in one or two neighbouring sentences
 * ("100,000, according to Kyiv. US officials have put the number at 40,000"), or a bare
 * figure that re-counts another.
 */
function accountsOf(f: QuantityFrame, g: QuantityFrame): boolean {
  if (f.sentence.article !== g.sentence.article) return true;
  const fa = f.attribution?.toLowerCase();
  const ga = g.attribution?.toLowerCase();
  const otherSources = !!fa && !!ga && fa !== ga;
  // "Kyiv says 100,000 …, while US officials put the number at 40,000": one sentence, two accounts.
  if (f.antecedent === g.id || g.antecedent === f.id)
    return f.sentence !== g.sentence || otherSources;
  return otherSources && Math.abs(f.sentence.index - g.sentence.index) <= 1;
}

/**
 * The pairs of frames that count the same thing, each sentence pair matched one to one (best
 * evidence first), so a sentence listing several figures meets each counterpart once: "four
 * MP-5 carbines, two other carbines" against "9 MP 5 guns, three carbines".
 */
export function sameQuantityPairs(
  frames: readonly QuantityFrame[],
  aligned: AlignmentLookup,
): FramePair[] {
  const buckets = new Map<string, QuantityFrame[]>();
  for (const f of frames) {
    for (const key of blockingKeys(f)) {
      const list = buckets.get(key);
      if (list) list.push(f);
      else buckets.set(key, [f]);
    }
  }
  const bySentence = new Map<string, QuantityFrame[]>();
  for (const f of frames) pushTo(bySentence, f.sentence.id, f);
  const oneEvent = enumerationsOfOneEvent(frames);
  const seen = new Set<string>();
  const pairs: FramePair[] = [];
  for (const list of buckets.values()) {
    if (list.length > MAX_BUCKET) continue;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [f, g] = ordered(list[i] as QuantityFrame, list[j] as QuantityFrame);
        const key = `${f.id} ${g.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        if (!accountsOf(f, g)) continue;
        // "US officials have put the number at 40,000" re-counts the figure before it, whatever
        // its own verb: only the measure must fit.
        const refersBack = f.antecedent === g.id || g.antecedent === f.id;
        const sameEvent = !!f.list && !!g.list && oneEvent.has(`${f.list}|${g.list}`);
        if (
          refersBack
            ? f.measure !== g.measure || f.unit !== g.unit
            : !canBeSameQuantity(f, g, sameEvent)
        ) {
          continue;
        }
        const evidence = refersBack
          ? 10
          : sameQuantityEvidence(f, g, aligned, bySentence, sameEvent);
        const sameArticle = f.sentence.article === g.sentence.article;
        if (evidence >= SAME_QUANTITY_EVIDENCE || (sameArticle && evidence >= 2)) {
          pairs.push({ f, g, evidence });
        }
      }
    }
  }
  return oneToOne(pairs);
}

/**
 * Enumerations of two articles that tell of one event, whatever their verbs ("seized four MP-5
 * carbines, two other carbines…" and "recovered 9 MP 5 guns, three carbines…"): they name one
 * model of one kind of thing. Keys "listA|listB", both ways.
 */
function enumerationsOfOneEvent(frames: readonly QuantityFrame[]): Set<string> {
  const out = new Set<string>();
  const listed = frames.filter((f) => f.list && f.codes.length > 0 && f.head);
  for (const f of listed)
    for (const g of listed) {
      if (f.sentence.article === g.sentence.article || !f.codes.some((c) => g.codes.includes(c))) {
        continue;
      }
      if (f.head && g.head && sameCountedThing(f.head, g.head)) out.add(`${f.list}|${g.list}`);
    }
  return out;
}

const ordered = (a: QuantityFrame, b: QuantityFrame): [QuantityFrame, QuantityFrame] =>
  a.id < b.id ? [a, b] : [b, a];

/** Keeps, for every pair of sentences, the best pairs that use each frame once. */
function oneToOne(pairs: FramePair[]): FramePair[] {
  pairs.sort((x, y) => y.evidence - x.evidence || x.f.id - y.f.id || x.g.id - y.g.id);
  const used = new Set<string>();
  const kept: FramePair[] = [];
  for (const p of pairs) {
    const fKey = `${p.f.id}>${p.g.sentence.id}`;
    const gKey = `${p.g.id}>${p.f.sentence.id}`;
    if (used.has(fKey) || used.has(gKey)) continue;
    used.add(fKey).add(gKey);
    // A total and its parts stand for the same figures: the total's use is theirs too.
    for (const part of p.f.parts ?? []) used.add(`${part}>${p.g.sentence.id}`);
    for (const part of p.g.parts ?? []) used.add(`${part}>${p.f.sentence.id}`);
    kept.push(p);
  }
  return kept;
}
