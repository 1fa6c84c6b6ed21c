/**
 * What the extraction stage finds in one article: figures, who claims what, quotes and their
 * speakers, named things, dates and vague sizes. Every mention carries the index of its sentence
 * (into the `sentences` given to `extractArticle`) and an exact [start, end) span of UTF-16 offsets
 * into the article text. Boilerplate sentences are skipped and yield nothing.
 */
import type { SentenceSpan, Token } from '../types';

/** What `extractArticle` is given. */
export type ExtractInput = {
  /** The article text; all offsets index it. */
  text: string;
  /** Sentences in reading order; boilerplate ones are skipped. */
  sentences: SentenceSpan[];
  /** Tokens per sentence, same order as `sentences` (from `tokenizeSpans`). */
  tokens: Token[][];
  /** YYYY-MM-DD; the reference for relative dates ("on Saturday"). */
  published: string | null;
};

/** How a qualifier bounds a figure: "at least 5" (min), "nearly 5" (max), "about 5" (around). */
export type QuantityBound = 'min' | 'max' | 'around';

/** A figure with its normalized value and the thing it counts. */
export type QuantityMention = {
  sentence: number;
  /** The figure with its qualifier: "nearly an hour", "100,000", "$2.3bn", "12%". */
  start: number;
  end: number;
  /** 100000 for "100,000", 2.3e9 for "$2.3bn", 1 for "an hour", 0.5 for "half an hour". */
  value: number;
  /**
   * The thing counted: counted nouns lower-cased as written ("troops", "pirates"); time units
   * singular ("hour", "decade"); "%" for percentages; the currency sign for money ("$", "€", "£");
   * "years old" for ages ("Price, 41,", "the 41-year-old"); null for a bare number.
   */
  unit: string | null;
  /** Where the unit word is, when it is written (null for "%" signs inside the figure, bare). */
  unitSpan: { start: number; end: number } | null;
  /** True for "about", "nearly", "at least", "dozens of"… */
  approximate: boolean;
  /** Which way a qualifier bounds the value; null when exact. */
  bound: QuantityBound | null;
  /** The qualifier as written ("nearly", "more than"), or null. */
  qualifier: string | null;
  /**
   * Set when the writing leaves the value in doubt: "1.500" in English text is 1.5 by its
   * decimal point, 1500 by European grouping. No contradiction may rest on it alone.
   */
  uncertain?: true;
  /** Who the sentence credits the figure to (the sentence's attribution source), or null. */
  attribution: string | null;
  /**
   * For an anaphoric bare figure ("US officials have put the number at 40,000"): the index in
   * `ArticleExtraction.quantities` of the figure it re-counts; its unit is copied from there.
   */
  antecedent: number | null;
};

/** How an attribution was recognized. */
export type AttributionCue =
  | 'according-to'
  | 'reporting-verb'
  | 'inverted'
  | 'estimate-at'
  | 'citing'
  | 'reportedly'
  | 'quote';

/** Who a sentence credits its claim to. At most one per sentence. */
export type AttributionMention = {
  sentence: number;
  /** The source: a person's canonical full name ("Sergei Lavrov") or the noun phrase ("Kyiv"). */
  source: string;
  /** Lower-cased canonical key for matching ("sergei lavrov", "us officials"). */
  key: string;
  /** Span of the source as written in this sentence (for a pronoun: the pronoun). */
  start: number;
  end: number;
  /** The cue word(s) as written: "according to", "said", "have put", "reportedly". */
  cue: string;
  kind: AttributionCue;
  /** "Reuters, citing officials": the cited source ("officials"), else null. */
  citing: string | null;
  /** True when the source is a person (named, or a pronoun resolved to one). */
  person: boolean;
};

/** How a quote's speaker was found. */
export type SpeakerVia = 'cue' | 'pronoun' | 'role' | 'continuation' | 'none';

/** A direct quotation with its speaker. */
export type QuoteMention = {
  /** The sentence where the quotation opens. */
  sentence: number;
  /** The sentence where it closes (same as `sentence` for one-sentence quotes). */
  lastSentence: number;
  /** The quoted words, without the quotation marks. */
  start: number;
  end: number;
  /** The speaker: a person's canonical full name or the noun phrase ("a friend of the singer"). */
  speaker: string | null;
  /** Lower-cased canonical key of the speaker. */
  speakerKey: string | null;
  /** Where the speaker is named or referred to ("he"), when found. */
  speakerSpan: { start: number; end: number } | null;
  via: SpeakerVia;
  /**
   * 'direct' for speech; 'term' for short quoted words without a speaker (titles, scare quotes:
   * “Summer Tides”, ‘referendum’).
   */
  kind: 'direct' | 'term';
};

/** What kind of thing a name names; 'other' when the clues do not tell. */
export type EntityType = 'person' | 'place' | 'organization' | 'other';

/** A named thing mentioned in a sentence. */
export type EntityMention = {
  sentence: number;
  start: number;
  end: number;
  /** Canonical display form ("Sergei Lavrov" for "Lavrov", "United States" for "U.S."). */
  name: string;
  /** Lower-cased, accent-free canonical key ("sergei lavrov", "united states"). */
  key: string;
  type: EntityType;
};

/** How precise a date is. */
export type DateGranularity = 'day' | 'week' | 'month' | 'year';

/** A date mentioned in a sentence. */
export type DateExpression = {
  sentence: number;
  start: number;
  end: number;
  /**
   * ISO form at its granularity: YYYY-MM-DD (day; for 'week' the Monday of the week), YYYY-MM,
   * YYYY; null when it cannot be resolved (a relative day without a publication date).
   */
  date: string | null;
  granularity: DateGranularity;
  /** True when resolved against the publication date ("on Saturday", "yesterday"). */
  relative: boolean;
};

/** A size described without a figure: "the very large Russian force", "a handful of". */
export type VagueAmount = {
  sentence: number;
  /** The whole phrase, from the size words to the head noun. */
  start: number;
  end: number;
  /** The size words as written ("very large", "numerous", "a handful of"). */
  cue: string;
  /** Lemma of the thing sized ("force", "sanction", "buildup"). */
  head: string;
  headSpan: { start: number; end: number };
  /** Whether the words say the amount is big or small. */
  direction: 'large' | 'small';
};

/** A person named in the article, with every form used for them. */
export type PersonRecord = {
  key: string;
  name: string;
  /** Canonical keys of the shorter forms that resolve to this person ("lavrov"). */
  aliases: string[];
};

/** Everything extracted from one article; arrays are in reading order. */
export type ArticleExtraction = {
  quantities: QuantityMention[];
  attributions: AttributionMention[];
  quotes: QuoteMention[];
  entities: EntityMention[];
  dates: DateExpression[];
  vague: VagueAmount[];
  people: PersonRecord[];
};

/** A sentence's tokens with its index, as the extractors see it. */
export type SentenceTokens = { index: number; tokens: readonly Token[] };
