import type { DateExpression } from '../../extract/types';
import { clauseAt, type Clause } from '../frames/clauses';
import {
  clauseActors,
  clauseNouns,
  nearestPredicate,
  relativeAntecedent,
} from '../frames/clause-context';
import type { Predicate } from '../frames/predicate';
import { tokenAt, type Story, type StorySentence } from '../story';
import { readDate, type DateReading } from './date-reading';

/** A date with the event it dates: the verb, the nouns and the people of its clause. */
export type DateFrame = {
  sentence: StorySentence;
  start: number;
  end: number;
  written: string;
  reading: DateReading;
  /** The ISO date the extraction resolved, when the article's own date was known. */
  iso: string | null;
  predicate: Predicate | null;
  /** The noun the date describes ("a May announcement", "the 1978 hearings"), as a stem. */
  eventNoun: string | null;
  nouns: string[];
  /**
   * The noun that does what the verb says, as a stem: the last noun before the verb in its
   * clause, or the noun a relative clause describes ("The trial, which began in April").
   */
  doer: string | null;
  actors: string[];
  clause: Clause;
};

const QUALIFIER_BEFORE =
  /\b(?:almost|nearly|about|around|roughly|more than|over|less than|under|just over|just under)\s+$/i;
const DATELINE_CUES = /(updated|posted|published|last modified|copyright|©)\s*:?\s*$/i;

/** A date that opens its sentence or follows "Updated:" dates the report, not an event. */
function isDateline(sentence: StorySentence, start: number): boolean {
  const first = sentence.tokens[0];
  if (
    first &&
    first.start === start &&
    /^[\p{Lu}\d]/u.test(sentence.text.slice(start, start + 1))
  ) {
    // "In 1987, …" starts with a preposition and dates the event; a bare date opens a dateline.
    return true;
  }
  return DATELINE_CUES.test(sentence.text.slice(Math.max(0, start - 16), start));
}

/** The date frames of every sentence of the story, datelines left out. */
export function dateFrames(story: Story): DateFrame[] {
  const frames: DateFrame[] = [];
  story.articles.forEach((article, a) => {
    const sentenceOf = new Map(
      story.sentences.filter((s) => s.article === a).map((s) => [s.index, s]),
    );
    for (const d of article.extraction.dates) {
      const sentence = sentenceOf.get(d.sentence);
      if (!sentence || isDateline(sentence, d.start)) continue;
      frames.push(frameOf(sentence, d));
    }
  });
  return frames;
}

/**
 * The people and organizations of a relative clause and of the clause before it, whose noun it
 * describes: "The strike by the Felton Dockers Union, which began in May".
 */
function describedActors(sentence: StorySentence, clause: Clause): string[] {
  const before = sentence.clauses.filter((c) => c.last < clause.first).at(-1);
  const own = clauseActors(sentence, clause);
  return before ? [...new Set([...clauseActors(sentence, before), ...own])] : own;
}

/** The stem of the last noun of `clause` before token `at`, when no verb stands between. */
function nounBefore(sentence: StorySentence, clause: Clause, at: number): string | null {
  for (let k = at - 1; k >= clause.first; k--) {
    const t = sentence.tokens[k];
    if (!t || t.pos === 'VERB') return null;
    if (t.pos === 'NOUN' && !t.stop) return t.stem;
  }
  return null;
}

function frameOf(sentence: StorySentence, d: DateExpression): DateFrame {
  const { tokens } = sentence;
  const first = tokenAt(tokens, d.start);
  const last = tokenAt(tokens, d.end - 1);
  const clause = clauseAt(sentence.clauses, first, tokens.length);
  const next = tokens[last + 1];
  // "almost four weeks ago": the qualifier before the distance is part of what it says.
  const qualifier = QUALIFIER_BEFORE.exec(sentence.text.slice(Math.max(0, d.start - 16), d.start));
  const start =
    qualifier && /ago$/i.test(sentence.text.slice(d.start, d.end))
      ? d.start - qualifier[0].length
      : d.start;
  const written = sentence.text.slice(start, d.end);
  // "The trial, which began in April": the date's clause is about the noun it describes.
  const antecedent = relativeAntecedent(sentence, clause);
  const nouns = clauseNouns(sentence, clause, first, last);
  const predicate = nearestPredicate(tokens, clause, first, last);
  return {
    sentence,
    start,
    end: d.end,
    written,
    reading: readDate(written, d.date),
    iso: d.date,
    predicate,
    eventNoun: next?.pos === 'NOUN' ? next.stem : null,
    nouns: antecedent && !nouns.includes(antecedent) ? [antecedent, ...nouns] : nouns,
    doer: predicate ? (nounBefore(sentence, clause, predicate.at) ?? antecedent) : null,
    actors: antecedent ? describedActors(sentence, clause) : clauseActors(sentence, clause),
    clause,
  };
}
