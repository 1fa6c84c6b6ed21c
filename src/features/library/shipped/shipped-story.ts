/** A story shipped with the app from a licensed corpus, as its manifest lists it. */
export type ShippedStory = {
  /** "ecb:<folder>": the id links and the picker use. */
  id: string;
  /** The folder under `shipped/ecb/` holding its article files. */
  folder: string;
  /** A short name for the picker. */
  title: string;
  articles: ShippedArticle[];
};

/** One article of a shipped story, with what its credit needs. */
export type ShippedArticle = {
  file: string;
  title: string;
  outlet: string | null;
  /** The article's address, where the corpus gives one. */
  url: string | null;
};

/** The credit every shipped corpus story carries (its licence requires it). */
export const ECB_CREDIT =
  'Articles from the ECB+ corpus (Cybulska and Vossen, LREC 2014), CC BY 3.0; annotation © the NewsReader project. Text rebuilt from the corpus’s tokens.';

/** The licence's address, linked from the credit. */
export const ECB_LICENCE_URL = 'https://creativecommons.org/licenses/by/3.0/';
