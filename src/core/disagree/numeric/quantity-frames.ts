import { TIME_UNITS, isMeasureNoun } from '../../extract/quantities/units';
import type { QuantityBound, QuantityMention } from '../../extract/types';
import type { Token } from '../../types';
import { clauseAt, type Clause } from '../frames/clauses';
import { predicateOf, type Predicate } from '../frames/predicate';
import { tokenAt, type Story, type StorySentence } from '../story';
import { changedThing } from './changed-thing';
import { propertyBefore } from './properties';
import { scopesOf, type Scope } from './scopes';

/** What a figure measures. */
export type Measure = 'count' | 'money' | 'percent' | 'age' | 'duration' | 'measure';

/**
 * A figure with what it is about: the thing counted, what happened to it, whom the clause
 * names, and the marks that make it a different quantity (a rate, a running total, a part).
 */
export type QuantityFrame = {
  /** Position in the story's list of frames. */
  id: number;
  sentence: StorySentence;
  start: number;
  end: number;
  written: string;
  value: number;
  approximate: boolean;
  bound: QuantityBound | null;
  /** The writing leaves the value in doubt ("1.500"): it never makes a contradiction. */
  uncertain?: boolean;
  measure: Measure;
  /** Currency sign, time unit or unit of measure; null for counts. */
  unit: string | null;
  /**
   * Lemma of the counted noun ("rifle"), of the noun the amount belongs to ("offer"), or of the
   * property the figure gives ("magnitude", "depth"; see `property`).
   */
  head: string | null;
  /**
   * The figure gives a property named before it ("a magnitude of 7.1", "its depth at 48 km"):
   * the property belongs to the thing, so the verb of the clause does not tell what is measured.
   */
  property: boolean;
  /** Lemmas of the words between the figure and its noun ("assault", "other"). */
  modifiers: string[];
  /** Model names in the phrase, normalized: "MP-5" and "MP 5" both give "mp5". */
  codes: string[];
  predicate: Predicate | null;
  /** Keys of the names in the figure's clause (the source it is credited to left out). */
  about: string[];
  /** The people and organizations among them: two figures about different ones differ. */
  actors: string[];
  /**
   * The actors that do what the verb says ("the Harbor City Rovers made … a $140 million
   * offer"; "offers by the Kestrels"): two figures with different doers differ.
   */
  agents: string[];
  scopes: Scope[];
  attribution: string | null;
  /** The frame this bare figure re-counts ("put the number at 40,000"). */
  antecedent: number | null;
  /** Frames of one enumeration share a key: "seized seven rifles, two pistols and…". */
  list: string | null;
  /** For the total of a coordinated pair ("12 Kenyan and 11 Ugandan poachers"), its parts. */
  parts: number[] | null;
  /** Set on the parts of such a total. */
  partOf: number | null;
  /** The noun was taken from the next figure of a coordination ("12 Kenyan and 11 … poachers"). */
  sharedHead: boolean;
  /** The article gives no other value for this noun: its only count of species, of comments. */
  sole: boolean;
  inQuote: boolean;
  clause: Clause;
  /** Token range of the whole phrase, figure to noun. */
  first: number;
  last: number;
};

const CURRENCY = /^(?:[$€£¥₹]|[A-Z]{1,3}\$|[A-Z]{3})$/;

function measureOf(unit: string | null): Measure {
  if (unit === '%') return 'percent';
  if (unit === 'years old') return 'age';
  if (unit && CURRENCY.test(unit)) return 'money';
  if (unit && TIME_UNITS.has(unit)) return 'duration';
  if (unit && isMeasureNoun(unit)) return 'measure';
  return 'count';
}

const SKIP_IN_PHRASE = new Set(['PUNCT', 'DET', 'CCONJ', 'ADP', 'PART']);

/** "MP-5" → "mp5"; "MP 5" (two tokens) → "mp5". */
function codesIn(tokens: readonly Token[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let k = from; k <= to; k++) {
    const t = tokens[k];
    if (!t) continue;
    if (/^[A-Za-z]+-?\d+[A-Za-z]?$/.test(t.text) && /\d/.test(t.text)) {
      out.push(t.lower.replace(/-/g, ''));
    } else if (
      t.pos === 'PROPN' &&
      tokens[k + 1]?.kind === 'number' &&
      /^\d+$/.test(tokens[k + 1]?.text ?? '')
    ) {
      out.push(`${t.lower}${tokens[k + 1]?.text ?? ''}`);
      k++;
    }
  }
  return out;
}

/** The noun right after a money or percent figure that says what it is: "$90 million offer". */
function nounAfter(tokens: readonly Token[], at: number, clause: Clause): number | null {
  for (let k = at; k <= Math.min(clause.last, at + 3); k++) {
    const t = tokens[k];
    if (!t) return null;
    if (t.pos === 'NOUN') {
      let last = k;
      while (tokens[last + 1]?.pos === 'NOUN') last++;
      return last;
    }
    if (t.pos !== 'ADJ' && t.pos !== 'ADV' && t.pos !== 'PROPN') return null;
  }
  return null;
}

/** The noun of the whole a share is of: "52% of the vote", "a third of its staff". */
function wholeAfter(tokens: readonly Token[], at: number, clause: Clause): number | null {
  if (tokens[at]?.lower !== 'of' || at + 1 > clause.last) return null;
  let k = at + 1;
  while (k <= clause.last && ['DET', 'PRON', 'ADJ'].includes(tokens[k]?.pos ?? '')) k++;
  if (tokens[k]?.pos !== 'NOUN') return null;
  while (tokens[k + 1]?.pos === 'NOUN' && k + 1 <= clause.last) k++;
  return k;
}

function inAnyQuote(sentence: StorySentence, start: number): boolean {
  return sentence.quotes.some((q) => q.start <= start && start < q.end);
}

/**
 * Names of the clause, without the source the sentence credits (it says, it does not do);
 * with `actorsOnly`, only the people and organizations.
 */
function namesAbout(sentence: StorySentence, clause: Clause, actorsOnly = false): string[] {
  const source = sentence.attribution;
  return [
    ...new Set(
      sentence.entities
        .filter((e) => e.first >= clause.first && e.last <= clause.last)
        .filter((e) => !source || e.end <= source.start || e.start >= source.end)
        .filter((e) => !source || e.key !== source.key)
        .filter((e) => !actorsOnly || e.type === 'person' || e.type === 'organization')
        .map((e) => e.key),
    ),
  ];
}

/**
 * The frames of every figure of the story, in reading order, with the totals of coordinated
 * pairs ("12 Kenyan and 11 Ugandan poachers" also gives 23 poachers) added after their parts.
 */
export function quantityFrames(story: Story): QuantityFrame[] {
  const frames: QuantityFrame[] = [];
  const byArticleMention = new Map<string, number>();
  story.articles.forEach((article, a) => {
    const sentenceOf = new Map(
      story.sentences.filter((s) => s.article === a).map((s) => [s.index, s]),
    );
    article.extraction.quantities.forEach((q, m) => {
      const sentence = sentenceOf.get(q.sentence);
      if (!sentence) return;
      byArticleMention.set(`${a} ${m}`, frames.length);
      const frame = frameOf(frames.length, sentence, q);
      if (frame.about.length === 0) carryNamesOver(frame, sentenceOf.get(q.sentence - 1));
      frames.push(frame);
    });
    // Anaphora after every frame of the article exists.
    article.extraction.quantities.forEach((q, m) => {
      const id = byArticleMention.get(`${a} ${m}`);
      const frame = id === undefined ? undefined : frames[id];
      if (!frame || q.antecedent === null) return;
      frame.antecedent = byArticleMention.get(`${a} ${q.antecedent}`) ?? null;
      const antecedent = frame.antecedent === null ? undefined : frames[frame.antecedent];
      if (antecedent && frame.head === null) {
        frame.head = antecedent.head;
        frame.modifiers = antecedent.modifiers;
      }
    });
  });
  shareCoordinatedHeads(frames);
  carryHeadsIntoEllipsis(frames);
  const all = [...frames, ...coordinatedTotals(frames)];
  markSoleCounts(all);
  return all;
}

/**
 * Words that open a sentence about a thing the sentence before named: "The deal", "It". A
 * person ("He owns…") may be anyone the article has named, so persons do not carry names over.
 */
const REFERRING = new Set(['the', 'this', 'that', 'these', 'those', 'it', 'its']);

/**
 * A figure whose clause names no one, in a sentence that opens by referring back ("The contract is
 * said to be … up to $75 million" after "The Rovers have made the richest offer to
 * Ferrandi"), is about the names of the sentence before: they count as evidence that two
 * figures count one thing, never as a reason that they do not.
 */
function carryNamesOver(frame: QuantityFrame, previous: StorySentence | undefined): void {
  const opener = frame.sentence.tokens[0]?.lower ?? '';
  if (!previous || !REFERRING.has(opener) || frame.sentence.entities.length > 0) return;
  const keys = (types: readonly string[]) => [
    ...new Set(previous.entities.filter((e) => types.includes(e.type)).map((e) => e.key)),
  ];
  // Evidence only: the names do not rule a pair out, as the clause's own would.
  frame.about = keys(['person', 'organization', 'place', 'other']);
}

/** Marks the frames whose article gives no other value for the same noun (parts aside). */
function markSoleCounts(frames: readonly QuantityFrame[]): void {
  const values = new Map<string, Set<number>>();
  const keyOf = (f: QuantityFrame) => `${f.sentence.article} ${f.measure} ${f.head ?? ''}`;
  for (const f of frames) {
    // Vague sizes ("hundreds of species") and parts of a total do not compete with a count.
    if (!f.head || f.partOf !== null || f.approximate) continue;
    const set = values.get(keyOf(f)) ?? new Set<number>();
    set.add(f.value);
    values.set(keyOf(f), set);
  }
  for (const f of frames)
    // "Three times" counts occurrences of whatever the verb says: never an article's one count.
    f.sole =
      !!f.head &&
      f.head !== 'time' &&
      f.partOf === null &&
      !f.approximate &&
      values.get(keyOf(f))?.size === 1;
}

function frameOf(id: number, sentence: StorySentence, q: QuantityMention): QuantityFrame {
  const { tokens } = sentence;
  const first = tokenAt(tokens, q.start);
  const figureLast = tokenAt(tokens, q.end - 1);
  const clause = clauseAt(sentence.clauses, first, tokens.length);
  const measure = measureOf(q.unit);
  const unitAt = q.unitSpan ? tokenAt(tokens, q.unitSpan.end - 1) : null;
  let headAt: number | null = unitAt;
  if (measure === 'money' || measure === 'percent')
    headAt = nounAfter(tokens, figureLast + 1, clause);
  // "52% of the vote": a share of a whole is a share of that whole.
  if (measure === 'percent' && headAt === null) {
    headAt = wholeAfter(tokens, Math.max(figureLast, unitAt ?? figureLast) + 1, clause);
  }
  // A duration's unit ends its phrase; the noun after it ("a four-hour meeting") is its head.
  if (measure === 'duration' || measure === 'measure' || measure === 'age') {
    headAt = unitAt === null ? null : nounAfter(tokens, unitAt + 1, clause);
  }
  // "a four-time champion", "a five-time honoree": the count is of what follows "-time".
  if (measure === 'count' && headAt !== null && tokens[headAt]?.lower === 'time') {
    const hyphen = tokens[headAt - 1];
    if (hyphen?.text === '-' && hyphen.end === tokens[headAt]?.start) {
      // The last noun of the name that follows: "NBA all-star" → "star".
      let k = headAt + 1;
      let noun: number | null = null;
      while (k <= Math.min(clause.last, headAt + 6)) {
        const t = tokens[k];
        if (!t || !['NOUN', 'PROPN', 'ADJ', 'DET', 'PUNCT'].includes(t.pos)) break;
        if (t.pos === 'PUNCT' && t.text !== '-') break;
        if (t.pos === 'NOUN' || t.pos === 'PROPN') noun = k;
        k++;
      }
      headAt = noun ?? headAt;
    }
  }
  const last = Math.max(figureLast, unitAt ?? figureLast, headAt ?? figureLast);
  const property =
    measure === 'count' || measure === 'measure' ? propertyBefore(tokens, first, clause) : null;
  const scopes = scopesOf(tokens, clause, first, last, measure);
  // A change belongs to what changed: "Shares fell 5%", "a 3% rise in profit".
  const changed =
    scopes.includes('change') && (measure === 'percent' || measure === 'money')
      ? changedThing(tokens, clause, first, Math.max(figureLast, unitAt ?? figureLast))
      : null;
  const head = property ?? changed ?? (headAt === null ? null : (tokens[headAt]?.lemma ?? null));
  const modifiers: string[] = [];
  const phraseStart = measure === 'count' ? figureLast : Math.max(figureLast, unitAt ?? figureLast);
  for (let k = phraseStart + 1; k < (headAt ?? 0); k++) {
    const t = tokens[k];
    if (t && !SKIP_IN_PHRASE.has(t.pos) && /\p{L}/u.test(t.text)) modifiers.push(t.lemma);
  }
  const unit = measure === 'count' ? null : q.unit;
  const frame: QuantityFrame = {
    id,
    sentence,
    start: q.start,
    end: q.end,
    written: sentence.text.slice(q.start, q.end),
    value: q.value,
    approximate: q.approximate,
    bound: q.bound,
    ...(q.uncertain ? { uncertain: true } : {}),
    measure,
    unit,
    head,
    property: property !== null,
    modifiers,
    codes: codesIn(tokens, figureLast + 1, last),
    predicate: predicateOf(tokens, clause, first, last),
    about: namesAbout(sentence, clause),
    actors: namesAbout(sentence, clause, true),
    agents: [],
    scopes,
    attribution: q.attribution,
    antecedent: null,
    list: null,
    parts: null,
    partOf: null,
    sharedHead: false,
    sole: false,
    inQuote: inAnyQuote(sentence, q.start),
    clause,
    first,
    last,
  };
  frame.agents = agentsOf(frame);
  if (measure === 'age') {
    const owner = ageOwner(sentence, first, last);
    frame.about = owner ? [owner] : [];
    frame.actors = frame.about;
  }
  return frame;
}

/**
 * Whose age a figure gives: the name right after the phrase ("the 29-year-old champion
 * Okafor") or right before it ("Price, 41,"); none for "the 38-year-old Canadian".
 */
function ageOwner(sentence: StorySentence, first: number, last: number): string | null {
  const { tokens, entities } = sentence;
  let k = last + 1;
  while (k <= last + 3 && (tokens[k]?.pos === 'ADJ' || tokens[k]?.pos === 'NOUN')) k++;
  // "the 36-year-old suspect, Karim Benali,": the name in apposition to the noun.
  if (tokens[k - 1]?.pos === 'NOUN' && tokens[k]?.text === ',') k++;
  const after = entities.find((e) => e.first === k && e.type !== 'place');
  if (after) return after.key;
  const before = entities.find(
    (e) => e.last >= first - 2 && e.last < first && e.type !== 'place' && e.type !== 'organization',
  );
  return before && [',', '('].includes(tokens[first - 1]?.text ?? '') ? before.key : null;
}

/**
 * The actors before the verb of which the figure is the object, or after "by" right behind the
 * figure's noun ("$140 million offers by the Kestrels").
 */
function agentsOf(f: QuantityFrame): string[] {
  const { sentence, clause, predicate, last } = f;
  const inRange = (from: number, to: number) =>
    sentence.entities
      .filter((e) => e.first >= from && e.last <= to && f.actors.includes(e.key))
      .map((e) => e.key);
  if (predicate?.role === 'object') return inRange(clause.first, predicate.at - 1);
  const by = sentence.tokens.findIndex((t, k) => k > last && k <= last + 2 && t.lower === 'by');
  return by < 0 ? [] : inRange(by + 1, Math.min(clause.last, by + 8));
}

const COORDINATION = new Set(['and', 'or', ',']);

/**
 * Figures of one clause joined by "and" or commas: a bare figure takes the noun of the next
 * ("12 Kenyan and 11 Ugandan poachers": both count poachers; the words between are the first's
 * modifiers), and every figure of an enumeration under one verb gets the same list key.
 */
function shareCoordinatedHeads(frames: QuantityFrame[]): void {
  for (let k = frames.length - 2; k >= 0; k--) {
    const f = frames[k];
    const g = frames[k + 1];
    if (!f || !g || f.sentence !== g.sentence || f.clause !== g.clause) continue;
    const between = f.sentence.tokens.slice(tokenAt(f.sentence.tokens, f.end - 1) + 1, g.first);
    const joins = between.some((t) => COORDINATION.has(t.lower));
    if (!joins) continue;
    const describing = between.every(
      (t) => COORDINATION.has(t.lower) || t.pos === 'ADJ' || t.pos === 'PROPN' || t.pos === 'NOUN',
    );
    // "1,312 bird and 618 fish species": the first noun only describes the shared one.
    // A singular noun after a plural count can only describe: "9 cartons and 400 packs" stay.
    const headToken = f.sentence.tokens[f.last];
    const nounBeforeAnd =
      COORDINATION.has(f.sentence.tokens[f.last + 1]?.lower ?? '') &&
      f.last + 2 === g.first &&
      f.value > 1 &&
      headToken?.pos === 'NOUN' &&
      headToken.lower === headToken.lemma;
    if (
      (f.head === null || nounBeforeAnd) &&
      f.measure === 'count' &&
      g.measure === 'count' &&
      describing
    ) {
      f.head = g.head;
      f.sharedHead = true;
      f.modifiers = between.filter((t) => !COORDINATION.has(t.lower)).map((t) => t.lemma);
      f.predicate ??= g.predicate;
    }
    if (f.predicate && g.predicate && f.predicate.at === g.predicate.at) {
      const key = `${f.sentence.id}@${f.predicate.at}`;
      f.list = key;
      g.list = key;
    }
  }
}

/** Heads that only point back to the figure before: "injured 40 others". */
const ELLIPTIC_HEADS = new Set(['other', 'others']);

/**
 * A count with no noun of its own, coordinated after a count with one, counts the same kind of
 * thing: "killed 12 workers and injured 40 others", "17 people died and more than 60 were
 * wounded". Only the next figure of the sentence, after "and" or a comma.
 */
function carryHeadsIntoEllipsis(frames: QuantityFrame[]): void {
  for (let k = 1; k < frames.length; k++) {
    const f = frames[k - 1];
    const g = frames[k];
    if (!f || !g || f.sentence !== g.sentence || f.measure !== 'count' || g.measure !== 'count')
      continue;
    if (!f.head || (g.head !== null && !ELLIPTIC_HEADS.has(g.head))) continue;
    // Another deed close by ("and injured", "and … were wounded"), not one enumeration.
    if (!f.predicate || !g.predicate || f.predicate.at === g.predicate.at) continue;
    const between = f.sentence.tokens.slice(f.last + 1, g.first);
    if (between.length > 8 || !between.some((t) => t.lower === 'and' || t.text === ',')) continue;
    g.head = f.head;
  }
}

/** Totals of coordinated figures of one noun told apart by their modifiers. */
function coordinatedTotals(frames: readonly QuantityFrame[]): QuantityFrame[] {
  const totals: QuantityFrame[] = [];
  let id = frames.length;
  for (let k = 0; k + 1 < frames.length; k++) {
    const f = frames[k];
    const g = frames[k + 1];
    if (!f || !g || f.sentence !== g.sentence || f.clause !== g.clause) continue;
    if (f.measure !== 'count' || g.measure !== 'count' || !f.sharedHead || f.head !== g.head)
      continue;
    if (f.modifiers.length === 0) continue;
    const shared = g.modifiers.filter((m) => f.modifiers.includes(m));
    f.partOf = id;
    g.partOf = id;
    totals.push({
      ...g,
      id: id++,
      start: f.start,
      end: g.end,
      written: `${f.written} + ${g.written}`,
      value: f.value + g.value,
      ...(f.uncertain || g.uncertain ? { uncertain: true } : {}),
      modifiers: shared,
      first: f.first,
      parts: [f.id, g.id],
      partOf: null,
      list: null,
    });
  }
  return totals;
}
