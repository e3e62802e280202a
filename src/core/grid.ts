/**
 * The sheet as the core sees it: cell values, number formats and merged areas of one
 * worksheet's used range. Both adapters (Office.js, ExcelJS) produce this; nothing else
 * of a workbook reaches the core.
 *
 * Coordinates are 0-based absolute sheet positions (row 0 = sheet row 1, col 0 = column A).
 * Cells covered by a merge but not its top-left hold null, as Excel reports them.
 */
export type CellValue = string | number | boolean | null;

export interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Grid {
  name: string;
  /** Sheet position of values[0][0]. */
  top: number;
  left: number;
  values: CellValue[][];
  /** Number formats, same shape as values; missing rows or cells mean "General". */
  formats?: (string | null)[][];
  merges: Merge[];
}

export function valueAt(grid: Grid, row: number, col: number): CellValue {
  const r = grid.values[row - grid.top];
  if (!r) return null;
  const v = r[col - grid.left];
  return v === undefined ? null : v;
}

export function formatAt(grid: Grid, row: number, col: number): string | null {
  const r = grid.formats?.[row - grid.top];
  return (r && r[col - grid.left]) || null;
}

export function lastRow(grid: Grid): number {
  return grid.top + grid.values.length - 1;
}

export function lastCol(grid: Grid): number {
  let width = 0;
  for (const r of grid.values) if (r.length > width) width = r.length;
  return grid.left + width - 1;
}

/** Merges by row: the reader asks for every field's merge, so don't scan them all each time. */
interface MergeIndex {
  byRow: Map<number, number[]>;
  /** Merges too tall to index row by row (junk a sheet may carry): always checked. */
  tall: number[];
  /** How many merges were indexed: a list that grew since is indexed again. */
  size: number;
}
const mergeIndexes = new WeakMap<Merge[], MergeIndex>();
const TALL = 5000;

function mergeIndex(merges: Merge[]): MergeIndex {
  let index = mergeIndexes.get(merges);
  if (!index || index.size !== merges.length) {
    index = { byRow: new Map(), tall: [], size: merges.length };
    merges.forEach((m, i) => {
      if (m.bottom - m.top > TALL) return index!.tall.push(i);
      for (let r = m.top; r <= m.bottom; r++) {
        const list = index!.byRow.get(r);
        if (list) list.push(i);
        else index!.byRow.set(r, [i]);
      }
    });
    mergeIndexes.set(merges, index);
  }
  return index;
}

/** The merge whose area holds the cell, if any (the first listed, when merges overlap). */
export function mergeAt(grid: Grid, row: number, col: number): Merge | undefined {
  const index = mergeIndex(grid.merges);
  let first = Infinity;
  for (const i of [...(index.byRow.get(row) ?? []), ...index.tall]) {
    const m = grid.merges[i];
    if (i < first && row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) first = i;
  }
  return first === Infinity ? undefined : grid.merges[first];
}

export function columnName(col: number): string {
  let name = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

/** A1 address of a 0-based cell. */
export function a1(row: number, col: number): string {
  return columnName(col) + (row + 1);
}

/** 0-based position of an A1 address ("$B$3" and "b3" too); undefined when it is not one. */
export function parseA1(address: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]);
  if (row < 1) return undefined;
  return { row: row - 1, col: col - 1 };
}

/** Parses "A1:B2" (or a single "A1") into a merge-shaped area. */
export function parseArea(ref: string): Merge | undefined {
  const [from, to = from] = ref.split(":");
  const a = parseA1(from);
  const b = parseA1(to);
  if (!a || !b) return undefined;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}
