import type { PartOfSpeech, Span, Token } from '../types';
import { joinNumeralTokens, withoutInvisible } from './numeral-tokens';
import { verbLemma } from './verb-lemmas';

/**
 * The part of the NLP library the core uses, so that the model can be loaded lazily
 * (in a Web Worker) or eagerly (on the command line) and handed in.
 */
export type NlpEngine = {
  /** Tokens of `text` in order. */
  tokenize(text: string): RawToken[];
};

/** A token as the NLP library reports it, before offsets are attached. */
export type RawToken = {
  text: string;
  lemma: string;
  stem: string;
  stop: boolean;
  pos: string;
  kind: string;
  negated: boolean;
};

/** The library's part of speech for white space. */
const SPACE_POS = 'SPACE';

/**
 * Tokenizes each span of `text` (paragraphs: the library and the offsets both stay linear)
 * and attaches exact offsets by finding each token's text from a moving cursor. Invisible
 * characters (zero-width space, soft hyphen, word joiner) are removed before the library reads
 * the text, so "Ky\u00ADiv" is one word and "15\u200B00" one number; a token's offsets still
 * index `text` (and span any invisible characters inside it), its `text` is what it reads. The
 * pieces of one numeral are joined into one token ("1'200", "1 200", "−15", "2½").
 *
 * @example tokenizeSpans(engine, 'Hi there.', [{ start: 0, end: 9 }])[0]?.map((t) => t.text)
 *   // ['Hi', 'there', '.']
 */
export function tokenizeSpans(engine: NlpEngine, text: string, spans: Span[]): Token[][] {
  return spans.map((span) => {
    const visible = withoutInvisible(text.slice(span.start, span.end));
    const slice = visible.text;
    const tokens: Token[] = [];
    let cursor = 0;
    for (const raw of engine.tokenize(slice)) {
      if (raw.pos === SPACE_POS || raw.text.trim() === '') continue;
      const at = slice.indexOf(raw.text, cursor);
      // The library may normalize a token (e.g. quotes); then skip it rather than guess offsets.
      if (at < 0) continue;
      cursor = at + raw.text.length;
      const lower = raw.text.toLowerCase();
      const lemma = raw.lemma.toLowerCase();
      tokens.push({
        start: at,
        end: cursor,
        text: raw.text,
        lower,
        lemma: raw.pos === 'VERB' ? verbLemma(lower, lemma) : lemma,
        stem: raw.stem,
        stop: raw.stop,
        pos: raw.pos as PartOfSpeech,
        kind: raw.kind,
        negated: raw.negated,
      });
    }
    const { offsets } = visible;
    const original = (at: number): number => span.start + (offsets ? (offsets[at] ?? at) : at);
    const joined = joinNumeralTokens(tokens, slice);
    // Every token here was made above: move them to offsets in `text` in place.
    for (const t of joined) {
      t.end = original(t.end - 1) + 1;
      t.start = original(t.start);
    }
    return joined;
  });
}
