import type { Token } from '../../types';
import type { Clause } from '../frames/clauses';
import type { SentenceEntity, Story, StorySentence } from '../story';
import { isEventVerb, isNegatedVerb } from '../frames/predicate';

/**
 * One event a clause tells: its verb (with a particle: "check in"), whether the clause affirms
 * or denies it, who does it and to what, and the marks that make it no statement of fact (a
 * modal, a condition, a question).
 */
export type EventFrame = {
  sentence: StorySentence;
  clause: Clause;
  /** Token index of the verb. */
  at: number;
  /** Token index of the particle ("in" of "checked in"), or -1. */
  particle: number;
  /** "check in", "defend", "win". */
  lemma: string;
  negated: boolean;
  /** Token index of the word that denies it ("never", "not", "none"), or -1. */
  negator: number;
  /** "could win", "might confirm", "if he had left", "Did she leave?". */
  hedged: boolean;
  /**
   * Told as what will be: "will appeal", "would not appeal", "won't run". Such a frame meets
   * only its kind: a plan is no account of what was done.
   */
  future: boolean;
  /** Names before the verb in its clause, and after it up to the next verb. */
  subjects: SentenceEntity[];
  objects: SentenceEntity[];
  /** Noun lemmas before and after the verb, likewise. */
  subjectNouns: string[];
  objectNouns: string[];
  /** Token range of the words after the verb that the frame reads (its object phrase). */
  objectLast: number;
};

const PARTICLES = new Map([
  ['in', 'in'],
  ['into', 'in'],
  ['out', 'out'],
  ['up', 'up'],
  ['off', 'off'],
  ['down', 'down'],
  ['onto', 'on'],
]);
/** Modals that leave the event in doubt: "could win", "may appeal", "can't confirm". */
const MODALS = new Set(['could', 'might', 'may', 'should', 'can', 'must', 'ca']);
/** Modals that tell what will be ("wo" is "won't"): "will appeal", "would not appeal". */
const FUTURE_MODALS = new Set(['will', 'would', 'shall', 'wo', "'ll"]);
const CONDITIONS = new Set(['if', 'whether', 'unless', 'until']);
const NEGATORS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor']);
const NEGATIVE_SUBJECTS = new Set(['none', 'nobody', 'nothing', 'neither', 'noone']);

/** The negating word that makes the verb at `at` denied, searched from `from`. */
function negatorOf(tokens: readonly Token[], at: number, from: number): number {
  for (let k = at - 1; k >= Math.max(from, at - 3); k--) {
    if (NEGATORS.has(tokens[k]?.lower ?? '')) return k;
  }
  for (let k = from; k < at; k++) {
    const w = tokens[k]?.lower ?? '';
    if (NEGATIVE_SUBJECTS.has(w) || ((w === 'no' || w === 'not') && tokens[k + 1]?.lower === 'one'))
      return k;
  }
  return -1;
}

/** Whether a modal of the future governs the verb at `at`: "would not appeal". */
function isFuture(tokens: readonly Token[], clause: Clause, at: number): boolean {
  for (let k = Math.max(clause.first, at - 4); k < at; k++) {
    if (FUTURE_MODALS.has(tokens[k]?.lower ?? '')) return true;
  }
  return false;
}

function isHedged(tokens: readonly Token[], clause: Clause, at: number): boolean {
  for (let k = Math.max(clause.first, at - 4); k < at; k++) {
    if (MODALS.has(tokens[k]?.lower ?? '')) return true;
  }
  for (let k = clause.first; k < at; k++) if (CONDITIONS.has(tokens[k]?.lower ?? '')) return true;
  // "to leave", "trying to win": an aim, not a fact.
  if (tokens[at - 1]?.lower === 'to') return true;
  const end = tokens[clause.last + 1]?.text ?? tokens[clause.last]?.text;
  return end === '?';
}

/** Verbs whose denial denies what follows: "I don't think he won". */
const NEGATION_RAISING = new Set(['think', 'believe', 'expect', 'suppose', 'imagine', 'feel']);
/** Verbs that put what follows in doubt: "denied that he left", "questioned whether". */
const DOUBTING = new Set(['deny', 'doubt', 'question', 'dispute', 'wonder', 'refute']);

/** The verb whose complement the words from `subjectFirst` are ("think [that] he won"), or -1. */
function governingVerb(tokens: readonly Token[], clause: Clause, subjectFirst: number): number {
  for (let k = subjectFirst - 1; k >= Math.max(clause.first, subjectFirst - 2); k--) {
    const t = tokens[k];
    if (t?.pos === 'VERB') return k;
    if (t?.lower !== 'that') return -1;
  }
  return -1;
}

const THREE_LETTERS = /\p{L}{3}/u;

/** The event frames of one sentence: one per event verb of each clause. */
export function eventFramesOf(sentence: StorySentence): EventFrame[] {
  const { tokens } = sentence;
  const frames: EventFrame[] = [];
  // A word of a name is no verb, whatever its tag ("Tom Wade", "Ella Park").
  const inName = new Set<number>();
  for (const e of sentence.entities) for (let k = e.first; k <= e.last; k++) inName.add(k);
  for (const clause of sentence.clauses) {
    for (let k = clause.first; k <= clause.last; k++) {
      const t = tokens[k];
      if (!t || !isEventVerb(t) || inName.has(k)) continue;
      const next = tokens[k + 1];
      const particleWord = next && PARTICLES.get(next.lower);
      const particle = particleWord && (next.pos === 'ADP' || next.pos === 'PART') ? k + 1 : -1;
      const lemma = particle >= 0 ? `${t.lemma} ${particleWord}` : t.lemma;
      // The object runs to the next verb, auxiliary or coordinated clause.
      let objectLast = clause.last;
      for (let j = Math.max(k, particle) + 1; j <= clause.last; j++) {
        const u = tokens[j];
        if (!u) break;
        // A quote mark, a bracket or a semicolon ends it; a comma only where a quote closes.
        const closes =
          u.pos === 'PUNCT' &&
          (u.text === ','
            ? /^["“”‘’']$/.test(tokens[j + 1]?.text ?? '')
            : !/^[-–'’]$/.test(u.text));
        if (
          closes ||
          u.pos === 'VERB' ||
          u.pos === 'AUX' ||
          u.pos === 'SCONJ' ||
          u.lower === 'but'
        ) {
          objectLast = j - 1;
          break;
        }
      }
      let subjectFirst = clause.first;
      for (let j = k - 1; j >= clause.first; j--) {
        const u = tokens[j];
        if (u && !inName.has(j) && (u.pos === 'VERB' || u.lower === 'that' || u.pos === 'SCONJ')) {
          subjectFirst = j + 1;
          break;
        }
      }
      let negator = negatorOf(tokens, k, subjectFirst);
      let negated = negator >= 0 || isNegatedVerb(tokens, k, subjectFirst);
      let hedged = isHedged(tokens, clause, k);
      // "I don't think he won" denies that he won; "did not say that he won" tells nothing.
      const governor = governingVerb(tokens, clause, subjectFirst);
      if (governor >= 0 && isNegatedVerb(tokens, governor, clause.first)) {
        const lemma = tokens[governor]?.lemma ?? '';
        if (NEGATION_RAISING.has(lemma)) {
          negated = true;
          negator = negatorOf(tokens, governor, clause.first);
        } else hedged = true;
      }
      if (DOUBTING.has(tokens[governor]?.lemma ?? '')) hedged = true;
      const after = Math.max(k, particle) + 1;
      frames.push({
        sentence,
        clause,
        at: k,
        particle,
        lemma,
        negated,
        negator,
        hedged,
        future: isFuture(tokens, clause, k),
        subjects: entitiesIn(sentence.entities, subjectFirst, k - 1),
        objects: entitiesIn(sentence.entities, after, objectLast),
        subjectNouns: lemmasIn(tokens, subjectFirst, k - 1, inName),
        objectNouns: lemmasIn(tokens, after, objectLast, inName),
        objectLast,
      });
    }
  }
  return frames;
}

/** The names that lie wholly within a token range. */
function entitiesIn(
  entities: readonly SentenceEntity[],
  from: number,
  to: number,
): SentenceEntity[] {
  const out: SentenceEntity[] = [];
  for (const e of entities) if (e.first >= from && e.last <= to) out.push(e);
  return out;
}

/** Noun lemmas in a range, with capitalized common nouns outside names ("Deputy", "Judge"). */
function lemmasIn(
  tokens: readonly Token[],
  from: number,
  to: number,
  inName: ReadonlySet<number>,
): string[] {
  const out: string[] = [];
  for (let k = from; k <= to; k++) {
    const t = tokens[k];
    if (!t) continue;
    // A proper noun outside a name counts as the common noun it is written as.
    const noun = t.pos === 'NOUN' || (t.pos === 'PROPN' && !inName.has(k));
    if (!noun || t.stop || !THREE_LETTERS.test(t.text)) continue;
    const lemma = t.lemma.toLowerCase();
    if (lemma && !out.includes(lemma)) out.push(lemma);
  }
  return out;
}

const framesOfStory = new WeakMap<Story, EventFrame[]>();

/** The event frames of every sentence of the story that is not a headline (read once a story). */
export function storyEventFrames(story: Story): EventFrame[] {
  let frames = framesOfStory.get(story);
  if (!frames) {
    frames = story.sentences.filter((s) => !s.headline).flatMap(eventFramesOf);
    framesOfStory.set(story, frames);
  }
  return frames;
}
