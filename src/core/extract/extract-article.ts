import type { Token } from '../types';
import { findAntecedent, isAnaphoricFigure } from './quantities/anaphora';
import {
  type CreditedPart,
  type SentenceCredit,
  attributeByQuote,
  creditSentence,
  spokenSentences,
} from './attribution/attributions';
import { findDates } from './dates/sentence-dates';
import { buildEntityIndex } from './names/entities';
import { PERSON_PRONOUNS } from './cue-words';
import { PersonResolver } from './names/person-resolver';
import { findQuantities } from './quantities/quantities';
import { liveParagraphs, placeQuotes, quoteMasks } from './quotes/quote-placement';
import { scanQuotes } from './quotes/quote-scanner';
import type { SourceContext } from './attribution/sources';
import type { CueSentence } from './quotes/speaker-cues';
import { type PlacedQuote, SpeakerAssigner } from './quotes/speakers';
import type {
  ArticleExtraction,
  AttributionMention,
  DateExpression,
  ExtractInput,
  QuantityMention,
  QuoteMention,
  VagueAmount,
} from './types';
import { findVagueAmounts } from './quantities/vague-amounts';

/**
 * Extracts from one article the figures, attributions, quotations with speakers, named
 * entities, dates and vague amounts, each with its sentence index and exact offsets into
 * `input.text`. Boilerplate sentences are skipped. Time is linear in the text: every step reads
 * each sentence's tokens a bounded number of times.
 *
 * @example
 * const sentences = splitSentences(ingested.text, ingested.paragraphs);
 * const tokens = tokenizeSpans(engine, ingested.text, sentences);
 * extractArticle({ text: ingested.text, sentences, tokens, published: '2014-03-30' });
 */
export function extractArticle(input: ExtractInput): ArticleExtraction {
  const { text, sentences, tokens, published } = input;
  const live = sentences.flatMap((s, i) => (s.boilerplate ? [] : [i]));
  const placed = placeQuotes(scanQuotes(text, liveParagraphs(sentences, live)), sentences, live);
  const masks = quoteMasks(tokens, placed, live);
  const views: CueSentence[] = live.map((index) => ({
    index,
    paragraph: sentences[index]?.paragraph ?? 0,
    tokens: tokens[index] ?? [],
    inQuote: masks.get(index) ?? [],
  }));
  const entities = buildEntityIndex(text, views);
  const ctx: SourceContext = { text, entities, people: new PersonResolver(entities, views) };
  const { quotes, clauses } = readSpeech(ctx, views, placed, live);

  const attributions: AttributionMention[] = [];
  const dates: DateExpression[] = [];
  const quantities: QuantityMention[] = [];
  const vague: VagueAmount[] = [];
  const spoken = spokenSentences(quotes);
  for (const { index: sentence, tokens: sentenceTokens } of views) {
    const credit = clauses.get(sentence);
    const attribution = credit?.mention ?? attributeByQuote(ctx, sentence, spoken);
    if (attribution) attributions.push(attribution);
    const found = findDates(sentenceTokens, published);
    dates.push(...found.dates.map((d) => ({ sentence, ...d })));
    addQuantities(quantities, sentence, sentenceTokens, found.taken, {
      source: attribution?.source ?? null,
      parts: credit?.parts ?? [],
    });
    vague.push(...findVagueAmounts(text, sentenceTokens).map((v) => ({ sentence, ...v })));
  }
  return {
    quantities,
    attributions,
    quotes,
    entities: entities.mentions.map(({ sentence, start, end, name, key, type }) => ({
      sentence,
      start,
      end,
      name,
      key,
      type,
    })),
    dates,
    vague,
    people: [...entities.people.values()].map((p) => ({
      key: p.key,
      name: p.name,
      aliases: [...p.aliases].sort(),
    })),
  };
}

/**
 * Reads who says what, in reading order — a pronoun resolved in one sentence becomes the
 * antecedent of the next: each sentence's pronouns and reporting clauses, then the quotations
 * that close in it.
 */
function readSpeech(
  ctx: SourceContext,
  views: readonly CueSentence[],
  placed: readonly PlacedQuote[],
  live: readonly number[],
): { quotes: QuoteMention[]; clauses: Map<number, SentenceCredit> } {
  const assigner = new SpeakerAssigner(ctx, new Map(views.map((v) => [v.index, v])), live);
  const quotes: QuoteMention[] = [];
  const clauses = new Map<number, SentenceCredit>();
  let next = 0;
  for (const view of views) {
    resolveSubjectPronouns(ctx, view);
    const credit = creditSentence(ctx, view.index, view.tokens, view.inQuote);
    if (credit.mention) clauses.set(view.index, credit);
    for (
      let quote = placed[next];
      quote && quote.lastSentence <= view.index;
      quote = placed[++next]
    ) {
      const mention = assigner.assign(quote);
      if (mention) quotes.push(mention);
    }
  }
  quotes.sort((a, b) => a.start - b.start);
  return { quotes, clauses };
}

/**
 * Resolves every "he"/"she" outside quotations, so that a chain of pronouns over several
 * sentences keeps pointing at the person it started from.
 */
function resolveSubjectPronouns(ctx: SourceContext, view: CueSentence): void {
  view.tokens.forEach((t, i) => {
    const gender = t.pos === 'PRON' && !view.inQuote[i] ? PERSON_PRONOUNS.get(t.lower) : undefined;
    if (gender !== undefined) ctx.people.resolvePronoun(view.index, i, gender);
  });
}

/**
 * Who a sentence credits its figures to: its source, or, when contrasted clauses credit
 * different sources, the source of the part each figure is in.
 */
type FigureCredit = { source: string | null; parts: readonly CreditedPart[] };

/**
 * Adds one sentence's figures to `quantities`: credited to the sentence's source (or to the
 * source of their part of the sentence), anaphoric bare figures linked to the figure they
 * re-count, and spelled-out numbers that count nothing ("the two", "one said") dropped.
 */
function addQuantities(
  quantities: QuantityMention[],
  sentence: number,
  tokens: readonly Token[],
  taken: ReadonlySet<number>,
  credit: FigureCredit,
): void {
  for (const q of findQuantities(tokens, taken)) {
    const part = credit.parts.find((p) => p.first <= q.firstToken && q.firstToken <= p.last);
    const attribution = part?.mention.source ?? credit.source;
    const mention: QuantityMention = {
      sentence,
      start: q.start,
      end: q.end,
      value: q.value,
      unit: q.unit,
      unitSpan: q.unitSpan,
      approximate: q.approximate,
      bound: q.bound,
      qualifier: q.qualifier,
      ...(q.uncertain ? { uncertain: true as const } : {}),
      attribution,
      antecedent: null,
    };
    if (mention.unit === null && isAnaphoricFigure(tokens, q.firstToken)) {
      const antecedent = findAntecedent(quantities, quantities.length, sentence);
      const target = antecedent === null ? undefined : quantities[antecedent];
      if (target) Object.assign(mention, { antecedent, unit: target.unit });
    }
    if (mention.unit !== null || !q.spelled) quantities.push(mention);
  }
}
