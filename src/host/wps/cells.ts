/**
 * Writing a few cells' values in WPS (a fix, a fix taken back) and saying what they held, as the
 * Excel add-in does (src/office/cells.ts). `Range.Formula` gives a formula cell's formula (VBA
 * Range.Formula); a constant is read from `Value2`, which keeps a number a number whatever type
 * `Formula` gives it in; the write goes through `Formula`, which takes a number as a number and
 * "=…" as a formula, as typing does (VBA Range.Formula). A protected sheet refuses every write
 * (run-time error 1004): it is asked first, and the whole call refused before anything is written.
 */
import { STORE_SHEET } from "../../core/storedSheet";
import { SheetProtectedError } from "../errors";
import type { CellContent, CellWrite, CellWritten } from "../types";
import { activeBook } from "./documents";
import { EtApplication, EtRange } from "./et";

const same = (a: CellContent, b: CellContent) => a.entry === b.entry && a.numberFormat === b.numberFormat;

/** What a one-cell range holds, as the user typed it. */
function contentOf(range: EtRange): CellContent {
  const formula = range.Formula;
  const text = typeof formula === "string" ? formula : String(formula?.[0]?.[0] ?? "");
  const value = range.Value2;
  const constant = value === undefined || value === null ? "" : (value as CellContent["entry"]);
  return { entry: text.startsWith("=") ? text : constant, numberFormat: String(range.NumberFormat ?? "General") };
}

export function writeCells(app: EtApplication, writes: CellWrite[]): CellWritten[] {
  if (writes.length === 0) return [];
  if (writes.some((w) => w.sheet === STORE_SHEET)) throw new Error("writeCells: the store sheet is the add-in's own");
  const book = activeBook(app);
  for (const sheet of new Set(writes.map((w) => w.sheet))) if (book.Worksheets.Item(sheet).ProtectContents) throw new SheetProtectedError(sheet);
  const ranges = writes.map((w) => book.Worksheets.Item(w.sheet).Range(w.cell));
  const out: CellWritten[] = writes.map((w, i) => {
    const before = contentOf(ranges[i]);
    return { sheet: w.sheet, cell: w.cell, before, written: !w.onlyIf || same(w.onlyIf, before) };
  });
  writes.forEach((w, i) => {
    if (!out[i].written) return;
    if (w.numberFormat !== undefined && w.numberFormat !== out[i].before.numberFormat) ranges[i].NumberFormat = w.numberFormat;
    ranges[i].Formula = w.entry as string;
  });
  return out;
}
