import type { Token } from '../../types';
import { REPORTING_VERBS } from '../cue-words';
import { type TokenRange, phraseAfter, subjectBefore } from '../attribution/noun-phrase';

/** A sentence as the cue finder sees it. */
export type CueSentence = {
  index: number;
  paragraph: number;
  tokens: readonly Token[];
  inQuote: readonly boolean[];
};

/** Where a quotation's speaker is named: a token range of one sentence. */
export type SpeakerCue = { sentence: CueSentence; range: TokenRange };

/** How far from the quotation a reporting verb may stand, in tokens. */
const HEAD_REACH = 40;
const APPOSITION_REACH = 15;
/** Tokens a subject may have after a quotation that ends with a full stop, minus one. */
const SHORT_SUBJECT = 3;
const TAIL_PUNCT = new Set([',', '—', '–', '-', '”', '"', '’']);

/**
 * The speaker cue after a quotation: "…,” Kerry told a news conference", "…,” said Kerry",
 * "…,” a friend of the singer said", "…,” Marta Lindqvist, an official at …, told Reuters",
 * or in the next sentence of the paragraph when it starts in lower case ("…!” he said."). After
 * a quotation that ends with a full stop only a short subject right before the verb counts, so
 * that the next sentence's subject is not taken for the speaker.
 */
export function tailCue(
  sentence: CueSentence,
  next: CueSentence | undefined,
  closeAt: number,
  endsWithFullStop: boolean,
): SpeakerCue | null {
  let target = sentence;
  let from = sentence.tokens.findIndex((t) => t.start > closeAt);
  if (
    from < 0 &&
    next &&
    next.paragraph === sentence.paragraph &&
    /^[a-z]/.test(next.tokens[0]?.text ?? '')
  ) {
    target = next;
    from = 0;
  }
  if (from < 0) return null;
  const { tokens, inQuote } = target;
  while (TAIL_PUNCT.has(tokens[from]?.text ?? '')) from++;
  if (inQuote[from]) return null;
  if (isReportingVerb(tokens, from)) {
    // "…,” said Kerry." — but not "…,” said rising prices are hurting everyone."
    const range = phraseAfter(tokens, from + 1);
    const after = range ? tokens[range.last + 1] : undefined;
    return range && (!after || after.pos === 'PUNCT') ? { sentence: target, range } : null;
  }
  const subject = phraseAfter(tokens, from);
  if (!subject || (endsWithFullStop && subject.last - subject.first >= SHORT_SUBJECT)) return null;
  let j = subject.last + 1;
  while (tokens[j]?.pos === 'ADV' || tokens[j]?.lemma === 'have') j++;
  if (tokens[j]?.lemma === 'quote')
    return quotedPerson(target, j) ?? { sentence: target, range: subject };
  if (isReportingVerb(tokens, j)) return { sentence: target, range: subject };
  if (endsWithFullStop || tokens[j]?.text !== ',') return null;
  // An apposition between commas: "Commander Ilse Brandt, Chief Press Officer, said".
  for (let k = j + 1; k < tokens.length && k <= j + APPOSITION_REACH; k++) {
    if (inQuote[k]) return null;
    if (tokens[k]?.text !== ',') continue;
    let v = k + 1;
    while (tokens[v]?.pos === 'ADV') v++;
    if (isReportingVerb(tokens, v)) return { sentence: target, range: subject };
  }
  return null;
}

/** "The Courier quoted him as saying": the one quoted, not the one quoting. */
function quotedPerson(sentence: CueSentence, verb: number): SpeakerCue | null {
  const range = phraseAfter(sentence.tokens, verb + 1);
  return range && sentence.tokens[range.last + 1]?.lower === 'as' ? { sentence, range } : null;
}

function isReportingVerb(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return (
    t !== undefined && t.pos === 'VERB' && REPORTING_VERBS.has(t.lemma) && !/ing$/.test(t.lower)
  );
}

/**
 * The speaker cue before a quotation in its sentence: "Lavrov said on Saturday that Russia and
 * the US were “getting closer…”", "Okafor said Tuesday evening: "…"". Takes the last reporting
 * verb between the sentence start (or the previous quotation) and the opening mark.
 */
export function headCue(sentence: CueSentence, openAt: number): SpeakerCue | null {
  const { tokens, inQuote } = sentence;
  let end = tokens.findIndex((t) => t.start >= openAt);
  if (end < 0) end = tokens.length;
  let floor = end - 1;
  while (floor > 0 && !inQuote[floor - 1]) floor--;
  for (let v = end - 1; v >= floor && v >= end - HEAD_REACH; v--) {
    const t = tokens[v];
    if (t?.lower === 'according' && tokens[v + 1]?.lower === 'to') {
      const source = phraseAfter(tokens, v + 2);
      if (source) return { sentence, range: source };
    }
    if (!t || t.pos !== 'VERB' || !REPORTING_VERBS.has(t.lemma) || tokens[v - 1]?.lower === 'to')
      continue;
    // "A ministry spokesman played down the strike saying that “…”": the main clause's subject.
    const verb = /ing$/.test(t.lower) ? finiteVerbBefore(tokens, v, floor) : v;
    const range = verb === null ? null : subjectBefore(tokens, verb, floor);
    if (range) return { sentence, range };
  }
  return null;
}

function finiteVerbBefore(tokens: readonly Token[], v: number, floor: number): number | null {
  for (let k = v - 1; k >= floor; k--) {
    const t = tokens[k];
    if (t?.pos === 'VERB' && !/ing$/.test(t.lower)) return k;
  }
  return null;
}
