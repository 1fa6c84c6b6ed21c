import type { SentenceSpan, Span } from '../types';
import { boilerplateReason, isMenuItem, type BoilerplateReason } from './boilerplate-rules';

/** Reasons that, when they cover half of a paragraph, mean the whole paragraph is a blurb. */
const BLURB_REASONS: ReadonlySet<BoilerplateReason> = new Set([
  'comment-policy',
  'disclaimer',
  'newsletter',
  'copyright',
]);
/** A navigation menu is at least this many short list items in a row. */
const MIN_MENU_RUN = 3;

/**
 * Paragraph indexes that belong to a navigation menu: a run of short list items ("1. Inhalt",
 * "2. Navigation", …) of which at least one is a furniture label.
 */
function menuParagraphs(text: string, paragraphs: Span[]): Set<number> {
  const menu = new Set<number>();
  let run: number[] = [];
  const close = (): void => {
    const labelled = run.some((i) => {
      const p = paragraphs[i];
      return p ? boilerplateReason(text.slice(p.start, p.end)) === 'navigation' : false;
    });
    if (run.length >= MIN_MENU_RUN && labelled) for (const i of run) menu.add(i);
    run = [];
  };
  paragraphs.forEach((p, i) => {
    if (isMenuItem(text.slice(p.start, p.end))) run.push(i);
    else close();
  });
  close();
  return menu;
}

/**
 * Marks the sentences that are page furniture rather than news (see `boilerplate-rules.ts`):
 * each sentence by its own text, every item of a navigation menu, and every sentence of a
 * paragraph that is mostly a comment policy, disclaimer or newsletter blurb. Returns new spans.
 *
 * @example markBoilerplate(text, paragraphs, sentences).filter((s) => s.boilerplate)
 */
export function markBoilerplate(
  text: string,
  paragraphs: Span[],
  sentences: SentenceSpan[],
): SentenceSpan[] {
  const menu = menuParagraphs(text, paragraphs);
  const reasons = sentences.map((s) => boilerplateReason(text.slice(s.start, s.end)));
  const blurbShare = new Map<number, { blurb: number; all: number }>();
  sentences.forEach((s, i) => {
    const share = blurbShare.get(s.paragraph) ?? { blurb: 0, all: 0 };
    share.all += 1;
    const reason = reasons[i];
    if (reason && BLURB_REASONS.has(reason)) share.blurb += 1;
    blurbShare.set(s.paragraph, share);
  });
  return sentences.map((s, i) => {
    const share = blurbShare.get(s.paragraph);
    const blurb = share !== undefined && share.blurb * 2 >= share.all && share.blurb > 0;
    const boilerplate = reasons[i] !== null || menu.has(s.paragraph) || blurb;
    return { ...s, boilerplate: boilerplate && !s.headline };
  });
}
