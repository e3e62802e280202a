/**
 * WPS worksheets → the core's grids. The object model is synchronous and each property read is
 * a call into WPS, so a sheet is read in whole blocks, never cell by cell:
 *
 *   Value2         the used range's values, one call (rows of values)
 *   NumberFormat   one call; only when the cells' formats differ (WPS then returns null) is each
 *                  column's run of number cells asked, and a run that still differs halved
 *   merges         ET has no list of merged areas: areas are asked whether they hold merged cells
 *                  (MergeCells) and their top-left cell for its merge (MergeArea), so the calls
 *                  grow with the merges (about three per merge on the seed forms), not the cells
 */
import { CellValue, Grid, Merge, a1, parseArea } from "../../core/grid";
import type { SheetInfo } from "../types";
import { rowsOf } from "./values";
import { isStoreSheet } from "./dataSheet";
import { worksheets } from "./sheets";
import { EtRange, EtWorkbook, EtWorksheet, XL } from "./et";

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

const visibilityOf = (visible: number): NonNullable<Grid["visibility"]> =>
  visible === XL.sheetVeryHidden ? "veryHidden" : visible === XL.sheetHidden ? "hidden" : "visible";

/**
 * The formats of the number cells (the core reads formats of numbers only): each column's runs
 * of consecutive number cells are asked once; a run whose cells differ (null) is halved.
 */
function readFormats(ws: EtWorksheet, values: CellValue[][], origin: { top: number; left: number }, formats: (string | null)[][]): void {
  const pending: Area[] = [];
  const width = Math.max(0, ...values.map((row) => row.length));
  for (let c = 0; c < width; c++) {
    for (let r = 0; r < values.length; r++) {
      if (typeof values[r][c] !== "number") continue;
      const start = r;
      while (r + 1 < values.length && typeof values[r + 1][c] === "number") r++;
      pending.push({ top: origin.top + start, bottom: origin.top + r, left: origin.left + c, right: origin.left + c });
    }
  }
  const set = (a: Area, f: unknown) => {
    for (let r = a.top; r <= a.bottom; r++) formats[r - origin.top][a.left - origin.left] = typeof f === "string" && f !== "General" ? f : null;
  };
  while (pending.length) {
    const a = pending.pop()!;
    const format = rangeOf(ws, a).NumberFormat as unknown;
    if (typeof format === "string" || a.top === a.bottom) set(a, format);
    else if (Array.isArray(format)) (format as unknown[][]).forEach((row, i) => set({ ...a, top: a.top + i, bottom: a.top + i }, row[0]));
    else pending.push(...halves(a));
  }
}

/**
 * The merged areas that meet `area`. An area is asked about its top-left cell first: a merge
 * there is taken whole (MergeArea) and the rest of the area, to its right and below it, is asked
 * next; otherwise the area is asked whether it holds any merged cell, and halved when it does.
 */
export function readMerges(ws: EtWorksheet, area: Area): Merge[] {
  const found = new Map<string, Merge>();
  const pending: Area[] = [area];
  while (pending.length) {
    const a = pending.pop()!;
    if (a.top > a.bottom || a.left > a.right) continue;
    // A merge that reaches into this area from one found before is known without asking.
    let m = [...found.values()].find((f) => a.top >= f.top && a.top <= f.bottom && a.left >= f.left && a.left <= f.right);
    if (!m) {
      const corner = rangeOf(ws, { top: a.top, left: a.left, bottom: a.top, right: a.left });
      if (corner.MergeCells) {
        m = parseArea(corner.MergeArea.Address(false, false))!;
        found.set(`${m.top}:${m.left}:${m.bottom}:${m.right}`, m);
      }
    }
    if (m) {
      pending.push({ top: a.top, bottom: Math.min(m.bottom, a.bottom), left: m.right + 1, right: a.right });
      pending.push({ top: m.bottom + 1, bottom: a.bottom, left: a.left, right: a.right });
      continue;
    }
    if (a.top === a.bottom && a.left === a.right) continue;
    const rest = a.left < a.right ? { ...a, left: a.left + 1, bottom: a.top } : undefined;
    // The corner is not merged: the rest of its row, then the rows below, are asked as wholes.
    for (const part of [rest, { ...a, top: a.top + 1 }]) {
      if (!part || part.top > part.bottom || part.left > part.right) continue;
      const merged = rangeOf(ws, part).MergeCells;
      if (merged === false) continue;
      if (part === rest) pending.push(part);
      else pending.push(...halves(part));
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
    readFormats(ws, values, { top, left }, formats);
  }
  return { name, top, left, values, formats, merges, visibility };
}

/** A user's sheet: its worksheet and what the host boundary says of it. */
export interface UserSheet {
  ws: EtWorksheet;
  info: SheetInfo;
}

/** The user's sheets in tab order: every worksheet but the add-in's store sheet (whose position still counts). */
export function userSheets(book: EtWorkbook): UserSheet[] {
  return worksheets(book)
    .map((ws, i) => ({ ws, info: { name: ws.Name, position: i, visibility: visibilityOf(ws.Visible), protected: ws.ProtectContents } }))
    .filter(({ ws }) => !isStoreSheet(ws));
}
