import type { Token } from '../../types';
import { type ReportingClause, findReportingClauses } from './reporting';
import { type SourceContext, describeSource } from './sources';
import type { AttributionMention, QuoteMention } from '../types';

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
  return creditSentence(ctx, sentence, tokens, inQuote).mention;
}

/** A stretch of a sentence whose figures one of its clauses credits. */
export type CreditedPart = {
  /** Token range of the part. */
  first: number;
  last: number;
  mention: AttributionMention;
};

/** A sentence's attribution, and its parts when contrasted clauses credit different sources. */
export type SentenceCredit = { mention: AttributionMention | null; parts: CreditedPart[] };

/**
 * The sentence's attribution (as `attributeByClauses`), and, when the sentence sets clauses of
 * different sources against each other ("Kyiv says 100,000 troops are massed, while US
 * officials put the number at 40,000"), the parts each of them credits: the sentence is cut
 * before "while", "whereas", "but", "although", "though" and ";", and before "and" when a
 * clause's source follows it ("and the rebels claimed"); a part takes its own clause, or the
 * one of the part before.
 * `parts` is empty unless two parts credit different sources.
 */
export function creditSentence(
  ctx: SourceContext,
  sentence: number,
  tokens: readonly Token[],
  inQuote: readonly boolean[],
): SentenceCredit {
  const clauses = findReportingClauses(tokens, inQuote);
  const ranked = [...clauses].sort((a, b) => PREFERENCE[a.kind] - PREFERENCE[b.kind]);
  let mention: AttributionMention | null = null;
  for (const clause of ranked) {
    mention = fromClause(ctx, sentence, tokens, clause);
    if (mention) break;
  }
  if (!mention || clauses.length < 2) return { mention, parts: [] };
  return { mention, parts: creditedParts(ctx, sentence, tokens, inQuote, clauses) };
}

/** Words that open a contrasted clause: "…, while US officials put the number at 40,000". */
const CONTRAST_WORDS = new Set(['while', 'whereas', 'but', 'although', 'though', ';']);

function creditedParts(
  ctx: SourceContext,
  sentence: number,
  tokens: readonly Token[],
  inQuote: readonly boolean[],
  clauses: readonly ReportingClause[],
): CreditedPart[] {
  const sourceStarts = new Set(clauses.map((c) => c.source?.first ?? -1));
  const cuts = [0];
  tokens.forEach((t, i) => {
    if (i === 0 || inQuote[i]) return;
    // "and the rebels claimed": the source may follow a determiner the clause leaves out.
    const sourceNext =
      sourceStarts.has(i + 1) || (tokens[i + 1]?.pos === 'DET' && sourceStarts.has(i + 2));
    const opensClause = CONTRAST_WORDS.has(t.lower) || (t.lower === 'and' && sourceNext);
    if (opensClause) cuts.push(i);
  });
  if (cuts.length < 2) return [];
  const parts: CreditedPart[] = [];
  let previous: AttributionMention | null = null;
  cuts.forEach((first, k) => {
    const last = (cuts[k + 1] ?? tokens.length) - 1;
    const own = clauses
      .filter((c) => c.cue.first >= first && c.cue.first <= last)
      .sort((a, b) => PREFERENCE[a.kind] - PREFERENCE[b.kind]);
    let mention: AttributionMention | null = null;
    for (const clause of own) {
      mention = fromClause(ctx, sentence, tokens, clause);
      if (mention) break;
    }
    const credited = mention ?? previous;
    if (credited) parts.push({ first, last, mention: credited });
    previous = credited;
  });
  const sources = new Set(parts.map((p) => p.mention.key));
  return sources.size > 1 ? parts : [];
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
