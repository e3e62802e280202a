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
  /** The sheet's visibility in its workbook; absent means visible. Hidden sheets are still checked. */
  visibility?: "visible" | "hidden" | "veryHidden";
  /**
   * Formula cells whose file carries no calculated result (a workbook saved by a program that does
   * not calculate), 0-based sheet positions; such a cell's value is null. Absent means none.
   */
  uncalculated?: { row: number; col: number }[];
}

export function valueAt(grid: Grid, row: number, col: number): CellValue {
  const r = grid.values[row - grid.top];
  if (!r) return null;
  const v = r[col - grid.left];
  return v === undefined ? null : v;
}

/** The uncalculated cells of a grid as a set of row × SHEET_COLUMNS + col, made once per grid. */
const uncalculatedSets = new WeakMap<Grid, Set<number>>();

/** Whether the cell holds a formula whose result the file does not carry (Grid.uncalculated). */
export function isUncalculated(grid: Grid, row: number, col: number): boolean {
  const cells = grid.uncalculated;
  if (!cells || cells.length === 0) return false;
  let set = uncalculatedSets.get(grid);
  if (!set) uncalculatedSets.set(grid, (set = new Set(cells.map((c) => c.row * SHEET_COLUMNS + c.col))));
  return set.has(row * SHEET_COLUMNS + col);
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

/**
 * Which merge covers each cell of the sheet's used range, as a table: the reader asks for every
 * field's merge. Cells outside the range (a missing field's place) are looked up in the list.
 */
interface MergeIndex {
  top: number;
  left: number;
  height: number;
  width: number;
  /** 1 + the index of the first listed merge covering the cell, 0 for none. */
  cover: Int32Array;
  /** How many merges were indexed: a list that grew since is indexed again. */
  size: number;
}
const mergeIndexes = new WeakMap<Merge[], MergeIndex>();
/** Beyond this many cells (a sheet of junk to XFD1048576) the list alone is used. */
const MAX_COVER = 1 << 22;

/** Made once per sheet, apart from the lookup so that the lookup stays small. */
function buildMergeIndex(grid: Grid): MergeIndex {
  const merges = grid.merges;
  const height = grid.values.length;
  const width = lastCol(grid) - grid.left + 1;
  const cells = height * width <= MAX_COVER ? height * width : 0;
  const index = { top: grid.top, left: grid.left, height: cells ? height : 0, width: cells ? width : 0, cover: new Int32Array(cells), size: merges.length };
  // Last to first, so that the first listed wins where merges overlap.
  for (let i = merges.length - 1; i >= 0 && cells; i--) {
    const m = merges[i];
    const top = Math.max(m.top - index.top, 0);
    const bottom = Math.min(m.bottom - index.top, index.height - 1);
    const left = Math.max(m.left - index.left, 0);
    const right = Math.min(m.right - index.left, index.width - 1);
    if (left > right) continue; // (fill would read a negative end from the row's end)
    for (let r = top; r <= bottom; r++) index.cover.fill(i + 1, r * index.width + left, r * index.width + right + 1);
  }
  mergeIndexes.set(merges, index);
  return index;
}

/** The merge whose area holds the cell, if any (the first listed, when merges overlap). */
export function mergeAt(grid: Grid, row: number, col: number): Merge | undefined {
  const merges = grid.merges;
  if (merges.length === 0) return undefined;
  let index = mergeIndexes.get(merges);
  if (!index || index.size !== merges.length) index = buildMergeIndex(grid);
  const r = row - index.top;
  const c = col - index.left;
  if (r >= 0 && r < index.height && c >= 0 && c < index.width) {
    const covering = index.cover[r * index.width + c];
    return covering === 0 ? undefined : merges[covering - 1];
  }
  return merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
}

/** Every field read makes an address: the first columns' names are made once. */
const COLUMN_NAMES: string[] = [];
const NAMED_COLUMNS = 702; // A … ZZ

export function columnName(col: number): string {
  if (col >= 0 && col < NAMED_COLUMNS) return (COLUMN_NAMES[col] ??= spellColumn(col));
  return spellColumn(col);
}

function spellColumn(col: number): string {
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

/** Excel's grid since 2007: A1:XFD1048576. */
export const SHEET_ROWS = 1_048_576;
export const SHEET_COLUMNS = 16_384;

/** Whether a 0-based position lies in Excel's grid (a stored address may point anywhere). */
export function inSheetGrid(row: number, col: number): boolean {
  return row >= 0 && row < SHEET_ROWS && col >= 0 && col < SHEET_COLUMNS;
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
