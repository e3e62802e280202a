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

/** The merge whose area holds the cell, if any. */
export function mergeAt(grid: Grid, row: number, col: number): Merge | undefined {
  return grid.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
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
