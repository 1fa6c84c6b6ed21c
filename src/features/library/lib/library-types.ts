/** The stories a reader builds from their own articles, as the library keeps them. */

/** One article the reader added, as given (after decoding) plus the metadata they confirmed. */
export type LibraryArticle = {
  /** Unique within its story; derived from the text and the time it was added. */
  id: string;
  /** The file's name, or a name made up for a pasted text ("pasted-1.txt"). */
  file: string;
  /**
   * The decoded text exactly as given (plain text, Markdown or HTML source). The analysis reads
   * this, so that a story exported and imported again gives the same comparison. It is never
   * rendered as HTML.
   */
  source: string;
  /** Inferred from the text, then editable. */
  title: string;
  outlet: string | null;
  /** YYYY-MM-DD, or null when unknown. */
  published: string | null;
  /** The article's web address, when known (stories stored before it was kept have none). */
  url?: string | null;
  /** ISO time the article was added. */
  addedAt: string;
  /** What decoding had to say (a replacement encoding, a language other than English). */
  notices: string[];
};

/** A story of the reader's own: its articles in column order. */
export type LibraryStory = {
  /** "user:<hash>": the id deep links use. */
  id: string;
  title: string;
  /** ISO times. */
  createdAt: string;
  updatedAt: string;
  articles: LibraryArticle[];
};

/** The metadata of an article the reader may edit. */
export type ArticleMetadataEdit = Partial<
  Pick<LibraryArticle, 'title' | 'outlet' | 'published' | 'url'>
>;
