import { anchorLink } from '../../../core/anchoring/anchor-link';
import { decodeLink } from '../../../core/anchoring/link-codec';
import type { AnalysisIndex } from './analysis-index';
import { isLinkHash } from './view-state';

/** What a claim link in the URL hash points at in this comparison, and what could not be found. */
export type ClaimResolution = {
  /** The sentence to focus: the one holding the first passage found. */
  focus: string | null;
  /** For a span or disagreement link: the disagreement whose sides the passages overlap. */
  disagreement: string | null;
  /** Every sentence holding a passage that was found. */
  sentences: string[];
  /** What to tell the reader: a damaged link, passages that are gone. */
  notices: string[];
};

/**
 * Whether a link made for story `linked` belongs to the story shown (`shown`). The seed story
 * was linked as plain "seed" before it had a slug; such links still open it.
 *
 * @example isSameStory('seed', 'seed:kerry-lavrov-2014') // true
 */
export function isSameStory(linked: string, shown: string): boolean {
  return linked === shown || (linked === 'seed' && shown.startsWith('seed:'));
}

/**
 * Opens a claim link (core/anchoring: a description of passages, not positions) against this
 * comparison: each passage is found again by its quote and context, or reported as gone with
 * the text that was looked for — never placed somewhere else. Null when the hash is not a
 * claim link (or another app's route, reported as foreign). The library router picks the story
 * from the link; when `storyId` is given, a link to another story is reported, not opened.
 *
 * @example resolveClaimHash(index, '#/claim/v1/seed:x/s?a=1.c8a5c70d&q=…&r=1057-1153')
 *   // { focus: 'dw-…:15', disagreement: null, sentences: ['dw-…:15'], notices: [] }
 */
export function resolveClaimHash(
  index: AnalysisIndex,
  hash: string,
  storyId?: string,
): ClaimResolution | null {
  if (!isLinkHash(hash)) return null;
  const decoded = decodeLink(hash);
  const refused = (message: string) => ({
    focus: null,
    disagreement: null,
    sentences: [],
    notices: [message],
  });
  if (!decoded.ok) return refused(decoded.message);
  if (storyId !== undefined && !isSameStory(decoded.link.story, storyId)) {
    return refused(
      `This link points to a claim in another story (“${decoded.link.story}”), not in this one.`,
    );
  }
  const notices: string[] = [];
  const sentences: string[] = [];
  const ranges: { column: number; start: number; end: number }[] = [];
  for (const passage of anchorLink(decoded.link, index.analysis.articles)) {
    if (passage.status === 'orphan') {
      const where =
        passage.article === null
          ? 'its article is not in this story'
          : `${index.labels[passage.article] ?? 'its article'} no longer has it`;
      notices.push(`The linked passage “${passage.exact}” could not be found: ${where}.`);
      continue;
    }
    ranges.push({ column: passage.article, start: passage.start, end: passage.end });
    const article = index.analysis.articles[passage.article];
    const holding =
      article?.sentences.find((s) => s.start <= passage.start && passage.start < s.end) ??
      article?.sentences.find((s) => s.start < passage.end && passage.start < s.end);
    if (holding && !sentences.includes(holding.id)) sentences.push(holding.id);
  }

  let disagreement: string | null = null;
  const kind = decoded.link.kind;
  if ((kind === 'span' || kind === 'disagreement') && ranges.length > 0) {
    const match = index.disagreements.find((d) =>
      d.sides.some((side) => {
        const column = index.sentences.get(side.sentence)?.column;
        return ranges.some((r) => r.column === column && side.start < r.end && r.start < side.end);
      }),
    );
    disagreement = match?.id ?? null;
    if (!match && kind === 'disagreement') {
      notices.push(
        'The sources no longer disagree on the linked passages; they are shown without it.',
      );
    }
  }
  return { focus: sentences[0] ?? null, disagreement, sentences, notices };
}
