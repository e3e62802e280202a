/**
 * Writing a few cells' values (a fix, a fix taken back) and saying what they held: 2 syncs.
 *
 *   sync 1  each cell's formula (or constant) and number format, and whether its sheet is protected
 *   sync 2  the writes whose `onlyIf` still holds, through Range.formulas: a number stays a number
 *           (a percentage cell keeps its format: 0.9522 shows as 95.22%), "=…" is a formula
 *
 * A protected sheet refuses cell writes (AccessDenied), and Excel keeps what ran before a refused
 * instruction: so a protected sheet among the targets stops the whole write before sync 2.
 */
import { STORE_SHEET } from "../core/storedSheet";
import { SheetProtectedError } from "../host/errors";
import type { CellContent, CellWrite, CellWritten } from "../host/types";

const same = (a: CellContent, b: CellContent) => a.entry === b.entry && a.numberFormat === b.numberFormat;

export async function writeCells(writes: CellWrite[]): Promise<CellWritten[]> {
  if (writes.length === 0) return [];
  if (writes.some((w) => w.sheet === STORE_SHEET)) throw new Error("writeCells: the store sheet is the add-in's own");
  return Excel.run(async (context) => {
    const sheets = new Map<string, Excel.WorksheetProtection>();
    for (const w of writes) if (!sheets.has(w.sheet)) sheets.set(w.sheet, context.workbook.worksheets.getItem(w.sheet).protection.load("protected"));
    const ranges = writes.map((w) => context.workbook.worksheets.getItem(w.sheet).getRange(w.cell).load("formulas, numberFormat"));
    await context.sync();
    for (const [sheet, protection] of sheets) if (protection.protected) throw new SheetProtectedError(sheet);
    const out: CellWritten[] = writes.map((w, i) => {
      const before: CellContent = { entry: ranges[i].formulas[0][0] as CellContent["entry"], numberFormat: String(ranges[i].numberFormat[0][0]) };
      return { sheet: w.sheet, cell: w.cell, before, written: !w.onlyIf || same(w.onlyIf, before) };
    });
    writes.forEach((w, i) => {
      if (!out[i].written) return;
      if (w.numberFormat !== undefined && w.numberFormat !== out[i].before.numberFormat) ranges[i].numberFormat = [[w.numberFormat]];
      ranges[i].formulas = [[w.entry]];
    });
    if (out.some((o) => o.written)) await context.sync();
    return out;
  });
}
