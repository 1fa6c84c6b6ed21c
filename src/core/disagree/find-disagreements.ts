import type { Disagreement, Side } from '../contract';
import type { ArticleExtraction, QuoteMention } from '../extract/types';
import { conceptOf } from '../align/lexicon';
import type { Token } from '../types';
import { withUniqueIds } from '../util/unique-ids';
import { agreementStances } from './agreement-stance';
import { findDateDisagreements, type DatedSentence } from './dates';
import {
  findNumericDisagreements,
  unitKey,
  type AlignmentLookup,
  type QuantityFinding,
} from './numeric';
import { findStanceDisagreements, type StanceFinding } from './qualitative';

/** One article as disagreement detection needs it. */
export type DisagreementInput = {
  text: string;
  sentenceIds: string[];
  boilerplate: boolean[];
  tokens: Token[][];
  extraction: ArticleExtraction;
};

const STOP_DESCRIPTION = new Set([
  'according',
  'said',
  'say',
  'says',
  'told',
  'that',
  'which',
  'who',
]);

/** The words after a figure that say what it counts: "Russian troops near Ukraine's borders". */
function describeCounted(tokens: readonly Token[], from: number, text: string): string {
  const after = tokens.filter((t) => t.start >= from);
  let end = from;
  for (const [i, t] of after.entries()) {
    if (i >= 8 || t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'SCONJ')
      break;
    if (STOP_DESCRIPTION.has(t.lower)) break;
    end = t.end;
  }
  return text.slice(from, end).replace(/\s+/g, ' ').trim();
}

const CONTEXT_POS = new Set(['NOUN', 'VERB', 'ADJ', 'PROPN']);
const CONTEXT_WINDOW = 6;

/**
 * The content words near a figure, other than its unit: what distinguishes "26 pirates arrested"
 * from "26 pirates killed", or one person's age from another's.
 */
function contextAround(
  tokens: readonly Token[],
  start: number,
  end: number,
  unit: { start: number; end: number } | null,
): Set<string> {
  const first = tokens.findIndex((t) => t.end > start);
  let last = tokens.findIndex((t) => t.start >= end);
  if (last < 0) last = tokens.length;
  const words = new Set<string>();
  const from = Math.max(0, (first < 0 ? 0 : first) - CONTEXT_WINDOW);
  for (let i = from; i < Math.min(tokens.length, last + CONTEXT_WINDOW); i++) {
    const t = tokens[i];
    if (!t || (t.start >= start && t.end <= end) || t.stop || !CONTEXT_POS.has(t.pos)) continue;
    if (unit && t.start >= unit.start && t.end <= unit.end) continue;
    if (t.lemma === 'say' || t.lemma === 'tell' || t.lemma === 'accord') continue;
    words.add(conceptOf(t.stem));
  }
  return words;
}

/**
 * A date that opens its sentence or follows "Updated:"/"Posted:" dates the report, not the
 * event: "November 12, 2011 Indian navy has foiled…".
 */
function isDateline(article: DisagreementInput, sentence: number, start: number): boolean {
  const first = article.tokens[sentence]?.[0];
  if (!first) return false;
  if (first.start === start && /^[\p{Lu}\d]/u.test(first.text) && first.lower !== 'on') return true;
  const before = article.text.slice(Math.max(0, start - 12), start).toLowerCase();
  return /(updated|posted|published|last modified)\s*:?\s*$/.test(before);
}

function quoteAround(quotes: readonly QuoteMention[], start: number): QuoteMention | undefined {
  return quotes.find((q) => q.kind === 'direct' && q.start <= start && start < q.end);
}

/** The source an article credits a span to: the quote's speaker, else the sentence's attribution. */
function creditFor(extraction: ArticleExtraction, sentence: number, start: number): string | null {
  const quote = quoteAround(extraction.quotes, start);
  if (quote?.speaker) return quote.speaker;
  return extraction.attributions.find((a) => a.sentence === sentence)?.source ?? null;
}

/**
 * Every disagreement in a story: conflicting figures (within and across articles), opposite
 * accounts of whether the sides are coming to terms, and conflicting dates for one event.
 * Vague sizes ("the very large force") of a disputed thing are attached as related sides.
 */
export function findDisagreements(
  articles: readonly DisagreementInput[],
  aligned: AlignmentLookup,
): Disagreement[] {
  const quantities: QuantityFinding[] = [];
  const stances: StanceFinding[] = [];
  const dated: DatedSentence[] = [];
  const sentenceOrder = new Map<string, number>();

  articles.forEach((article, a) => {
    article.sentenceIds.forEach((id, i) => sentenceOrder.set(id, i));
    const offset = quantities.length;
    for (const q of article.extraction.quantities) {
      const id = article.sentenceIds[q.sentence];
      if (!id) continue;
      quantities.push({
        article: a,
        sentence: id,
        start: q.start,
        end: q.end,
        value: q.value,
        unit: q.unit,
        approximate: q.approximate,
        bound: q.bound,
        attribution: q.attribution,
        antecedent: q.antecedent === null ? null : offset + q.antecedent,
        described: describeCounted(article.tokens[q.sentence] ?? [], q.end, article.text),
        written: article.text.slice(q.start, q.end),
        context: contextAround(article.tokens[q.sentence] ?? [], q.start, q.end, q.unitSpan),
      });
    }
    article.tokens.forEach((tokens, i) => {
      const id = article.sentenceIds[i];
      if (!id || article.boilerplate[i]) return;
      for (const stance of agreementStances(tokens)) {
        stances.push({
          ...stance,
          article: a,
          sentence: id,
          attribution: creditFor(article.extraction, i, stance.start),
          words: article.text.slice(stance.start, stance.end),
        });
      }
    });
    for (const d of article.extraction.dates) {
      const id = article.sentenceIds[d.sentence];
      if (isDateline(article, d.sentence, d.start)) continue;
      if (id && d.date && d.granularity === 'day')
        dated.push({ article: a, sentence: id, start: d.start, end: d.end, date: d.date });
    }
  });

  const numeric = findNumericDisagreements(quantities, sentenceOrder, aligned);
  for (const d of numeric) d.related = relatedVagueSizes(d, quantities, articles, aligned);
  // Hashed ids collide in huge stories; the contract wants them unique.
  return withUniqueIds([
    ...numeric,
    ...findStanceDisagreements(stances),
    ...findDateDisagreements(dated, aligned),
  ]);
}

/**
 * Vague sizes of the disputed thing in other sentences that report the same situation:
 * "the very large Russian force" next to "100,000 Russian troops".
 */
function relatedVagueSizes(
  disagreement: Disagreement,
  quantities: readonly QuantityFinding[],
  articles: readonly DisagreementInput[],
  aligned: AlignmentLookup,
): Side[] {
  const units = new Set(
    quantities
      .filter((q) =>
        disagreement.sides.some((s) => s.sentence === q.sentence && s.start === q.start),
      )
      .map((q) => unitKey(q.unit)),
  );
  const sideSentences = disagreement.sides.map((s) => s.sentence);
  const related: Side[] = [];
  for (const article of articles) {
    for (const v of article.extraction.vague) {
      const id = article.sentenceIds[v.sentence];
      if (!id || !units.has(unitKey(v.head))) continue;
      if (!sideSentences.some((s) => s === id || aligned(s, id) > 0)) continue;
      related.push({
        sentence: id,
        start: v.start,
        end: v.end,
        value: null,
        attribution: creditFor(article.extraction, v.sentence, v.start),
      });
    }
  }
  return related;
}
