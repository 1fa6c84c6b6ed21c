import type { Token } from '../types';
import { entityKey, pairAliasKey } from './entity-key';
import { isNonContent } from './filler-words';

/** What a feature says about a sentence: a content word, a name, a number or a date. */
export type FeatureKind = 'word' | 'name' | 'number' | 'date';

/** The features of one sentence: keys like "w:withdraw", "e:lavrov", "n:100000", "d:2014-03-30". */
export type SentenceFeatures = Map<string, FeatureKind>;

const CONTENT_POS = new Set(['NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'NUM']);
const WORDLIKE = /\p{L}/u;
const LETTERS = /\p{L}/gu;
const COMMON_POS = new Set(['NOUN', 'VERB', 'ADJ', 'ADV']);

function isCapitalized(token: Token): boolean {
  const first = token.text.charAt(0);
  return first !== first.toLowerCase();
}

/**
 * Headlines capitalize most words ("Kerry Meets Lavrov, Urges Troop Pullback"): there, capitals
 * say little, so only the tagger's proper nouns count as names.
 */
function isTitleCase(tokens: readonly Token[]): boolean {
  if (tokens.every((t) => t.text === t.text.toUpperCase())) {
    // All capitals: a shouted headline when it has a dozen letters.
    const letters = tokens.reduce((n, t) => n + (t.text.match(LETTERS)?.length ?? 0), 0);
    if (letters >= 12) return true;
  }
  // Counted in one pass: the longer words after the first, and the common words among them.
  let common = 0;
  let commonCapitalized = 0;
  let longer = 0;
  let longerCapitalized = 0;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.text.length <= 3 || !WORDLIKE.test(t.text)) continue;
    const capitalized = isCapitalized(t);
    longer++;
    if (capitalized) longerCapitalized++;
    if (COMMON_POS.has(t.pos)) {
      common++;
      if (capitalized) commonCapitalized++;
    }
  }
  if (common >= 2 && commonCapitalized / common >= 0.6) return true;
  // The tagger may take a capitalized headline's words for names: "Price Checks into Harbor
  // View, Rehires Attorney". Four longer words or more, nearly all capitalized, make a headline.
  return longer >= 4 && longerCapitalized / longer >= 0.8;
}

/**
 * The names a story's ordinary sentences (not capitalized headlines) write, by key: what tells
 * a capitalized headline's names from its common words.
 */
export function storyNameKeys(sentences: Iterable<readonly Token[]>): Set<string> {
  const names = new Set<string>();
  for (const tokens of sentences) {
    if (isTitleCase(tokens)) continue;
    tokens.forEach((token, index) => {
      if (isNameToken(token, index, false)) names.add(entityKey(token.text));
    });
  }
  return names;
}

/** A name-like token: a proper noun, or a capitalized word that does not start the sentence. */
function isNameToken(token: Token, index: number, titleCase: boolean): boolean {
  if (!WORDLIKE.test(token.text) || !isCapitalized(token)) return false;
  if (token.pos === 'PROPN') return true;
  return !titleCase && index > 0 && (token.pos === 'ADJ' || token.pos === 'NOUN');
}

/**
 * The key of a content word: its stem, or for irregular forms the stemmer leaves alone
 * ("met", "held", "spoke") the dictionary lemma ("meet", "hold", "speak").
 */
function wordKey(token: Token): string {
  return token.stem === token.lower && token.lemma !== token.lower ? token.lemma : token.stem;
}

/** A number as written ("100,000", "1.5") to its value, or null. */
function numericValue(text: string): number | null {
  const cleaned = text.replace(/,(?=\d{3}\b)/g, '');
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}

/**
 * The alignment features of a sentence's tokens: content words by their stem, names under a
 * canonical key, numbers by value. Extra features (resolved dates,
 * quantity values from extraction) can be added by the caller.
 *
 * @example [...sentenceFeatures(tokensOf('Kerry urged a pullback.')).keys()]
 *   // ['e:kerry', 'w:urg', 'w:withdraw']
 */
export function sentenceFeatures(
  tokens: readonly Token[],
  storyNames?: ReadonlySet<string>,
): SentenceFeatures {
  const features: SentenceFeatures = new Map();
  const titleCase = isTitleCase(tokens);
  tokens.forEach((token, index) => {
    const next = tokens[index + 1];
    if (next) {
      const alias = isNameToken(token, index, titleCase)
        ? pairAliasKey(token.text, next.text)
        : undefined;
      if (alias) features.set(`e:${alias}`, 'name');
    }
    if (token.pos === 'NUM') {
      const value = numericValue(token.text);
      if (value !== null && !(value >= 1 && value <= 31 && Number.isInteger(value))) {
        features.set(`n:${value}`, 'number');
      }
      return;
    }
    if (!WORDLIKE.test(token.text) || token.text.length < 2) return;
    if (titleCase && storyNames) {
      // A capitalized headline's word is a name when the story's ordinary sentences write it as
      // one ("HARBOR ROVERS MAKE HUGE OFFER" has two names, not five), else a common word.
      const key = isCapitalized(token) ? entityKey(token.text) : '';
      if (storyNames.has(key)) {
        features.set(`e:${key}`, 'name');
        return;
      }
    } else if (isNameToken(token, index, titleCase)) {
      const key = entityKey(token.text);
      features.set(`e:${key}`, 'name');
      // Headlines capitalize common words and the tagger may call them proper nouns: index
      // such a word as the common word too ("Pullback" → pullback).
      if (titleCase) features.set(`w:${wordKey(token)}`, 'word');
      return;
    }
    if (token.stop || !CONTENT_POS.has(token.pos) || token.lower === 'according') return;
    if (isNonContent(token.stem) || isNonContent(token.lemma)) return;
    features.set(`w:${wordKey(token)}`, 'word');
  });
  return features;
}

/** Punctuation where a news sentence turns to another matter: quotes, semicolons, dashes. */
const SEGMENT_MARKS = new Set(['“', '”', '"', '«', '»', ';', ':', '—', '–']);
/** After a comma, these start a clause that may report a second fact (", with", ", while"). */
const CLAUSE_OPENERS = new Set(['with', 'while', 'but', 'after', 'as', 'which', 'whereas']);
/** A segment needs this many features to stand alone; smaller ones join their neighbour. */
const MIN_SEGMENT_FEATURES = 3;

/**
 * The features of each part of a long sentence that may report more than one fact: the quote
 * and its attribution ("“…,” Kerry told a news conference late on Sunday"), or a lead and its
 * ", with the American representative telling Moscow…" clause. One part for a simple sentence:
 * the sentence's own features, `whole`, when the caller has them.
 */
export function segmentFeatures(
  tokens: readonly Token[],
  whole: SentenceFeatures = sentenceFeatures(tokens),
  storyNames?: ReadonlySet<string>,
): SentenceFeatures[] {
  const parts: Token[][] = [[]];
  tokens.forEach((token, i) => {
    const next = tokens[i + 1];
    const boundary =
      SEGMENT_MARKS.has(token.text) ||
      (token.text === ',' && !!next && CLAUSE_OPENERS.has(next.lower));
    if (boundary) parts.push([]);
    else parts.at(-1)?.push(token);
  });
  if (parts.length === 1) return whole.size > 0 ? [whole] : [];
  const segments: SentenceFeatures[] = [];
  for (const part of parts) {
    const features = sentenceFeatures(part, storyNames);
    const last = segments.at(-1);
    if (last && (features.size < MIN_SEGMENT_FEATURES || last.size < MIN_SEGMENT_FEATURES)) {
      features.forEach((kind, key) => last.set(key, kind));
    } else if (features.size > 0) segments.push(features);
  }
  return segments;
}
