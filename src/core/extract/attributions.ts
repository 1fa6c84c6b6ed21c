import type { Token } from '../types';
import { type ReportingClause, findReportingClauses } from './reporting';
import { type SourceContext, describeSource } from './sources';
import type { AttributionMention, QuoteMention } from './types';

/** Which clause a sentence's attribution comes from when it has several. */
const PREFERENCE: Record<ReportingClause['kind'], number> = {
  'according-to': 0,
  citing: 1,
  'estimate-at': 2,
  'reporting-verb': 2,
  inverted: 2,
  reportedly: 3,
};

/** The source given to hearsay adverbs ("Putin reportedly initiated the call"): unnamed reports. */
export const UNNAMED_REPORTS = 'reports';

/**
 * Who one sentence credits its claim to, from its own reporting clauses: "according to X"
 * first, then "X, citing Y", then the first clause ("X said", "said X", "X have put the number
 * at"), then "reportedly" (credited to unnamed reports). Null when it has none.
 */
export function attributeByClauses(
  ctx: SourceContext,
  sentence: number,
  tokens: readonly Token[],
  inQuote: readonly boolean[],
): AttributionMention | null {
  const clauses = findReportingClauses(tokens, inQuote);
  const ranked = [...clauses].sort((a, b) => PREFERENCE[a.kind] - PREFERENCE[b.kind]);
  for (const clause of ranked) {
    const mention = fromClause(ctx, sentence, tokens, clause);
    if (mention) return mention;
  }
  return null;
}

/**
 * For a sentence without a clause of its own that lies inside a quotation ("We believe these
 * forces …"): the quotation's speaker.
 */
export function attributeByQuote(
  ctx: SourceContext,
  sentence: number,
  quotes: ReadonlyMap<number, QuoteMention>,
): AttributionMention | null {
  const quote = quotes.get(sentence);
  if (!quote?.speaker || !quote.speakerSpan) return null;
  const key = quote.speakerKey ?? quote.speaker.toLowerCase();
  return {
    sentence,
    source: quote.speaker,
    key,
    start: quote.speakerSpan.start,
    end: quote.speakerSpan.end,
    cue: '',
    kind: 'quote',
    citing: null,
    person: ctx.entities.people.has(key),
  };
}

function fromClause(
  ctx: SourceContext,
  sentence: number,
  tokens: readonly Token[],
  clause: ReportingClause,
): AttributionMention | null {
  const cueStart = tokens[clause.cue.first]?.start ?? 0;
  const cueEnd = tokens[clause.cue.last]?.end ?? cueStart;
  const cue = ctx.text.slice(cueStart, cueEnd);
  if (!clause.source) {
    return {
      sentence,
      source: UNNAMED_REPORTS,
      key: UNNAMED_REPORTS,
      start: cueStart,
      end: cueEnd,
      cue,
      kind: clause.kind,
      citing: null,
      person: false,
    };
  }
  const source = describeSource(ctx, sentence, tokens, clause.source);
  if (!source) return null;
  const citing = clause.citing ? describeSource(ctx, sentence, tokens, clause.citing) : null;
  return {
    sentence,
    source: source.name,
    key: source.key,
    start: source.start,
    end: source.end,
    cue,
    kind: clause.kind,
    citing: citing?.name ?? null,
    person: source.person,
  };
}

/** The first quotation with a speaker over each sentence it covers (for `attributeByQuote`). */
export function spokenSentences(quotes: readonly QuoteMention[]): Map<number, QuoteMention> {
  const bySentence = new Map<number, QuoteMention>();
  for (const q of quotes) {
    if (q.kind !== 'direct' || q.speaker === null) continue;
    for (let s = q.sentence; s <= q.lastSentence; s++) if (!bySentence.has(s)) bySentence.set(s, q);
  }
  return bySentence;
}
