import type { Analysis, Article, Sentence } from '../contract';

/**
 * Checks an Analysis against every invariant of the analysis contract (version 1): what a
 * consumer (the viewer, a script, the CLI's readers) may rely on without checking again.
 * Pure; used by the property tests and reusable anywhere an Analysis comes from outside.
 */

const RELATIONS: ReadonlySet<string> = new Set(['agree', 'partial', 'conflict']);
const KINDS: ReadonlySet<string> = new Set(['numeric', 'qualitative', 'date', 'attribution']);
const ISO_DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** A mentioned date at its granularity: YYYY-MM-DD, YYYY-MM or YYYY. */
const ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

type Located = { article: Article; sentence: Sentence };

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** Whether an offset falls between the two halves of a surrogate pair (it would split a character). */
function splitsPair(text: string, offset: number): boolean {
  return (
    offset > 0 &&
    offset < text.length &&
    isHighSurrogate(text.charCodeAt(offset - 1)) &&
    isLowSurrogate(text.charCodeAt(offset))
  );
}

/** Problems with a span [start, end) of `text`: not integers, reversed, outside, or splitting a character. */
function spanProblems(what: string, text: string, start: number, end: number): string[] {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    return [`${what}: offsets ${start}..${end} are not integers`];
  }
  if (start < 0 || end > text.length || start > end) {
    return [`${what}: span ${start}..${end} is not inside the text (length ${text.length})`];
  }
  if (splitsPair(text, start) || splitsPair(text, end)) {
    return [`${what}: span ${start}..${end} splits a surrogate pair`];
  }
  return [];
}

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const id of ids) (seen.has(id) ? repeated : seen).add(id);
  return [...repeated];
}

function articleProblems(article: Article, index: number): string[] {
  const at = `articles[${index}] (${article.id})`;
  const problems: string[] = [];
  if (typeof article.id !== 'string' || article.id === '') problems.push(`${at}: empty id`);
  if (typeof article.title !== 'string') problems.push(`${at}: title is not a string`);
  if (article.outlet !== null && typeof article.outlet !== 'string') {
    problems.push(`${at}: outlet is neither a string nor null`);
  }
  if (article.published !== null && !ISO_DAY.test(article.published)) {
    problems.push(`${at}: published "${article.published}" is not YYYY-MM-DD`);
  }
  let previousEnd = 0;
  article.sentences.forEach((s, i) => {
    const what = `${at} sentence ${s.id}`;
    const span = spanProblems(what, article.text, s.start, s.end);
    problems.push(...span);
    if (span.length === 0 && i > 0 && s.start < previousEnd) {
      problems.push(
        `${what}: starts at ${s.start}, before the previous sentence ends (${previousEnd})`,
      );
    }
    if (span.length === 0) previousEnd = s.end;
  });
  return problems;
}

/** A checker for one kind of located span (quote, quantity, side, date). */
function spanAt(
  where: ReadonlyMap<string, Located>,
  what: string,
  span: { sentence: string; start: number; end: number },
): string[] {
  const located = where.get(span.sentence);
  if (!located) return [`${what}: sentence "${span.sentence}" does not exist`];
  return spanProblems(what, located.article.text, span.start, span.end);
}

/**
 * Every way an Analysis breaks the contract, in words; empty when it is valid.
 *
 * @example validateAnalysis({ version: 1, articles: [], facts: [], disagreements: [], quotes: [], quantities: [] }) // []
 */
export function validateAnalysis(analysis: Analysis): string[] {
  const problems: string[] = [];
  if ((analysis.version as number) !== 1) problems.push(`version is ${analysis.version}, not 1`);

  const where = new Map<string, Located>();
  analysis.articles.forEach((article, i) => {
    problems.push(...articleProblems(article, i));
    for (const sentence of article.sentences) where.set(sentence.id, { article, sentence });
  });
  for (const id of duplicates(analysis.articles.map((a) => a.id))) {
    problems.push(`article id "${id}" is not unique`);
  }
  const sentenceIds = analysis.articles.flatMap((a) => a.sentences.map((s) => s.id));
  for (const id of duplicates(sentenceIds)) problems.push(`sentence id "${id}" is not unique`);

  for (const fact of analysis.facts) {
    const what = `fact ${fact.id}`;
    if (!RELATIONS.has(fact.relation)) problems.push(`${what}: relation "${fact.relation}"`);
    const articles = new Set<string>();
    for (const id of fact.sentences) {
      const located = where.get(id);
      if (!located) problems.push(`${what}: sentence "${id}" does not exist`);
      else if (located.sentence.boilerplate)
        problems.push(`${what}: sentence ${id} is boilerplate`);
      else articles.add(located.article.id);
    }
    if (articles.size < 2)
      problems.push(`${what}: spans ${articles.size} article(s), not 2 or more`);
  }
  for (const id of duplicates(analysis.facts.map((f) => f.id))) {
    problems.push(`fact id "${id}" is not unique`);
  }

  for (const d of analysis.disagreements) {
    const what = `disagreement ${d.id}`;
    if (!KINDS.has(d.kind)) problems.push(`${what}: kind "${d.kind}"`);
    if (typeof d.summary !== 'string' || d.summary === '') problems.push(`${what}: no summary`);
    if (d.sides.length < 2) problems.push(`${what}: ${d.sides.length} side(s), not 2 or more`);
    [...d.sides, ...(d.related ?? [])].forEach((side, i) => {
      problems.push(...spanAt(where, `${what} side ${i}`, side));
      if (side.value !== null && !Number.isFinite(side.value)) {
        problems.push(`${what} side ${i}: value ${side.value} is not a finite number`);
      }
    });
  }
  for (const id of duplicates(analysis.disagreements.map((d) => d.id))) {
    problems.push(`disagreement id "${id}" is not unique`);
  }

  analysis.quotes.forEach((q, i) => problems.push(...spanAt(where, `quote ${i}`, q)));
  analysis.quantities.forEach((q, i) => {
    problems.push(...spanAt(where, `quantity ${i}`, q));
    if (!Number.isFinite(q.value)) problems.push(`quantity ${i}: value ${q.value} is not finite`);
  });
  (analysis.dates ?? []).forEach((d, i) => {
    problems.push(...spanAt(where, `date ${i}`, d));
    if (!ISO_DATE.test(d.date)) problems.push(`date ${i}: "${d.date}" is not an ISO date`);
  });
  return problems;
}

/**
 * Throws one error listing every contract violation of an Analysis (at most the first 20).
 *
 * @example assertValidAnalysis(analyzeStory(inputs, { nlp })) // throws when an offset is outside its text
 */
export function assertValidAnalysis(analysis: Analysis): void {
  const problems = validateAnalysis(analysis);
  if (problems.length === 0) return;
  const shown = problems.slice(0, 20);
  const more =
    problems.length > shown.length ? `\n… and ${problems.length - shown.length} more` : '';
  throw new Error(`The Analysis breaks its contract:\n- ${shown.join('\n- ')}${more}`);
}
