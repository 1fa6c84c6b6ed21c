import type { Fact, FactRelation } from '../../../core/contract';
import type { AnalysisIndex, SentenceInfo } from './analysis-index';
import { longestIncreasingPositions } from './longest-increasing';
import type { SlicedWork } from './sliced-work';
import { finish } from './sliced-work';

/** Sliced work over many small items may pause once per this many. */
const ITEMS_BETWEEN_PAUSES = 200;

/** A sentence placed in a fact row; `outOfOrder` when it stands elsewhere in its article. */
export type PlacedSentence = { info: SentenceInfo; outOfOrder: boolean };

/**
 * A member of the Fact whose place is another row (it reports more than one Fact): the row
 * refers to it rather than showing it again.
 */
export type RepeatedSentence = { info: SentenceInfo; shownInFact: number };

/** What one column shows in a fact row. Empty when the source does not report the Fact. */
export type FactCell = { placed: PlacedSentence[]; repeats: RepeatedSentence[] };

/** One shared Fact, each source's sentences in its column. */
export type FactRow = {
  kind: 'fact';
  key: string;
  fact: Fact;
  /** 1-based position among the fact rows. */
  ordinal: number;
  cells: FactCell[];
};

/**
 * A sentence between fact rows: only its source has it (`linkedTo` null), or it is linked to a
 * sentence that a stronger Fact already placed in row `linkedTo`.
 */
export type GapItem = { info: SentenceInfo; linkedTo: number | null };

/** Sentences that no fact row holds, in reading order, between two fact rows. */
export type GapRow = { kind: 'gap'; key: string; cells: GapItem[][] };

/** A row of the aligned view: a shared Fact, or what lies between two of them. */
export type AlignedRow = FactRow | GapRow;

/** A Fact that gets a row: the sentences it places (`members`) and all it holds (`all`). */
export type Claim = { fact: Fact; members: SentenceInfo[]; all: SentenceInfo[] };

const RELATION_RANK: Record<FactRelation, number> = { conflict: 0, agree: 1, partial: 2 };

/** Facts from the strongest down: conflicts, then agreements, then partial ones; by score within. */
function byStrength(facts: Fact[]): Fact[] {
  return facts
    .map((fact, order) => ({ fact, order }))
    .sort(
      (a, b) =>
        RELATION_RANK[a.fact.relation] - RELATION_RANK[b.fact.relation] ||
        (b.fact.score ?? 0) - (a.fact.score ?? 0) ||
        a.order - b.order,
    )
    .map((entry) => entry.fact);
}

/**
 * Chooses which Facts get a row; every sentence is shown once, in the row of the first Fact that
 * claims it. From the strongest Fact down, each claims its sentences not yet placed: an agreeing
 * or conflicting Fact that still places a sentence gets a row, a partial one only when it still
 * places sentences of two sources (else its loose links stay links, shown between the rows). A
 * row refers to its Fact's sentences that other rows show instead of showing them again.
 */
export function claimRows(index: AnalysisIndex): Claim[] {
  return finish(claimRowSteps(index));
}

/** `claimRows` as sliced work. */
function* claimRowSteps(index: AnalysisIndex): SlicedWork<Claim[]> {
  const claimed = new Set<string>();
  const rows: Claim[] = [];
  const columns = (list: SentenceInfo[]) => new Set(list.map((info) => info.column)).size;
  const facts = byStrength(index.facts);
  for (const [k, fact] of facts.entries()) {
    if (k % ITEMS_BETWEEN_PAUSES === 0) yield;
    const all = fact.sentences
      .map((id) => index.sentences.get(id))
      .filter((info): info is SentenceInfo => info !== undefined);
    const fresh = all.filter((info) => !claimed.has(info.id));
    const strong = fact.relation !== 'partial';
    if (fresh.length === 0 || columns(strong ? all : fresh) < 2) continue;
    for (const info of fresh) claimed.add(info.id);
    rows.push({ fact, members: fresh, all });
  }
  return rows;
}

/**
 * Orders claimed Facts for the aligned view: by where their sentences stand in the lead
 * article, and by their mean relative position across articles when the lead has none.
 */
export function orderClaims(index: AnalysisIndex, claims: Claim[], lead: number): Claim[] {
  return finish(orderClaimSteps(index, claims, lead));
}

/** `orderClaims` as sliced work. */
function* orderClaimSteps(
  index: AnalysisIndex,
  claims: Claim[],
  lead: number,
): SlicedWork<Claim[]> {
  const keyed: { claim: Claim; key: number; order: number }[] = [];
  for (const [order, claim] of claims.entries()) {
    if (order % ITEMS_BETWEEN_PAUSES === 0) yield;
    const first = new Map<number, number>();
    for (const info of claim.all) {
      first.set(info.column, Math.min(first.get(info.column) ?? Infinity, info.index));
    }
    const relative = (column: number, at: number) =>
      at / Math.max(1, index.analysis.articles[column]?.sentences.length ?? 1);
    const leadAt = first.get(lead);
    const all = [...first].map(([column, at]) => relative(column, at));
    const key =
      leadAt !== undefined
        ? relative(lead, leadAt)
        : all.reduce((s, p) => s + p, 0) / Math.max(1, all.length);
    keyed.push({ claim, key, order });
  }
  yield;
  keyed.sort((a, b) => a.key - b.key || a.order - b.order);
  return keyed.map((k) => k.claim);
}

/**
 * The claimed Facts in the order of the aligned view with `lead` as the lead article
 * (`orderClaims` of `claimRows`), as sliced work.
 */
export function* orderedClaimSteps(index: AnalysisIndex, lead: number): SlicedWork<Claim[]> {
  return yield* orderClaimSteps(index, yield* claimRowSteps(index), lead);
}

/** At most this many references in one cell: more would crowd the row they annotate. */
const MAX_REFERENCES = 3;

/**
 * A Fact whose sentences are all shown in other rows gets no row of its own; so that its link
 * stays visible, each row that shows one of its sentences refers to the others (in their
 * columns, with the row that shows them).
 */
function* referRowlessFacts(
  index: AnalysisIndex,
  claims: readonly Claim[],
  rows: FactRow[],
  rowOf: ReadonlyMap<string, number>,
): SlicedWork<void> {
  const withRow = new Set(claims.map((c) => c.fact.id));
  for (const [k, fact] of index.facts.entries()) {
    if (k % ITEMS_BETWEEN_PAUSES === 0) yield;
    if (withRow.has(fact.id)) continue;
    const members = fact.sentences
      .map((id) => index.sentences.get(id))
      .filter((info): info is SentenceInfo => info !== undefined && rowOf.has(info.id));
    for (const shown of members) {
      const row = rows[rowOf.get(shown.id) ?? -1];
      if (!row) continue;
      for (const other of members) {
        const cell = row.cells[other.column];
        if (!cell || other.column === shown.column || cell.repeats.length >= MAX_REFERENCES) {
          continue;
        }
        const there = [...cell.placed, ...cell.repeats].some((x) => x.info.id === other.id);
        if (!there) cell.repeats.push({ info: other, shownInFact: (rowOf.get(other.id) ?? 0) + 1 });
      }
    }
  }
}

/** The fact rows of the aligned view, before the sentences between them are placed. */
export type FactRows = {
  claims: Claim[];
  factRows: FactRow[];
  /** The row (0-based, among the fact rows) of each sentence a row places. */
  rowOfClaimed: Map<string, number>;
};

/**
 * One row per claimed Fact (`claims`, in order), each source's sentences in its column, with
 * references to the sentences of Facts that get no row: the first half of `buildAlignedRows`.
 */
export function buildFactRows(index: AnalysisIndex, claims: Claim[]): FactRows {
  return finish(factRowSteps(index, claims));
}

/** `buildFactRows` as sliced work. */
export function* factRowSteps(index: AnalysisIndex, claims: Claim[]): SlicedWork<FactRows> {
  const columns = index.analysis.articles.length;
  const rowOfClaimed = new Map<string, number>();
  claims.forEach((claim, r) => claim.members.forEach((info) => rowOfClaimed.set(info.id, r)));

  const factRows: FactRow[] = [];
  for (const [r, { fact, members }] of claims.entries()) {
    if (r % ITEMS_BETWEEN_PAUSES === 0) yield;
    const cells: FactCell[] = Array.from({ length: columns }, () => ({ placed: [], repeats: [] }));
    const mine = new Set(members.map((m) => m.id));
    for (const id of fact.sentences) {
      const info = index.sentences.get(id);
      const cell = info && cells[info.column];
      if (!info || !cell) continue;
      if (mine.has(id)) cell.placed.push({ info, outOfOrder: false });
      else cell.repeats.push({ info, shownInFact: (rowOfClaimed.get(id) ?? -1) + 1 });
    }
    for (const cell of cells) cell.placed.sort((a, b) => a.info.index - b.info.index);
    factRows.push({ kind: 'fact', key: fact.id, fact, ordinal: r + 1, cells });
  }
  yield* referRowlessFacts(index, claims, factRows, rowOfClaimed);
  return { claims, factRows, rowOfClaimed };
}

/**
 * Builds the aligned view: one row per placed Fact with each source's sentences in its column,
 * and between them every other sentence in its article's reading order. A sentence placed
 * against its article's order (outside the longest in-order run) is flagged so the view can
 * say where it stood.
 *
 * @param lead the column whose reading order the fact rows follow
 * @param built the fact rows (`buildFactRows`), when the caller has them already
 */
export function buildAlignedRows(
  index: AnalysisIndex,
  lead = 0,
  built: FactRows = buildFactRows(index, orderClaims(index, claimRows(index), lead)),
): AlignedRow[] {
  return finish(alignedRowSteps(index, built));
}

/** `buildAlignedRows` of fact rows built already, as sliced work: it may pause after each column. */
export function* alignedRowSteps(index: AnalysisIndex, built: FactRows): SlicedWork<AlignedRow[]> {
  const columns = index.analysis.articles.length;
  const { claims, factRows, rowOfClaimed } = built;

  const gaps: GapItem[][][] = Array.from({ length: claims.length + 1 }, () =>
    Array.from({ length: columns }, () => []),
  );
  for (let column = 0; column < columns; column++) {
    const placements = factRows.flatMap((row, r) =>
      (row.cells[column]?.placed ?? []).map((placed) => ({ placed, r })),
    );
    const inOrder = longestIncreasingPositions(placements.map((p) => p.placed.info.index)).map(
      (k) => placements[k],
    );
    const kept = new Set(inOrder);
    for (const p of placements) if (!kept.has(p)) p.placed.outOfOrder = true;

    yield;
    let cursor = 0;
    for (const info of index.body[column] ?? []) {
      if (rowOfClaimed.has(info.id)) continue;
      while (cursor < inOrder.length && (inOrder[cursor]?.placed.info.index ?? 0) < info.index)
        cursor += 1;
      const gap = cursor === 0 ? 0 : (inOrder[cursor - 1]?.r ?? -1) + 1;
      gaps[gap]?.[column]?.push({ info, linkedTo: linkedRow(index, info, rowOfClaimed) });
    }
    yield;
  }

  // A row shows a source's sentences together; one that a single-source passage separates from
  // the first of them in the article is shown out of order too.
  for (let column = 0; column < columns; column++) {
    const between = gaps
      .flatMap((cells) => (cells[column] ?? []).map((item) => item.info.index))
      .sort((a, b) => a - b);
    for (const row of factRows) {
      const placed = row.cells[column]?.placed ?? [];
      const first = placed[0]?.info.index ?? 0;
      // The first single-source passage after the row's first sentence, if any.
      const next = between[firstAbove(between, first)];
      for (const p of placed.slice(1)) {
        if (next !== undefined && next < p.info.index) p.outOfOrder = true;
      }
    }
    yield;
  }

  const rows: AlignedRow[] = [];
  gaps.forEach((cells, g) => {
    if (cells.some((cell) => cell.length > 0)) rows.push({ kind: 'gap', key: `gap-${g}`, cells });
    const factRow = factRows[g];
    if (factRow) rows.push(factRow);
  });
  return rows;
}

/** The position of the first number above `value` in ascending `sorted` (its length if none). */
function firstAbove(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] ?? Infinity) > value) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** The fact row (1-based) of the strongest placed counterpart of an unplaced sentence. */
function linkedRow(
  index: AnalysisIndex,
  info: SentenceInfo,
  rowOfClaimed: Map<string, number>,
): number | null {
  for (const fact of byStrength(index.factsBySentence.get(info.id) ?? [])) {
    for (const id of fact.sentences) {
      const row = rowOfClaimed.get(id);
      if (id !== info.id && row !== undefined && index.sentences.get(id)?.column !== info.column)
        return row + 1;
    }
  }
  return null;
}

/** The row index of every sentence shown in the aligned rows (placed or between rows). */
export function rowOfSentence(rows: AlignedRow[]): Map<string, number> {
  const out = new Map<string, number>();
  rows.forEach((row, r) => {
    if (row.kind === 'fact') {
      for (const cell of row.cells) for (const { info } of cell.placed) out.set(info.id, r);
    } else {
      for (const cell of row.cells) for (const { info } of cell) out.set(info.id, r);
    }
  });
  return out;
}

/**
 * The index of the next (delta 1) or previous (delta -1) fact row after row `from`; with no
 * starting row, the first or last fact row. Null when there is none in that direction.
 *
 * @example nextFactRow(rows, null, 1) // index of the first fact row
 */
export function nextFactRow(rows: AlignedRow[], from: number | null, delta: 1 | -1): number | null {
  let r = from === null ? (delta > 0 ? -1 : rows.length) : from;
  for (r += delta; r >= 0 && r < rows.length; r += delta) {
    if (rows[r]?.kind === 'fact') return r;
  }
  return null;
}

/** The fact row a sentence belongs to (or, for a linked sentence, the row it is linked to). */
export type RowMark = { ordinal: number; relation: FactRelation; linked: boolean };

/**
 * For every sentence in or linked to a fact row, that row's number and relation: the reading
 * view's footnote-like marks name facts as the aligned view numbers them.
 */
export function rowMarks(rows: AlignedRow[]): Map<string, RowMark> {
  const relationOf = new Map<number, FactRelation>();
  for (const row of rows) if (row.kind === 'fact') relationOf.set(row.ordinal, row.fact.relation);
  const out = new Map<string, RowMark>();
  for (const row of rows) {
    if (row.kind === 'fact') {
      for (const cell of row.cells) {
        for (const { info } of cell.placed)
          out.set(info.id, { ordinal: row.ordinal, relation: row.fact.relation, linked: false });
      }
    } else {
      for (const item of row.cells.flat()) {
        if (item.linkedTo === null) continue;
        out.set(item.info.id, {
          ordinal: item.linkedTo,
          relation: relationOf.get(item.linkedTo) ?? 'partial',
          linked: true,
        });
      }
    }
  }
  return out;
}
