import type { Disagreement } from '../../contract';
import type { Token } from '../../types';
import { fnv1a } from '../../util/hash';
import { namesMatch } from '../frames/names';
import { isEventVerb } from '../frames/predicate';
import { relatedVerbs, synonymous } from '../senses';
import type { SentenceEntity, Story, StorySentence } from '../story';
import { spanSide } from '../span-side';
import { creditOf } from './name-variants';

/**
 * A thing described by what a named person does to it, in a clause that follows its noun: "a
 * cabin the ranger was restoring", "the boat that Ana Ruiz had bought".
 */
type Description = {
  sentence: StorySentence;
  /** Lemma of the thing's noun: "cabin". */
  thing: string;
  /** Key of the person who does it. */
  doer: string;
  /** The doer as the sentence names them in full. */
  doerName: string;
  /** Lemma and token index of the verb. */
  verb: string;
  at: number;
};

/** Words that open such a clause, or none: "the boat that she bought", "the boat she bought". */
const RELATIVES = new Set(['that', 'which']);
/** Verbs that say too little of what was done to a thing to set against another. */
const VAGUE = new Set(['have', 'use', 'own', 'get', 'make', 'do', 'take', 'keep', 'want', 'need']);

/**
 * The named person the words `first`..`last` stand for: a name there, or "the ranger" when the
 * sentence names a person right after that role ("park ranger Tom Reyes").
 */
function doerOf(sentence: StorySentence, first: number, last: number): SentenceEntity | null {
  const { tokens, entities } = sentence;
  for (const e of entities) {
    if (e.first === first && e.last === last) return isPersonal(e) ? e : null;
  }
  const role = tokens[last];
  if (last !== first + 1 || tokens[first]?.lower !== 'the' || role?.pos !== 'NOUN') return null;
  for (const e of entities) {
    if (isPersonal(e) && tokens[e.first - 1]?.lemma === role.lemma) return e;
  }
  return null;
}

/** Without a model of names, a person may be typed "other"; places and bodies are not persons. */
const isPersonal = (e: SentenceEntity): boolean => e.type === 'person' || e.type === 'other';

/**
 * The verb after a subject that ends at `last`, in the progressive: "was restoring". What one
 * was doing to a thing at the time excludes another doing ("restoring", "building"), while
 * what one did to it may add up ("the firm he founded", "the firm he ran").
 */
function verbAfter(tokens: readonly Token[], last: number): number | null {
  let k = last + 1;
  let be = false;
  while (tokens[k]?.pos === 'AUX' || tokens[k]?.pos === 'ADV') {
    if (tokens[k]?.lemma === 'be') be = true;
    k++;
  }
  const verb = tokens[k];
  if (!be || !isEventVerb(verb) || !verb?.lower.endsWith('ing') || VAGUE.has(verb.lemma))
    return null;
  // The clause's verb must leave its object to the noun: "the cabin the ranger was restoring."
  const next = tokens[k + 1];
  if (!next || ['PUNCT', 'ADP', 'CCONJ', 'ADV', 'SCONJ'].includes(next.pos)) return k;
  return isDistancePhrase(tokens, k + 1) ? k : null;
}

/** Words that end a phrase of distance or time: "a few blocks from", "two miles away". */
const DISTANCE_ENDS = new Set(['from', 'away', 'ago', 'earlier', 'later', 'before', 'after']);

/** Whether the words from `from` say how far or how long, not what: "a few blocks from …". */
function isDistancePhrase(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k <= from + 3; k++) {
    const t = tokens[k];
    if (!t || !['DET', 'ADJ', 'NUM', 'NOUN'].includes(t.pos)) return false;
    if (t.pos === 'NOUN') return DISTANCE_ENDS.has(tokens[k + 1]?.lower ?? '');
  }
  return false;
}

/** The descriptions a sentence gives of things by what a named person does to them. */
function descriptionsOf(sentence: StorySentence): Description[] {
  const { tokens } = sentence;
  const out: Description[] = [];
  tokens.forEach((noun, n) => {
    if (noun.pos !== 'NOUN' || tokens[n + 1]?.pos === 'NOUN') return;
    let first = n + 1;
    if (RELATIVES.has(tokens[first]?.lower ?? '')) first++;
    for (let last = first; last <= first + 3; last++) {
      const doer = doerOf(sentence, first, last);
      if (!doer) continue;
      const at = verbAfter(tokens, last);
      if (at === null) return;
      const full = sentence.entities.find((e) => e.key === doer.key) ?? doer;
      out.push({
        sentence,
        thing: noun.lemma,
        doer: doer.key,
        doerName: sentence.text.slice(full.start, full.end),
        verb: tokens[at]?.lemma ?? '',
        at,
      });
      return;
    }
  });
  return out;
}

/**
 * One thing that different accounts describe by different deeds of one person: "a cabin the
 * ranger was restoring" against "the cabin that Tom Reyes was building". The two deeds must be
 * neither synonyms nor close in WordNet ("restoring" and "renovating" tell one deed), and not
 * vague ("using", "owning").
 */
export function detectDescribedThings(story: Story): Disagreement[] {
  const descriptions = story.sentences.filter((s) => !s.headline).flatMap(descriptionsOf);
  // Only descriptions of one thing are compared: each meets the others of its thing, in order.
  const ofThing = new Map<string, Description[]>();
  for (const d of descriptions) {
    const list = ofThing.get(d.thing);
    if (list) list.push(d);
    else ofThing.set(d.thing, [d]);
  }
  const out: Disagreement[] = [];
  const seen = new Set<string>();
  for (const x of descriptions)
    for (const y of ofThing.get(x.thing) ?? []) {
      if (x.sentence.article >= y.sentence.article) continue;
      if (!namesMatch(x.doer, y.doer) || x.verb === y.verb) continue;
      if (synonymous(x.verb, y.verb) || relatedVerbs(x.verb, y.verb)) continue;
      const key = `${x.thing} ${x.doer} ${x.verb} ${y.verb}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const sides = [x, y].map((d) => {
        const t = d.sentence.tokens[d.at];
        const start = t?.start ?? 0;
        return spanSide(d.sentence, start, t?.end ?? start, creditOf(d.sentence, start));
      });
      const [a, b] = sides.map((s) => s.written ?? '');
      out.push({
        id: `qualitative-${fnv1a(sides.map((s) => `${s.sentence}@${s.start}`).join(' '))}`,
        kind: 'qualitative',
        summary: `What ${x.doerName} did to the ${x.thing}: ${a} vs ${b}`,
        sides,
      });
    }
  return out;
}
