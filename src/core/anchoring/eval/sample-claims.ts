import type { Span } from '../../types';
import { paragraphSpans } from './edit-article';
import type { Random } from './prng';

/** An article of the evaluation, and the story it reports (articles of one story share text). */
export type EvalArticle = { name: string; story: string; text: string };

/** What a reader may link: a sentence, or a span inside one (a figure, a quotation, a phrase). */
export type ClaimKind = 'sentence' | 'figure' | 'quotation' | 'phrase';

/** A claim to link: its range, and the sentence that holds it (removed in deletion trials). */
export type Claim = { article: EvalArticle; kind: ClaimKind; span: Span; sentence: Span };

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * The sentences of `text` worth linking: segmented paragraph by paragraph, trimmed, with at
 * least four words of letters, and whose text occurs only once in the article (a link to one
 * of two identical sentences is ambiguous by nature, so deleting it could not be judged).
 */
export function linkableSentences(text: string): Span[] {
  const out: Span[] = [];
  for (const paragraph of paragraphSpans(text)) {
    const slice = text.slice(paragraph.start, paragraph.end);
    for (const seg of segmenter.segment(slice)) {
      const lead = seg.segment.length - seg.segment.trimStart().length;
      const body = seg.segment.trim();
      const start = paragraph.start + seg.index + lead;
      const words = body.match(/\p{L}{2,}/gu) ?? [];
      if (words.length < 4 || text.indexOf(body) !== text.lastIndexOf(body)) continue;
      out.push({ start, end: start + body.length });
    }
  }
  return out;
}

/** Spans inside `sentence` of the given kind: figures (with their unit when short), quotations. */
function spansIn(text: string, sentence: Span, kind: 'figure' | 'quotation'): Span[] {
  const inner = text.slice(sentence.start, sentence.end);
  const re =
    kind === 'figure'
      ? /\d[\d,./:-]*\d(?:\s+\p{L}+)?|\d\s+\p{L}+/gu
      : /“[^”]{6,}”|"[^"]{6,}"|‘[^’]{6,}’/g;
  return [...inner.matchAll(re)].map((m) => ({
    start: sentence.start + m.index,
    end: sentence.start + m.index + m[0].length,
  }));
}

/** Two to five consecutive words of `sentence`. */
function phraseIn(text: string, sentence: Span, random: Random): Span {
  const words = [...text.slice(sentence.start, sentence.end).matchAll(/\S+/g)];
  const length = Math.min(words.length, random.int(2, 5));
  const first = random.int(0, words.length - length);
  const a = words[first];
  const b = words[first + length - 1];
  if (!a || !b) return sentence;
  return { start: sentence.start + a.index, end: sentence.start + b.index + b[0].length };
}

/** Whether `span`'s text occurs only once in `text` (see `linkableSentences`). */
function unique(text: string, span: Span): boolean {
  const quote = text.slice(span.start, span.end);
  return text.indexOf(quote) === text.lastIndexOf(quote);
}

/**
 * Picks claims from each article: up to `sentences` sentences and `spans` spans inside other
 * sentences (a figure or a quotation where the sentence has one, else a phrase of 2–5 words).
 * Like sentences, spans are only taken where their text occurs once in the article.
 */
export function sampleClaims(
  articles: readonly EvalArticle[],
  random: Random,
  perArticle: { sentences: number; spans: number },
): Claim[] {
  const claims: Claim[] = [];
  for (const article of articles) {
    const sentences = random.shuffle(linkableSentences(article.text));
    for (const sentence of sentences.slice(0, perArticle.sentences)) {
      claims.push({ article, kind: 'sentence', span: sentence, sentence });
    }
    const rest = sentences.slice(perArticle.sentences, perArticle.sentences + perArticle.spans);
    for (const sentence of rest) {
      const isUnique = (span: Span) => unique(article.text, span);
      const figures = spansIn(article.text, sentence, 'figure').filter(isUnique);
      const quotations = spansIn(article.text, sentence, 'quotation').filter(isUnique);
      if (quotations.length > 0 && (figures.length === 0 || random.chance(0.5))) {
        claims.push({ article, kind: 'quotation', span: random.pick(quotations), sentence });
      } else if (figures.length > 0) {
        claims.push({ article, kind: 'figure', span: random.pick(figures), sentence });
      } else {
        const phrase = phraseIn(article.text, sentence, random);
        if (isUnique(phrase)) claims.push({ article, kind: 'phrase', span: phrase, sentence });
      }
    }
  }
  return claims;
}
