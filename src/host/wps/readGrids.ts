/**
 * WPS worksheets → the core's grids. The object model is synchronous and each property read is
 * a call into WPS, so a sheet is read in whole blocks, never cell by cell:
 *
 *   Value2         the used range's values, one call (rows of values)
 *   NumberFormat   one call; only when the cells' formats differ (WPS then returns null) is the
 *                  range split in halves, and only halves that hold numbers are asked again
 *   merges         ET has no list of merged areas: MergeCells of the used range, one call, is
 *                  false on a sheet without merges; otherwise halves are asked the same way and
 *                  each merge found costs a MergeArea call, so calls grow with merges, not cells
 */
import { CellValue, Grid, Merge, a1, parseArea } from "../../core/grid";
import { rowsOf } from "./values";
import { DATA_SHEET } from "./dataSheet";
import { activeBook } from "./documents";
import { EtApplication, EtRange, EtWorksheet, XL } from "./et";

export interface SheetInfo {
  name: string;
  protected: boolean;
}

export { rowsOf };

export interface WorkbookRead {
  sheets: SheetInfo[];
  /** One per sheet, same order as `sheets`. */
  grids: Grid[];
}

interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const rangeOf = (ws: EtWorksheet, a: Area): EtRange => ws.Range(a.top === a.bottom && a.left === a.right ? a1(a.top, a.left) : `${a1(a.top, a.left)}:${a1(a.bottom, a.right)}`);

/** Halves of an area along its longer side. */
function halves(a: Area): [Area, Area] {
  if (a.bottom - a.top >= a.right - a.left) {
    const mid = Math.floor((a.top + a.bottom) / 2);
    return [{ ...a, bottom: mid }, { ...a, top: mid + 1 }];
  }
  const mid = Math.floor((a.left + a.right) / 2);
  return [{ ...a, right: mid }, { ...a, left: mid + 1 }];
}

const visibilityOf = (visible: number): Grid["visibility"] =>
  visible === XL.sheetVeryHidden ? "veryHidden" : visible === XL.sheetHidden ? "hidden" : "visible";

/** The formats of the number cells of `area` (the core reads formats of numbers only). */
function readFormats(ws: EtWorksheet, area: Area, values: CellValue[][], origin: { top: number; left: number }, formats: (string | null)[][]): void {
  const hasNumber = (a: Area) => {
    for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) if (typeof values[r - origin.top]?.[c - origin.left] === "number") return true;
    return false;
  };
  const pending: Area[] = [area];
  while (pending.length) {
    const a = pending.pop()!;
    if (!hasNumber(a)) continue;
    const format = rangeOf(ws, a).NumberFormat as unknown;
    if (typeof format === "string" || a.top === a.bottom && a.left === a.right) {
      const f = typeof format === "string" && format !== "General" ? format : null;
      for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) formats[r - origin.top][c - origin.left] = f;
    } else if (Array.isArray(format)) {
      // A WPS build that answers with one format per cell, as Office.js does.
      (format as unknown[][]).forEach((row, i) => row.forEach((f, j) => (formats[a.top - origin.top + i][a.left - origin.left + j] = typeof f === "string" && f !== "General" ? f : null)));
    } else {
      pending.push(...halves(a));
    }
  }
}

/** The merged areas that meet `area`, in the order found. */
export function readMerges(ws: EtWorksheet, area: Area): Merge[] {
  const found = new Map<string, Merge>();
  const pending: Area[] = [area];
  while (pending.length) {
    const a = pending.pop()!;
    if (a.top > a.bottom || a.left > a.right) continue;
    if (rangeOf(ws, a).MergeCells === false) continue;
    const single = a.top === a.bottom && a.left === a.right;
    const corner = rangeOf(ws, { top: a.top, left: a.left, bottom: a.top, right: a.left });
    const m = single || corner.MergeCells !== false ? parseArea(corner.MergeArea.Address(false, false)) : undefined;
    if (m && (m.bottom > m.top || m.right > m.left)) {
      found.set(`${m.top}:${m.left}:${m.bottom}:${m.right}`, m);
      // The merge covers the corner of `a`: what is left is to its right and below it.
      pending.push({ top: a.top, bottom: Math.min(m.bottom, a.bottom), left: m.right + 1, right: a.right });
      pending.push({ top: m.bottom + 1, bottom: a.bottom, left: a.left, right: a.right });
    } else if (!single) {
      pending.push(...halves(a));
    }
  }
  return [...found.values()];
}

/** One worksheet as the core's grid. */
export function readSheet(ws: EtWorksheet): Grid {
  const name = ws.Name;
  const visibility = visibilityOf(ws.Visible);
  const used = ws.UsedRange;
  const top = used.Row - 1;
  const left = used.Column - 1;
  const rows = used.Rows.Count;
  const cols = used.Columns.Count;
  const values = rowsOf(used.Value2, rows, cols);
  const area = { top, left, bottom: top + rows - 1, right: left + cols - 1 };
  const merges = rows * cols > 1 ? readMerges(ws, area) : [];
  if (rows * cols === 1 && values[0][0] === null) return { name, top: 0, left: 0, values: [], formats: [], merges: [], visibility };
  const formats: (string | null)[][] = values.map((row) => row.map(() => null));
  const uniform = used.NumberFormat as unknown;
  if (typeof uniform === "string") {
    if (uniform !== "General") for (const row of formats) row.fill(uniform);
  } else {
    readFormats(ws, area, values, { top, left }, formats);
  }
  return { name, top, left, values, formats, merges, visibility };
}

/** The sheets of the active workbook (all, or the active one), our own data sheet left out. */
export function readWorkbook(app: EtApplication, scope: "all" | "active"): WorkbookRead {
  const book = activeBook(app);
  const worksheets: EtWorksheet[] = [];
  if (scope === "active") {
    const active = book.ActiveSheet;
    if (!active) throw new Error("没有活动的工作表");
    worksheets.push(active);
  } else {
    const sheets = book.Worksheets;
    for (let i = 1; i <= sheets.Count; i++) worksheets.push(sheets.Item(i));
  }
  const ours = worksheets.filter((ws) => ws.Name.toLowerCase() !== DATA_SHEET.toLowerCase());
  return {
    sheets: ours.map((ws) => ({ name: ws.Name, protected: ws.ProtectContents })),
    grids: ours.map(readSheet),
  };
}
