/** Every short text cell of a grid with what it means as a label (labels.ts), and lookups by meaning. */
import { Grid, mergeAt } from "../grid";
import { labelKey, rankMap } from "../labels";

export interface LabelCell {
  row: number;
  col: number;
  /** What the label means (labelKey): `实施单位（盖章）` → 实施单位, `产出指标(50分)` → 产出. */
  key: string;
}

/** Labels are short; long texts (goals, reasons) are never labels and are not indexed. */
const MAX_LABEL_LENGTH = 24;

/** Every label cell in sheet order, row by row and left to right. */
export function indexLabels(grid: Grid): LabelCell[] {
  const cells: LabelCell[] = [];
  for (let r = 0; r < grid.values.length; r++) {
    const values = grid.values[r];
    for (let c = 0; c < values.length; c++) {
      const v = values[c];
      if (typeof v !== "string" || v.length > MAX_LABEL_LENGTH * 2) continue;
      const key = labelKey(v);
      if (key !== "" && key.length <= MAX_LABEL_LENGTH) cells.push({ row: grid.top + r, col: grid.left + c, key });
    }
  }
  return cells;
}

export type Match = (key: string) => boolean;

export const equals = (label: string): Match => (key) => key === label;
/** A label meaning one of these synonyms (labels.ts tables). */
export const oneOf = (synonyms: readonly string[]): Match => {
  const ranks = rankMap(synonyms);
  return (key) => ranks.has(key);
};

/** Labels are in sheet order (row by row, left to right): the first one at or below `row`. */
function firstAtRow(cells: LabelCell[], row: number): number {
  let low = 0;
  let high = cells.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (cells[mid].row < row) low = mid + 1;
    else high = mid;
  }
  return low;
}

export function findLabel(cells: LabelCell[], match: Match, from?: { row: number }): LabelCell | undefined {
  for (let i = from ? firstAtRow(cells, from.row) : 0; i < cells.length; i++) if (match(cells[i].key)) return cells[i];
  return undefined;
}

/**
 * The label that best means one of `synonyms` (the earliest in the list; the first in sheet order
 * among equals), within rows `from`…`to` and passing `test` when given.
 */
export function findBest(
  cells: LabelCell[],
  synonyms: readonly string[],
  options: { from?: number; to?: number; test?: (c: LabelCell) => boolean } = {},
): LabelCell | undefined {
  let best: LabelCell | undefined;
  let bestRank = Infinity;
  const to = options.to ?? Infinity;
  const ranks = rankMap(synonyms);
  for (let i = options.from === undefined ? 0 : firstAtRow(cells, options.from); i < cells.length && cells[i].row <= to; i++) {
    const rank = ranks.get(cells[i].key);
    if (rank !== undefined && rank < bestRank && (!options.test || options.test(cells[i]))) {
      best = cells[i];
      bestRank = rank;
      if (rank === 0) break;
    }
  }
  return best;
}

export function findInRow(cells: LabelCell[], row: number, match: Match): LabelCell | undefined {
  for (let i = firstAtRow(cells, row); i < cells.length && cells[i].row === row; i++) if (match(cells[i].key)) return cells[i];
  return undefined;
}

/** The labels of one row, left to right. */
export function labelsInRow(cells: LabelCell[], row: number): LabelCell[] {
  const out: LabelCell[] = [];
  for (let i = firstAtRow(cells, row); i < cells.length && cells[i].row === row; i++) out.push(cells[i]);
  return out;
}

/** Where the labels of `row` begin in `cells` (sheet order): for walking a row without making an array. */
export function rowStart(cells: LabelCell[], row: number): number {
  return firstAtRow(cells, row);
}

/** The first label in rows `from` to `to` that passes `test`. */
export function findInRows(cells: LabelCell[], from: number, to: number, test: (c: LabelCell) => boolean): LabelCell | undefined {
  for (let i = firstAtRow(cells, from); i < cells.length && cells[i].row <= to; i++) if (test(cells[i])) return cells[i];
  return undefined;
}

/** The first column right of a cell, past the cell's own merge. */
export function nextColumn(grid: Grid, row: number, col: number): number {
  const m = mergeAt(grid, row, col);
  return (m ? m.right : col) + 1;
}
