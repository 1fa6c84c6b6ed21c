/** Internal types shared by the core's stages. The public output is in `contract.ts`. */

/** A half-open range [start, end) of UTF-16 offsets into an article's text. */
export type Span = { start: number; end: number };

/** What the core is given: a file's name and its decoded text. */
export type ArticleInput = { file: string; text: string };

export type SourceFormat = 'text' | 'markdown' | 'html';

/** Metadata inferred from the text. */
export type ArticleMetadata = {
  title: string;
  /** Where the title line lies in the text, when it is there. */
  titleSpan: Span | null;
  outlet: string | null;
  /** YYYY-MM-DD */
  published: string | null;
  /** Wire agencies credited, e.g. "dpa, AP, AFP". */
  credits: string | null;
  /** Who wrote it, when the page or a byline says so. */
  author?: string | null;
  /** The article's address, when the text or the page gives it. */
  url?: string | null;
};

/** An article after ingest: readable text, its paragraphs, and inferred metadata. */
export type IngestedArticle = {
  file: string;
  format: SourceFormat;
  /** Readable text; for HTML, the text the markup reduces to. All offsets index it. */
  text: string;
  /** Non-empty paragraphs (blocks separated by blank lines or line breaks), trimmed. */
  paragraphs: Span[];
  metadata: ArticleMetadata;
  /** The title's span and any paragraph that repeats the title: sentences there are headlines. */
  headlines?: Span[];
};

/** A sentence with its place in the article. */
export type SentenceSpan = Span & {
  /** Index of the paragraph that holds it. */
  paragraph: number;
  boilerplate: boolean;
  headline: boolean;
};

/** Universal part-of-speech tags as the NLP model gives them. */
export type PartOfSpeech =
  | 'ADJ'
  | 'ADP'
  | 'ADV'
  | 'AUX'
  | 'CCONJ'
  | 'DET'
  | 'INTJ'
  | 'NOUN'
  | 'NUM'
  | 'PART'
  | 'PRON'
  | 'PROPN'
  | 'PUNCT'
  | 'SCONJ'
  | 'SYM'
  | 'VERB'
  | 'X'
  | 'SPACE';

/** One token with exact offsets into the article text. */
export type Token = Span & {
  text: string;
  /** Lower-cased text. */
  lower: string;
  lemma: string;
  /** Porter stem of the lower-cased text ("withdrawal" → "withdraw"). */
  stem: string;
  /** A stop word ("the", "of", "has"). */
  stop: boolean;
  pos: PartOfSpeech;
  /** Lexical kind: word, number, punctuation, symbol, url, email, … */
  kind: string;
  /** The model's negation flag (set inside the scope of "not", "no", "never"…). */
  negated: boolean;
};
