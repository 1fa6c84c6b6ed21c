/**
 * The Analysis that the core computes and the command line prints (analysis contract, version 1).
 * Offsets are UTF-16 code units into `Article.text`, end exclusive.
 * Fields beyond the contract's are optional additions; none changes a contract field's meaning.
 */

/** One article of a story, with every sentence of its body in reading order. */
export type Article = {
  /** Stable: derived from the outlet and a hash of the text. */
  id: string;
  /** The file's base name (or the name the user gave a pasted article). */
  file: string;
  title: string;
  outlet: string | null;
  /** YYYY-MM-DD when the text states it. */
  published: string | null;
  /** The article text exactly as read (after decoding; HTML reduced to text); offsets index it. */
  text: string;
  sentences: Sentence[];
  /** Wire agencies credited, e.g. "dpa, AP, AFP". */
  credits?: string | null;
  /** Who wrote it, when the page's metadata or a byline says so. */
  author?: string;
};

export type Sentence = {
  /** Unique across the whole Analysis. */
  id: string;
  start: number;
  end: number;
  /** Navigation, share/comment blurbs, credits: never part of a Fact. */
  boilerplate?: boolean;
  /** The article's headline. */
  headline?: boolean;
};

export type FactRelation = 'agree' | 'partial' | 'conflict';

/** A group of sentences, from at least two articles, that report the same thing. */
export type Fact = {
  id: string;
  sentences: string[];
  relation: FactRelation;
  /** How strongly the sentences match, 0..1. */
  score?: number;
};

export type DisagreementKind = 'numeric' | 'qualitative' | 'date' | 'attribution';

export type Side = {
  sentence: string;
  start: number;
  end: number;
  value: number | null;
  attribution: string | null;
  /** The disputed value as the article writes it: "seven", "$90 million", "1987". */
  written?: string;
  /** What a figure is measured in: a currency sign, a time unit, "%". */
  unit?: string;
  /** A date side's date, YYYY, YYYY-MM or YYYY-MM-DD. */
  date?: string;
};

export type Disagreement = {
  id: string;
  kind: DisagreementKind;
  /** e.g. "Russian troops near Ukraine's eastern borders: 100,000 vs 40,000". */
  summary: string;
  /** Two or more; sides may come from the same article. */
  sides: Side[];
  /** Vague descriptions of the same thing ("the very large Russian force"). */
  related?: Side[];
};

export type Quote = { sentence: string; start: number; end: number; speaker: string | null };

export type Quantity = {
  sentence: string;
  start: number;
  end: number;
  value: number;
  unit: string | null;
  attribution: string | null;
  /** "about", "at least", "nearly"…: the value is not exact. */
  approximate?: boolean;
  /** "1.500" in English text (1.5 or 1500?): the writing leaves the value in doubt. */
  uncertain?: boolean;
};

/** A date mentioned in a sentence, resolved against the publication date where relative. */
export type DateMention = { sentence: string; start: number; end: number; date: string };

export type Analysis = {
  version: 1;
  articles: Article[];
  facts: Fact[];
  disagreements: Disagreement[];
  quotes: Quote[];
  quantities: Quantity[];
  dates?: DateMention[];
};
