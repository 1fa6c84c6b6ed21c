import type {
  Analysis,
  Article,
  Disagreement,
  Fact,
  Quote,
  Sentence,
  Side,
} from '../../../core/contract';
import type { SlicedWork } from './sliced-work';
import { finish } from './sliced-work';
import { sourceLabels } from './source-labels';

/** A sentence with everything the view needs to place and label it. */
export type SentenceInfo = {
  id: string;
  sentence: Sentence;
  article: Article;
  /** The article's column, from 0. */
  column: number;
  /** Position in `article.sentences`. */
  index: number;
  text: string;
  /** Paragraph number among the article's body paragraphs, from 1 (what "¶ 7" refers to). */
  paragraph: number;
  /** Boilerplate that no Fact holds: hidden from the comparison. */
  hidden: boolean;
};

/** A disputed span, or a vague mention of the disputed thing, in some sentence. */
export type SideRef = { disagreement: Disagreement; side: Side; role: 'side' | 'related' };

/** Lookups over one Analysis, built once; a Fact naming unknown sentences is cleaned up here. */
export type AnalysisIndex = {
  analysis: Analysis;
  /** The column name of each article. */
  labels: string[];
  sentences: Map<string, SentenceInfo>;
  /** Visible sentences of each article, in reading order. */
  body: SentenceInfo[][];
  /** Facts whose sentences all exist and span at least two articles. */
  facts: Fact[];
  factsBySentence: Map<string, Fact[]>;
  /** Disagreements with at least one side whose sentence exists. */
  disagreements: Disagreement[];
  sidesBySentence: Map<string, SideRef[]>;
  quotesBySentence: Map<string, Quote[]>;
};

/** Sliced work over many small items may pause once per this many. */
const ITEMS_BETWEEN_PAUSES = 200;

/**
 * Indexes an Analysis for the viewer. It tolerates an incomplete or inconsistent analysis (a core
 * still being built): references to unknown sentences are dropped, never thrown on.
 *
 * @example indexAnalysis(analysis).factsBySentence.get('dw:3') // the Facts holding that sentence
 */
export function indexAnalysis(analysis: Analysis): AnalysisIndex {
  return finish(indexSteps(analysis));
}

/** `indexAnalysis` as sliced work: it may pause after each article and every few hundred items. */
export function* indexSteps(analysis: Analysis): SlicedWork<AnalysisIndex> {
  const labels = sourceLabels(analysis.articles);
  const sentences = new Map<string, SentenceInfo>();
  const infos: SentenceInfo[][] = [];
  for (const [column, article] of analysis.articles.entries()) {
    const paragraphs = paragraphNumbers(article);
    yield;
    const list = article.sentences.map((sentence, index): SentenceInfo => {
      const info: SentenceInfo = {
        id: sentence.id,
        sentence,
        article,
        column,
        index,
        text: article.text.slice(sentence.start, sentence.end),
        paragraph: paragraphs[index] ?? 1,
        hidden: sentence.boilerplate === true,
      };
      sentences.set(sentence.id, info);
      return info;
    });
    infos.push(list);
    yield;
  }

  const facts: Fact[] = [];
  const factsBySentence = new Map<string, Fact[]>();
  for (const [k, fact] of analysis.facts.entries()) {
    if (k % ITEMS_BETWEEN_PAUSES === 0) yield;
    const members = [...new Set(fact.sentences)].filter((id) => sentences.has(id));
    const columns = new Set(members.map((id) => sentences.get(id)?.column));
    if (columns.size < 2) continue;
    const clean = members.length === fact.sentences.length ? fact : { ...fact, sentences: members };
    facts.push(clean);
    for (const id of members) {
      pushTo(factsBySentence, id, clean);
      // A Fact never holds boilerplate by contract; if one does, show the sentence rather than hide it.
      const info = sentences.get(id);
      if (info) info.hidden = false;
    }
  }

  const disagreements: Disagreement[] = [];
  const sidesBySentence = new Map<string, SideRef[]>();
  for (const [k, disagreement] of analysis.disagreements.entries()) {
    if (k % ITEMS_BETWEEN_PAUSES === 0) yield;
    const sides = disagreement.sides.filter((side) => sentences.has(side.sentence));
    if (sides.length === 0) continue;
    disagreements.push(disagreement);
    for (const side of sides)
      pushTo(sidesBySentence, side.sentence, { disagreement, side, role: 'side' });
    for (const side of disagreement.related ?? []) {
      if (sentences.has(side.sentence)) {
        pushTo(sidesBySentence, side.sentence, { disagreement, side, role: 'related' });
      }
    }
  }

  const quotesBySentence = new Map<string, Quote[]>();
  for (const [k, quote] of analysis.quotes.entries()) {
    if (k % ITEMS_BETWEEN_PAUSES === 0) yield;
    if (sentences.has(quote.sentence)) pushTo(quotesBySentence, quote.sentence, quote);
  }

  const body = infos.map((list) => list.filter((info) => !info.hidden));
  return {
    analysis,
    labels,
    sentences,
    body,
    facts,
    factsBySentence,
    disagreements,
    sidesBySentence,
    quotesBySentence,
  };
}

/**
 * The paragraph number of each sentence (by index), counting only paragraphs that hold a
 * non-boilerplate sentence, from 1. A line break between two sentences starts a new paragraph.
 *
 * @example paragraphNumbers(article) // [1, 1, 2, 3, 3]
 */
export function paragraphNumbers(article: Pick<Article, 'text' | 'sentences'>): number[] {
  const raw: number[] = [];
  let paragraph = 0;
  let previousEnd = 0;
  article.sentences.forEach((sentence, i) => {
    if (i > 0 && article.text.slice(previousEnd, sentence.start).includes('\n')) paragraph += 1;
    raw.push(paragraph);
    previousEnd = Math.max(previousEnd, sentence.end);
  });
  const counted = new Map<number, number>();
  article.sentences.forEach((sentence, i) => {
    const p = raw[i] ?? 0;
    if (!sentence.boilerplate && !counted.has(p)) counted.set(p, counted.size + 1);
  });
  return raw.map((p) => counted.get(p) ?? 0);
}

/**
 * The sentences that report the same thing as `id`: every other member of every Fact that holds
 * it (empty for a sentence only its own source has).
 */
export function counterpartsOf(index: AnalysisIndex, id: string): Set<string> {
  const out = new Set<string>();
  for (const fact of index.factsBySentence.get(id) ?? []) {
    for (const other of fact.sentences) if (other !== id) out.add(other);
  }
  return out;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
