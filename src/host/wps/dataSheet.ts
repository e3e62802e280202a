/**
 * The add-in's documents in the very hidden store sheet, in the Excel add-in's format
 * (core/storedSheet.ts: marker in A1, one row per namespace, its JSON in "|"-prefixed pieces),
 * so that a workbook moves between Excel and WPS with its mapping, marks and settings even where
 * custom XML parts are lost (Excel for Mac: office-js#6091) or a WPS build has none.
 *
 *   sheet  STORE_SHEET ("_perfeval_data"), Visible = xlSheetVeryHidden (2): not listed in 取消隐藏
 *
 * Pieces start with "|" so that none begins with "=", "'" or a digit that WPS would read as a
 * formula, a prefix or a number; the cells are also formatted "@".
 */
import { a1 } from "../../core/grid";
import { STORE_MARKER, STORE_SHEET, SheetDocuments, isStoreValues, storeDocuments, storeRows } from "../../core/storedSheet";
import { rowsOf } from "./values";
import { EtApplication, EtWorkbook, EtWorksheet, XL } from "./et";
import { deleteSheet, findSheet } from "./sheets";

export const DATA_SHEET = STORE_SHEET;

/** Whether a worksheet is the store: named so and marked in A1 (one cell read). A user's sheet of that name is theirs. */
export function isStoreSheet(ws: EtWorksheet): boolean {
  return ws.Name.toLowerCase() === STORE_SHEET.toLowerCase() && ws.Range("A1").Value2 === STORE_MARKER;
}

/** The sheet's rows from A1 (one Value2 call), or undefined when it is not ours (no marker in A1). */
function ourRows(ws: EtWorksheet): unknown[][] | undefined {
  const used = ws.UsedRange;
  const rows = rowsOf(used.Value2, used.Rows.Count, used.Columns.Count);
  return used.Row === 1 && used.Column === 1 && isStoreValues(rows) ? rows : undefined;
}

/** What the store sheet holds (namespace → document), undefined when there is no store sheet of ours. */
export function readDataSheet(book: EtWorkbook): SheetDocuments | undefined {
  const ws = findSheet(book, DATA_SHEET);
  const rows = ws && ourRows(ws);
  return rows ? storeDocuments(rows) : undefined;
}

/** Why the store sheet cannot be written, when it cannot: a sheet of the user's has its name, or the structure is protected. */
export function dataSheetBlocked(book: EtWorkbook): string | undefined {
  const ws = findSheet(book, DATA_SHEET);
  if (ws) return ourRows(ws) ? undefined : `工作簿中已有名为“${DATA_SHEET}”的工作表，加载项无法在其中保存数据：请将其改名`;
  return book.ProtectStructure ? "工作簿结构受保护，加载项无法添加保存数据的隐藏工作表：请先撤销工作簿保护" : undefined;
}

/**
 * Replaces the namespace's document (removes it when `data` is null). The sheet is made when the
 * first document arrives and deleted with the last one, so a workbook whose marks are cleared is
 * left as it was. The active sheet stays the active sheet. The caller checks dataSheetBlocked first.
 */
export function writeDataSheet(app: EtApplication, book: EtWorkbook, namespace: string, data: unknown | null): void {
  const stored = readDataSheet(book);
  const documents: SheetDocuments = { ...(stored ?? {}) };
  if (data === null) delete documents[namespace];
  else documents[namespace] = data;
  let ws = findSheet(book, DATA_SHEET);
  if (Object.values(documents).every((d) => d === null || d === undefined)) {
    if (ws && stored) deleteSheet(app, ws);
    return;
  }
  const old = ws && stored ? usedSize(ws) : { rows: 0, columns: 0 };
  ws = ws && stored ? ws : addDataSheet(book);
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
