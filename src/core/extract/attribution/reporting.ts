import type { Token } from '../../types';
import { ESTIMATE_VERBS, REPORTING_VERBS, SPEECH_VERBS } from '../cue-words';
import { type TokenRange, phraseAfter, subjectBefore } from './noun-phrase';
import type { AttributionCue } from '../types';

/** A clause that credits a claim: "according to Kyiv", "US officials have put …", "said Kerry". */
export type ReportingClause = {
  kind: Exclude<AttributionCue, 'quote'>;
  /** The cue words ("according to", "said", "put", "reportedly"). */
  cue: TokenRange;
  /** Who is credited; null for "reportedly". */
  source: TokenRange | null;
  /** "X, citing Y": Y. */
  citing: TokenRange | null;
};

const HEARSAY_ADVERBS = new Set(['reportedly', 'allegedly', 'purportedly']);
const INVERSION_PUNCT = new Set([',', '”', '"', '’', '—', '–', '-']);
const ESTIMATE_REACH = 5;

/**
 * The reporting clauses of one sentence, outside quotations (`inQuote[i]` marks quoted tokens):
 * "according to X", "X said/told/estimated…", "…, said X", "X have put the number at",
 * "X, citing Y", "X reportedly …". Participles and infinitives ("saying", "to say") are not
 * clauses of their own.
 *
 * @example findReportingClauses(tokens('US officials have put the number at 40,000.'), [])[0]
 *   // { kind: 'estimate-at', source: "US officials", … }
 */
export function findReportingClauses(
  tokens: readonly Token[],
  inQuote: readonly boolean[],
): ReportingClause[] {
  const clauses: ReportingClause[] = [];
  const outside = (range: TokenRange | null): TokenRange | null => {
    if (!range) return null;
    for (let k = range.first; k <= range.last; k++) if (inQuote[k]) return null;
    return range;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || inQuote[i]) continue;
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      const source = outside(phraseAfter(tokens, i + 2));
      if (source)
        clauses.push({
          kind: 'according-to',
          cue: { first: i, last: i + 1 },
          source,
          citing: null,
        });
    } else if (t.lower === 'citing' && tokens[i - 1]?.text === ',') {
      // "Interfax reported October 14, citing …": the reporter, not the words before the comma.
      const verb = reportingVerbBefore(tokens, i - 1);
      const source = outside(subjectBefore(tokens, verb ?? i - 1));
      const citing = outside(phraseAfter(tokens, i + 1));
      if (source) clauses.push({ kind: 'citing', cue: { first: i, last: i }, source, citing });
    } else if (HEARSAY_ADVERBS.has(t.lower)) {
      clauses.push({ kind: 'reportedly', cue: { first: i, last: i }, source: null, citing: null });
    } else if (t.pos === 'VERB' && !isNonFinite(tokens, i)) {
      const clause = verbClause(tokens, i);
      const source = outside(clause?.source ?? null);
      if (clause && source) clauses.push({ ...clause, source });
    }
  }
  return clauses;
}

function verbClause(tokens: readonly Token[], i: number): ReportingClause | null {
  const t = tokens[i];
  if (!t) return null;
  const cue = { first: i, last: i };
  if (ESTIMATE_VERBS.has(t.lemma) && t.lemma !== 'estimate' && hasAtAhead(tokens, i)) {
    const source = subjectBefore(tokens, i);
    return source ? { kind: 'estimate-at', cue, source, citing: null } : null;
  }
  // "the novel written by Harlow": a participle with its agent is no clause of its own.
  if (!REPORTING_VERBS.has(t.lemma) || tokens[i + 1]?.lower === 'by') return null;
  const before = tokens[i - 1];
  if (SPEECH_VERBS.has(t.lemma) && (i === 0 || INVERSION_PUNCT.has(before?.text ?? ''))) {
    const source = phraseAfter(tokens, i + 1);
    const after = tokens[(source?.last ?? i) + 1];
    if (source && (!after || after.pos === 'PUNCT'))
      return { kind: 'inverted', cue, source, citing: null };
  }
  const source = subjectBefore(tokens, i);
  return source ? { kind: 'reporting-verb', cue, source, citing: null } : null;
}

/** "saying", "to say", "said" after "is": not the finite verb of a reporting clause. */
function isNonFinite(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return !t || /ing$/.test(t.lower) || tokens[i - 1]?.lower === 'to';
}

function hasAtAhead(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k <= i + ESTIMATE_REACH; k++) {
    const t = tokens[k];
    if (!t || t.pos === 'PUNCT' || t.pos === 'VERB') return false;
    if (t.lower === 'at') return true;
  }
  return false;
}

const CITING_REACH = 6;

function reportingVerbBefore(tokens: readonly Token[], comma: number): number | null {
  for (let k = comma - 1; k >= 0 && k >= comma - CITING_REACH; k--) {
    const t = tokens[k];
    if (!t || t.pos === 'PUNCT') return null;
    if (t.pos === 'VERB' && REPORTING_VERBS.has(t.lemma)) return k;
  }
  return null;
}
