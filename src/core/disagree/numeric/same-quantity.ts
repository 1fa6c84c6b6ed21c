import { namesMatch, shareName } from '../frames/names';
import {
  causeAndEffect,
  compatibleInAnySense,
  compatibleNouns,
  relatedVerbs,
  sameCountedThing,
  synonymous,
} from '../senses';
import { changeDirection } from './changed-thing';
import { ALIGNMENT_WEIGHT, type AlignmentLookup } from '../story';
import type { QuantityFrame } from './quantity-frames';

/** Modifiers that do not tell one thing from another: "two other carbines", "100,000 more troops". */
const GENERIC_MODIFIERS = new Set([
  'other',
  'more',
  'additional',
  'extra',
  'further',
  'new',
  'total',
  'fully',
  'least',
  'some',
  'about',
]);

/** Seconds in a time unit, to compare "a week" with "eight days". */
const SECONDS: Record<string, number> = {
  second: 1,
  minute: 60,
  hour: 3600,
  day: 86400,
  night: 86400,
  week: 604800,
  fortnight: 1209600,
  month: 2629800,
  year: 31557600,
  decade: 315576000,
  century: 3155760000,
};

/** The value in the unit both frames can be compared in (durations in seconds). */
export function comparableValue(f: QuantityFrame): number {
  return f.measure === 'duration' ? f.value * (SECONDS[f.unit ?? ''] ?? 1) : f.value;
}

const sameScopes = (f: QuantityFrame, g: QuantityFrame): boolean =>
  f.scopes.length === g.scopes.length && f.scopes.every((s, i) => s === g.scopes[i]);

function distinctive(f: QuantityFrame): string[] {
  return f.modifiers.filter((m) => !GENERIC_MODIFIERS.has(m) && /\p{L}{3}/u.test(m));
}

/** Two frames are each their article's only count of one noun: "1,400 species", "1,994 species". */
const soleCountsOfOneNoun = (f: QuantityFrame, g: QuantityFrame): boolean =>
  f.sole && g.sole && !!f.head && f.head === g.head;

/**
 * Whether two frames could count one thing at all: the same kind of measure in one currency,
 * the same scope (no rate against a total, no part against the whole), nouns that can name the
 * same thing (for money, the noun may differ: "offer", "deal"), no model names that differ, no
 * names or doers that exclude each other, related verbs (unless each article counts the noun
 * only once, or `sameEvent`: the two enumerations tell of one event), and the same polarity. Parts of a total only meet parts with the same modifiers.
 */
export function canBeSameQuantity(f: QuantityFrame, g: QuantityFrame, sameEvent = false): boolean {
  if (f.measure !== g.measure) return false;
  if (f.measure !== 'duration' && f.unit !== g.unit) return false;
  for (const excluded of ['conversion', 'offset'] as const) {
    if (f.scopes.includes(excluded) || g.scopes.includes(excluded)) return false;
  }
  // An age belongs to a person, not to the clause's moment or part: its scopes do not count.
  if (f.measure !== 'age' && !sameScopes(f, g)) return false;
  if ((f.partOf === null) !== (g.partOf === null)) return false;
  if (f.partOf !== null && distinctive(f).join() !== distinctive(g).join()) return false;
  const countLike = f.measure === 'count' || f.measure === 'measure';
  if (countLike && f.head && g.head && !sameCountedThing(f.head, g.head)) return false;
  if (f.measure === 'count' && (!f.head || !g.head)) return false;
  if (f.scopes.includes('change') && !sameChange(f, g)) return false;
  if (f.codes.length && g.codes.length && !f.codes.some((c) => g.codes.includes(c))) return false;
  if (f.actors.length && g.actors.length && shareName(f.actors, g.actors) === 0) return false;
  if (f.agents.length && g.agents.length && shareName(f.agents, g.agents) === 0) return false;
  const verbsDiffer =
    !!f.predicate &&
    !!g.predicate &&
    !relatedVerbs(f.predicate.lemma, g.predicate.lemma) &&
    !causeAndEffect(f.predicate.lemma, g.predicate.lemma) &&
    !changeVerbsAgree(f, g);
  // A property (a quake's magnitude, its depth) belongs to the thing whatever the verb says.
  const properties = f.property && g.property;
  // Each article's one count of a noun, or one share of a whole ("58% of the vote").
  const sole = (countLike || f.measure === 'percent') && soleCountsOfOneNoun(f, g);
  if (verbsDiffer && !sameEvent && !properties && !sole) return false;
  if ((f.predicate?.negated ?? false) !== (g.predicate?.negated ?? false)) return false;
  if (f.measure === 'age' && !sharePerson(f, g)) return false;
  return true;
}

/**
 * Whether two changes (both frames have the `change` scope) can be one: changes of things that
 * can be one ("shares", "stock"), told by words of change that go the same way ("fell",
 * "dropped"). A rise set against a fall is not two values of one change.
 */
function sameChange(f: QuantityFrame, g: QuantityFrame): boolean {
  if (f.head && g.head && !compatibleInAnySense(f.head, g.head)) return false;
  const [a, b] = [f, g].map((x) => (x.predicate ? changeDirection(x.predicate.lemma) : null));
  return !a || !b || a === b;
}

/** Two changes told by words of change that go the same way: "fell 5%" and "dropped 7%". */
function changeVerbsAgree(f: QuantityFrame, g: QuantityFrame): boolean {
  if (!f.scopes.includes('change') || !f.predicate || !g.predicate) return false;
  const a = changeDirection(f.predicate.lemma);
  return a !== null && a === changeDirection(g.predicate.lemma);
}

/** An age belongs to a person: both must name one and the same. */
function sharePerson(f: QuantityFrame, g: QuantityFrame): boolean {
  return f.about.some((x) => g.about.some((y) => namesMatch(x, y)));
}

/** Other figures the two sentences share, with one value: "eight-year" beside "8 year". */
function sharedFigures(f: QuantityFrame, g: QuantityFrame, frames: FramesBySentence): number {
  const others = (frames.get(g.sentence.id) ?? []).filter((x) => x !== g);
  return (frames.get(f.sentence.id) ?? []).filter(
    (x) =>
      x !== f &&
      others.some((y) => y.measure === x.measure && y.unit === x.unit && y.value === x.value),
  ).length;
}

/** The frames of each sentence, by sentence id. */
export type FramesBySentence = ReadonlyMap<string, readonly QuantityFrame[]>;

/**
 * How strongly the story's evidence says two frames count the same thing, in points: the noun
 * (+2 the same, +1.5 a kind of it), model names (+2), what happened to it (+1.5 the same verb
 * or one event, −1.5 an unrelated verb), each article's only count of the noun (+2), the names around it (+1
 * each, up to 2), distinctive words in common (+1), other figures the two sentences share (+1)
 * and how well the two sentences align (up to +4).
 */
export function sameQuantityEvidence(
  f: QuantityFrame,
  g: QuantityFrame,
  aligned: AlignmentLookup,
  frames: FramesBySentence = new Map(),
  sameEvent = false,
): number {
  let score = 0;
  const compatible = f.scopes.includes('change') ? compatibleInAnySense : compatibleNouns;
  if (f.head && g.head) score += f.head === g.head ? 2 : compatible(f.head, g.head) ? 1.5 : 0;
  else if (f.measure === 'count') score -= 1;
  if (f.codes.some((c) => g.codes.includes(c))) score += 2;
  const sole = soleCountsOfOneNoun(f, g);
  if (f.predicate && g.predicate) {
    // Each article's one count of a noun, and a property of a thing, are compared whatever
    // verb each tells it with.
    const same =
      sameEvent ||
      synonymous(f.predicate.lemma, g.predicate.lemma) ||
      causeAndEffect(f.predicate.lemma, g.predicate.lemma) ||
      changeVerbsAgree(f, g);
    score += same ? 1.5 : sole || (f.property && g.property) ? 0 : -1.5;
  }
  if (sole) score += 2;
  // Two ages of one person (both frames name them: see `canBeSameQuantity`) are one property.
  if (f.measure === 'age') score += 2;
  score += Math.min(2, shareName(f.about, g.about));
  const fm = distinctive(f);
  const gm = distinctive(g);
  if (fm.some((m) => gm.includes(m))) score += 1;
  else if (fm.length && gm.length) score -= 1;
  if (sharedFigures(f, g, frames) > 0) score += 1;
  score += ALIGNMENT_WEIGHT * aligned(f.sentence.id, g.sentence.id);
  return score;
}
