import { anchorLink } from '../../../core/anchoring/anchor-link';
import { decodeLink, isRegisteredRef } from '../../../core/anchoring/link-codec';
import type { ClaimKind } from '../../../core/anchoring/link-codec';
import { describeRegistered, registerArticle } from '../../../core/anchoring/passage-register';
import type { PassageRegister, RegisteredPassage } from '../../../core/anchoring/passage-register';
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
  /** What the link points at, when it could be read. */
  kind?: ClaimKind;
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
 * The register of the comparison's own sentences: what a short link made from this text names.
 *
 * @example currentRegister(index).get('4fQ0aZ')?.exact // 'The Kremlin has massed …'
 */
export function currentRegister(index: AnalysisIndex): PassageRegister {
  return new Map(
    index.analysis.articles.flatMap((a, column) =>
      registerArticle(a.file, column, a.text, a.sentences),
    ),
  );
}

/**
 * Whether the claim link in `hash` names a passage by a key that this comparison's text does
 * not have (its story changed since the link was made): the story's register must be read.
 *
 * @example needsRegister(index, '#/claim/v1/ecb:1-ecb/s?k=4fQ0aZ') // false while unedited
 */
export function needsRegister(index: AnalysisIndex, hash: string): boolean {
  if (!isLinkHash(hash)) return false;
  const decoded = decodeLink(hash);
  if (!decoded.ok) return false;
  const keys = decoded.link.passages.filter(isRegisteredRef);
  if (keys.length === 0) return false;
  const current = currentRegister(index);
  return keys.some((ref) => !current.has(ref.key));
}

/**
 * Opens a claim link (core/anchoring: a description of passages, not positions) against this
 * comparison: each passage is found again by its quote and context, or reported as gone with
 * the text that was looked for — never placed somewhere else. A short link's passages are
 * described from this text's sentences, else from the story's `register` (its sentences of
 * every published version). Null when the hash is not a claim link (or another app's route,
 * reported as foreign). The library router picks the story from the link; when `storyId` is
 * given, a link to another story is reported, not opened.
 *
 * @example resolveClaimHash(index, '#/claim/v1/seed:x/s?a=1.c8a5c70d&q=…&r=1057-1153')
 *   // { focus: 'dw-…:15', disagreement: null, sentences: ['dw-…:15'], notices: [] }
 */
export function resolveClaimHash(
  index: AnalysisIndex,
  hash: string,
  storyId?: string,
  register?: PassageRegister | null,
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
  let current: PassageRegister | null = null;
  const lookup = (key: string): RegisteredPassage | undefined =>
    (current ??= currentRegister(index)).get(key) ?? register?.get(key);
  const described = describeRegistered(decoded.link, lookup);
  for (const passage of anchorLink(described, index.analysis.articles)) {
    if (passage.status === 'orphan' && passage.reason === 'unknown-key') {
      notices.push(
        `The linked passage (${passage.exact}) is not one this story has ever had: the link may be mistyped, or made for another version of Parallax.`,
      );
      continue;
    }
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
  return { focus: sentences[0] ?? null, disagreement, sentences, notices, kind };
}
