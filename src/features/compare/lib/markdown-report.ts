import type { Analysis, Article, Disagreement, FactRelation } from '../../../core/contract';
import { indexAnalysis } from './analysis-index';
import type { AnalysisIndex } from './analysis-index';
import { formatPublished } from '../../../lib/format-published';
import { kindLabel } from '../../../core/disagree/kinds';
import { buildAlignedRows, type AlignedRow, type FactRow } from './aligned-rows';
import { COVERAGE_WORDS, shorten } from './coverage';
import type { Coverage } from './coverage';
import { readerSummary } from './reader-summary';
import type { ReaderSummary } from './reader-summary';
import { plural } from './story-summary';

/** A passage a report line links to: a shared fact's sentence or a disputed value. */
export type ReportLinkTarget = {
  article: Article;
  /** The article's column, from 0. */
  column: number;
  sentenceId: string;
  /** The passage in `article.text`, UTF-16 offsets, end exclusive. */
  start: number;
  end: number;
  /** Set when the passage is a side of this disagreement. */
  disagreementId?: string;
};

/** Makes the deep link for a passage, or null when there is none to give. */
export type ReportLinkBuilder = (target: ReportLinkTarget) => string | null;

/** What the report says about the story besides the analysis. */
export type ReportOptions = {
  title: string;
  /** ISO date or time the report was made; printed as its day. */
  generatedAt: string;
  link: ReportLinkBuilder;
  /** A line under the title, e.g. the shipped corpus's credit. */
  credit?: string;
};

const RELATION_NAMES: Record<FactRelation, string> = {
  agree: 'Agree',
  partial: 'Partly agree',
  conflict: 'Conflict',
};

/**
 * Article text as inert Markdown: characters that would start markup (links, emphasis, HTML,
 * headings, tables) are backslash-escaped and line breaks become spaces, so a sentence can never
 * turn into a link, an image or HTML in a Markdown viewer.
 *
 * @example escapeMarkdown('[click](javascript:x) <b>*hi*</b>') // '\\[click\\](javascript:x) \\<b\\>\\*hi\\*\\</b\\>'
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`);
}

/** A passage as a quoted, escaped phrase with its link (or without, when there is none). */
function linked(label: string, href: string | null): string {
  if (!href) return label;
  // Angle brackets keep any character of the address from ending the link early.
  return `${label} ([link](<${href.replace(/[<>\s]/g, encodeURIComponent)}>))`;
}

/** Each source's passages quoted in the summary; the rest are counted. */
const ONLY_IN_QUOTED = 3;
/** How much of a fact's first sentence names it in the coverage table. */
const GIST_CHARS = 70;

/** The coverage matrix as a Markdown table: a row per shared fact, a column per source. */
function coverageTable(coverage: Coverage, labels: string[]): string[] {
  const cell = (c: Coverage['rows'][number]['cells'][number]) =>
    [COVERAGE_WORDS[c.state].symbol, ...c.values.map(escapeMarkdown)].join(' ');
  const legend = (['reports', 'differs', 'absent'] as const)
    .map((state) => `${COVERAGE_WORDS[state].symbol} ${COVERAGE_WORDS[state].label.toLowerCase()}`)
    .join(', ');
  return [
    `Each shared fact (numbered as below) against each source: ${legend}.`,
    '',
    `| Fact | ${labels.map(escapeMarkdown).join(' | ')} |`,
    `| --- | ${labels.map(() => ':---:').join(' | ')} |`,
    ...coverage.rows.map(
      (row) =>
        `| ${row.ordinal}. ${escapeMarkdown(shorten(row.gist, GIST_CHARS))} | ${row.cells.map(cell).join(' | ')} |`,
    ),
  ];
}

/**
 * The readers' summary the report opens with, as the comparison's summary shows it: what the
 * sources dispute (each value, who says it, which source prints it), what only one source
 * reports, and for three sources or more who reports which fact.
 */
function briefSection(summary: ReaderSummary, labels: string[]): string[] {
  const lines = ['## In brief', '', '### What the sources dispute', ''];
  if (summary.disputes.length === 0) lines.push('Nothing that Parallax found.');
  for (const dispute of summary.disputes) {
    const sides = dispute.sides
      .map(
        (side) =>
          `${escapeMarkdown(side.value)} ${escapeMarkdown(side.attribution)} (${escapeMarkdown(side.source)})`,
      )
      .join('; ');
    lines.push(
      `- **${escapeMarkdown(dispute.kind)}: ${escapeMarkdown(dispute.summary)}**: ${sides}`,
    );
  }
  if (summary.coverage && summary.coverage.rows.length > 0)
    lines.push('', '### Who reports what', '', ...coverageTable(summary.coverage, labels));
  lines.push('', '### What only one source reports', '');
  for (const only of summary.onlyIn) {
    const quoted = only.sentences
      .slice(0, ONLY_IN_QUOTED)
      .map((info) => `“${escapeMarkdown(info.text)}”`);
    const more = only.sentences.length - quoted.length;
    const rest = more > 0 ? ` … and ${plural(more, 'more passage')}.` : '';
    lines.push(
      `- **${escapeMarkdown(only.label)}** (${plural(only.sentences.length, 'passage')})${quoted.length ? `: ${quoted.join(' ')}` : '.'}${rest}`,
    );
  }
  return [...lines, ''];
}

function sourcesSection(index: AnalysisIndex): string[] {
  const lines = ['## Sources', ''];
  index.analysis.articles.forEach((article, column) => {
    const label = index.labels[column] ?? article.file;
    const details = [
      article.outlet ? null : article.file,
      formatPublished(article.published),
    ].filter((d): d is string => Boolean(d));
    const suffix = details.length ? ` (${details.map(escapeMarkdown).join(', ')})` : '';
    lines.push(
      `${column + 1}. **${escapeMarkdown(label)}**: ${escapeMarkdown(article.title)}${suffix}`,
    );
  });
  return lines;
}

function disagreementsSection(index: AnalysisIndex, link: ReportLinkBuilder): string[] {
  const lines = ['## Disagreements', ''];
  if (index.disagreements.length === 0)
    lines.push('The sources contradict each other nowhere that Parallax found.');
  for (const disagreement of index.disagreements) {
    lines.push(
      `### ${escapeMarkdown(kindLabel(disagreement.kind))}: ${escapeMarkdown(disagreement.summary)}`,
      '',
    );
    lines.push(...sideLines(index, disagreement, link), '');
  }
  return lines;
}

function sideLines(
  index: AnalysisIndex,
  disagreement: Disagreement,
  link: ReportLinkBuilder,
): string[] {
  return disagreement.sides.flatMap((side) => {
    const info = index.sentences.get(side.sentence);
    if (!info) return [];
    const value = info.article.text.slice(side.start, side.end).trim();
    const who = side.attribution?.trim()
      ? `according to ${escapeMarkdown(side.attribution)}`
      : 'no source named';
    const label = `**${escapeMarkdown(index.labels[info.column] ?? '')}**: “${escapeMarkdown(value)}”, ${who}. In: “${escapeMarkdown(info.text)}”`;
    const href = link({
      article: info.article,
      column: info.column,
      sentenceId: info.id,
      start: side.start,
      end: side.end,
      disagreementId: disagreement.id,
    });
    return [`- ${linked(label, href)}`];
  });
}

/**
 * The shared facts as the aligned view numbers them: one section per fact row, with the
 * sentences the row shows and, for a sentence another row shows, where it is.
 */
function factsSection(index: AnalysisIndex, rows: AlignedRow[], link: ReportLinkBuilder): string[] {
  const lines = ['## Shared facts', ''];
  const factRows = rows.filter((row): row is FactRow => row.kind === 'fact');
  if (factRows.length === 0) lines.push('Parallax found no sentence that two sources share.');
  for (const row of factRows) {
    lines.push(`### ${row.ordinal}. ${RELATION_NAMES[row.fact.relation]}`, '');
    row.cells.forEach((cell, column) => {
      const source = escapeMarkdown(index.labels[column] ?? '');
      for (const { info } of cell.placed) {
        const label = `**${source}**: “${escapeMarkdown(info.text)}”`;
        const href = link({
          article: info.article,
          column: info.column,
          sentenceId: info.id,
          start: info.sentence.start,
          end: info.sentence.end,
        });
        lines.push(`- ${linked(label, href)}`);
      }
      for (const { info, shownInFact } of cell.repeats) {
        lines.push(
          `- **${source}**: the sentence of paragraph ${info.paragraph} shown with fact ${shownInFact}`,
        );
      }
    });
    lines.push('');
  }
  return lines;
}

/**
 * A readable Markdown report of a comparison: a readers' summary first (what is disputed, who
 * reports what, what only one source has), then the sources, every disagreement with each
 * side's value, attribution and sentence, and the shared facts as the aligned view shows and
 * numbers them, each sentence with a deep link. Article text is escaped, never trusted as markup.
 *
 * @example
 * analysisReport(analysis, { title: 'Bridge', generatedAt: '2024-05-01', link: () => null })
 *   // '# Bridge\n\nA comparison of 3 sources…'
 */
export function analysisReport(analysis: Analysis, options: ReportOptions): string {
  const index = indexAnalysis(analysis);
  const rows = buildAlignedRows(index);
  const shared = rows.filter((row) => row.kind === 'fact').length;
  const day = formatPublished(options.generatedAt.slice(0, 10)) ?? options.generatedAt;
  const n = analysis.articles.length;
  const header = [
    `# ${escapeMarkdown(options.title)}`,
    '',
    `A comparison of ${n} ${n === 1 ? 'source' : 'sources'} made with Parallax on ${day}: ` +
      `${shared} shared ${shared === 1 ? 'fact' : 'facts'}, ` +
      `${index.disagreements.length} ${index.disagreements.length === 1 ? 'disagreement' : 'disagreements'}.`,
    ...(options.credit ? ['', escapeMarkdown(options.credit)] : []),
    '',
  ];
  return [
    ...header,
    ...briefSection(readerSummary(index, rows), index.labels),
    ...sourcesSection(index),
    '',
    ...disagreementsSection(index, options.link),
    ...factsSection(index, rows, options.link),
  ]
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/\n*$/, '\n');
}
