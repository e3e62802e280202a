/**
 * The add-in's documents in the very hidden store sheet, for a WPS build whose workbooks do not
 * keep custom XML parts. The format is the Excel add-in's (core/storedSheet.ts: marker in A1, one
 * row per namespace, its JSON in "|"-prefixed pieces), so a workbook moves between Excel and WPS
 * with its mapping, marks and settings whichever store they were written to.
 *
 *   sheet  STORE_SHEET ("_perfeval_data"), Visible = xlSheetVeryHidden (2): not listed in 取消隐藏
 *
 * Pieces start with "|" so that none begins with "=", "'" or a digit that WPS would read as a
 * formula, a prefix or a number; the cells are also formatted "@".
 */
import { a1 } from "../../core/grid";
import { STORE_SHEET, SheetDocuments, isStoreValues, storeDocuments, storeRows } from "../../core/storedSheet";
import { rowsOf } from "./values";
import { EtApplication, EtWorkbook, EtWorksheet, XL } from "./et";
import { deleteSheet, findSheet } from "./sheets";

export const DATA_SHEET = STORE_SHEET;

/** The sheet's rows from A1 (one Value2 call), or undefined when it is not ours (no marker in A1). */
function ourRows(ws: EtWorksheet): unknown[][] | undefined {
  const used = ws.UsedRange;
  const rows = rowsOf(used.Value2, used.Rows.Count, used.Columns.Count);
  return used.Row === 1 && used.Column === 1 && isStoreValues(rows) ? rows : undefined;
}

/** Everything the data sheet holds (namespace → document), empty when there is no sheet or it is not ours. */
export function readDataSheet(book: EtWorkbook): SheetDocuments {
  const ws = findSheet(book, DATA_SHEET);
  const rows = ws && ourRows(ws);
  return (rows && storeDocuments(rows)) || Object.create(null);
}

/** The JSON documents stored for one namespace in the sheet. */
export function sheetDocuments(book: EtWorkbook, namespace: string): unknown[] {
  const documents = readDataSheet(book);
  const doc = documents[namespace]; // no prototype: only what the sheet holds
  return doc === undefined || doc === null ? [] : [doc];
}

/**
 * Replaces the namespace's document (removes it when `data` is null). The sheet is made when the
 * first document arrives and deleted with the last one, so a workbook whose marks are cleared is
 * left as it was. The active sheet stays the active sheet.
 */
export function writeDataSheet(app: EtApplication, book: EtWorkbook, namespace: string, data: unknown | null): void {
  const documents = readDataSheet(book);
  if (data === null) delete documents[namespace];
  else documents[namespace] = data;
  let ws = findSheet(book, DATA_SHEET);
  // A sheet of that name that the user made is theirs: never written over, never deleted.
  if (ws && !ourRows(ws)) throw new Error(`工作簿中已有名为“${DATA_SHEET}”的工作表，加载项无法在其中保存数据：请将其改名`);
  if (Object.keys(documents).length === 0) {
    if (ws) deleteSheet(app, ws);
    return;
  }
  const old = ws ? usedSize(ws) : { rows: 0, columns: 0 };
  ws ??= addDataSheet(book);
  const rows = storeRows(documents);
  const height = Math.max(rows.length, old.rows);
  const width = Math.max(rows[0].length, old.columns);
  const block = ws.Range(`A1:${a1(height - 1, width - 1)}`);
  block.NumberFormat = "@";
  // Cells the old store used beyond the new one are emptied.
  block.Value2 = Array.from({ length: height }, (_, r) => Array.from({ length: width }, (_, c) => rows[r]?.[c] ?? ""));
}

function usedSize(ws: EtWorksheet): { rows: number; columns: number } {
  const used = ws.UsedRange;
  return { rows: used.Row - 1 + used.Rows.Count, columns: used.Column - 1 + used.Columns.Count };
}

function addDataSheet(book: EtWorkbook): EtWorksheet {
  const active = book.ActiveSheet;
  const sheets = book.Worksheets;
  const ws = sheets.Add(undefined, sheets.Item(sheets.Count));
  ws.Name = DATA_SHEET;
  ws.Visible = XL.sheetVeryHidden;
  active?.Activate();
  return ws;
}
