/**
 * The cells a sheet reader keeps, by absolute position, and the Grid made of them at the end:
 * the area read (READ_ROWS × READ_COLS), values and number formats, merged areas, formula
 * cells without a result. Cells under a merge but its top-left are cleared, as Excel shows them.
 */
import type { CellValue, Grid, Merge } from "../../core/grid";
import { parseA1, parseArea } from "../../core/grid";
import type { Visibility } from "./parts";

/** Rows and columns read: a form is a few dozen rows by a dozen columns near the sheet's top left. */
export const READ_ROWS = 10000;
export const READ_COLS = 256;
/** Bounds on what a damaged or hostile sheet can make the reader do. */
const MAX_MERGES = 100000;
const MAX_COVERED_CELLS = 20000000;

/** A sheet whose content cannot be read; the message names what is wrong, for the one line. */
export class SheetError extends Error {}

export class SheetCells {
  private readonly rows: CellValue[][] = [];
  private readonly numberFormats: (string | null)[][] = [];
  private readonly merges: Merge[] = [];
  private readonly uncalculated: { row: number; col: number }[] = [];

  static inside(row: number, col: number): boolean {
    return row < READ_ROWS && col < READ_COLS;
  }

  /** A value (not null) at a position inside the area read; a number keeps its format. */
  set(row: number, col: number, value: Exclude<CellValue, null>, format: string | null): void {
    (this.rows[row] ??= [])[col] = value;
    if (typeof value === "number") (this.numberFormats[row] ??= [])[col] = format;
  }

  /** A formula cell whose file carries no result. */
  setUncalculated(row: number, col: number): void {
    this.uncalculated.push({ row, col });
  }

  addMerge(ref: string | undefined): void {
    const merge = ref === undefined ? undefined : mergeArea(ref);
    // A merge that starts outside the cells read covers none of them.
    if (!merge || merge.top >= READ_ROWS || merge.left >= READ_COLS) return;
    if (this.merges.length >= MAX_MERGES) throw new SheetError(`合并单元格超过 ${MAX_MERGES} 个`);
    this.merges.push(merge);
  }

  grid(name: string, visibility: Visibility): Grid {
    const { rows, numberFormats } = this;
    this.clearCovered();
    let top = -1;
    let left = Infinity;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      if (!row) continue;
      for (let c = 0; c < row.length && c < left; c++) {
        if (row[c] !== undefined) {
          left = c;
          break;
        }
      }
      if (top < 0 && row.some((v) => v !== undefined)) top = r;
    }
    const grid: Grid = { name: name, top: 0, left: 0, values: [], merges: [] };
    if (top >= 0) {
      let bottom = rows.length - 1;
      while (bottom > top && !(rows[bottom] ?? []).some((v) => v !== undefined)) bottom--;
      grid.top = top;
      grid.left = left;
      grid.merges = this.merges;
      grid.formats = [];
      for (let r = top; r <= bottom; r++) {
        grid.values.push(trimmed(rows[r], left));
        grid.formats.push(trimmed(numberFormats[r], left));
      }
    }
    if (visibility !== "visible") grid.visibility = visibility;
    if (this.uncalculated.length) grid.uncalculated = this.uncalculated;
    return grid;
  }

  /** Cells under a merge but its top-left hold null, as Excel shows them (a writer may have left values there). */
  private clearCovered(): void {
    let visited = 0;
    for (const m of this.merges) {
      for (let r = m.top; r <= m.bottom && r < this.rows.length; r++) {
        const row = this.rows[r];
        if (!row) continue;
        const formats = this.numberFormats[r];
        const right = Math.min(m.right, row.length - 1);
        visited += Math.max(0, right - m.left + 1);
        if (visited > MAX_COVERED_CELLS) throw new SheetError("合并单元格互相重叠，覆盖的单元格过多");
        for (let c = m.left; c <= right; c++) {
          if (r === m.top && c === m.left) continue;
          if (row[c] !== undefined) delete row[c];
          if (formats && formats[c] !== undefined) delete formats[c];
        }
      }
    }
  }
}

/**
 * A cell's `r` as 0-based row and column. Every cell has one, so the plain form writers use
 * ("AB12") is read by character codes; anything else goes to core/grid's parseA1.
 */
export function cellPosition(ref: string): { row: number; col: number } | undefined {
  let col = 0;
  let i = 0;
  for (; i < ref.length && i < 3; i++) {
    const code = ref.charCodeAt(i);
    if (code < 65 || code > 90) break;
    col = col * 26 + code - 64;
  }
  let row = 0;
  const digits = i;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 48 || code > 57) return parseA1(ref);
    row = row * 10 + code - 48;
  }
  if (col === 0 || i === digits || i - digits > 7 || row < 1) return parseA1(ref);
  return { row: row - 1, col: col - 1 };
}

/** A merge's `ref` ("A1:B2"), read like cells' references; anything else goes to core/grid's parseArea. */
function mergeArea(ref: string): Merge | undefined {
  const colon = ref.indexOf(":");
  const from = colon < 0 ? undefined : cellPosition(ref.slice(0, colon));
  const to = colon < 0 ? undefined : cellPosition(ref.slice(colon + 1));
  if (!from || !to) return parseArea(ref);
  return { top: Math.min(from.row, to.row), left: Math.min(from.col, to.col), bottom: Math.max(from.row, to.row), right: Math.max(from.col, to.col) };
}

/** The row from column `left` on, gaps as null, trailing gaps dropped. */
function trimmed<T>(row: (T | null)[] | undefined, left: number): (T | null)[] {
  if (!row) return [];
  let end = row.length;
  while (end > left && row[end - 1] === undefined) end--;
  const out: (T | null)[] = new Array(Math.max(0, end - left));
  for (let c = left; c < end; c++) out[c - left] = row[c] === undefined ? null : row[c];
  return out;
}
