import type { AnalysisIndex, SentenceInfo } from './analysis-index';
import { counterpartsOf } from './analysis-index';
import { attributionPhrase } from './describe-disagreement';

/** A sentence shown under another on a narrow screen, where its own column is not in view. */
export type Counterpart = {
  info: SentenceInfo;
  /** The column name of its source. */
  source: string;
  /** Why it is shown: it reports the same fact, or it is another side of a disagreement. */
  why: 'fact' | 'side';
  /** The disputed span in its text, for another side ("40,000"), with its attribution. */
  span: { start: number; end: number; attribution: string } | null;
};

/**
 * What a reader on a narrow screen can open under a sentence: the other sides of each
 * disagreement it is a side of (wherever they stand), then the sentences of the other sources
 * that report the same facts, each source's in reading order.
 *
 * @example counterpartList(index, 'dw:15').map((c) => c.source) // ['DW', 'Coinspeaker']
 */
export function counterpartList(index: AnalysisIndex, id: string): Counterpart[] {
  const self = index.sentences.get(id);
  if (!self) return [];
  const out: Counterpart[] = [];
  const seen = new Set([id]);
  const add = (
    info: SentenceInfo | undefined,
    why: Counterpart['why'],
    span: Counterpart['span'],
  ) => {
    if (!info || info.hidden || seen.has(info.id)) return;
    seen.add(info.id);
    out.push({ info, source: index.labels[info.column] ?? '', why, span });
  };
  for (const ref of index.sidesBySentence.get(id) ?? []) {
    if (ref.role !== 'side') continue;
    for (const side of ref.disagreement.sides) {
      if (side.sentence === id) continue;
      const info = index.sentences.get(side.sentence);
      const at = info?.sentence.start ?? 0;
      add(info, 'side', {
        start: side.start - at,
        end: side.end - at,
        attribution: attributionPhrase(side),
      });
    }
  }
  const facts = [...counterpartsOf(index, id)]
    .map((other) => index.sentences.get(other))
    .filter((info): info is SentenceInfo => info !== undefined && info.column !== self.column)
    .sort((a, b) => a.column - b.column || a.index - b.index);
  for (const info of facts) add(info, 'fact', null);
  return out;
}
