/**
 * The add-in's documents in a very hidden sheet, for a WPS build whose workbooks do not keep
 * custom XML parts. One format, meant to be the same one the Excel add-in falls back to (issue
 * 12), kept in this one module so that it can be aligned at merge:
 *
 *   sheet  "_perfeval_data", Visible = xlSheetVeryHidden (2): not listed in 取消隐藏
 *   A1     DATA_SHEET_MARK, the format's name and version
 *   row 2… A namespace (urn:perfeval:mapping:1, …) · B chunk number 1, 2, … · C "|" + chunk
 *
 * The chunks of one namespace, in order, make the same XML a custom XML part would hold
 * (core/storedData jsonPartXml), so both stores decode alike. A chunk is at most 30,000
 * characters (a cell holds 32,767) and starts with "|" so that no chunk begins with "=", "'" or a
 * digit that WPS would read as a formula, a prefix or a number; column C is also formatted "@".
 */
import { a1 } from "../../core/grid";
import { partJson } from "../../core/storedData";
import { rowsOf } from "./values";
import { EtApplication, EtWorkbook, EtWorksheet, XL } from "./et";
import { deleteSheet, findSheet } from "./sheets";

export const DATA_SHEET = "_perfeval_data";
export const DATA_SHEET_MARK = "urn:perfeval:data-sheet:1";
export const CHUNK = 30_000;

/** namespace → the XML of its document. */
export type SheetDocuments = Map<string, string>;

/** The rows that hold the documents (without the mark row). */
export function documentRows(documents: SheetDocuments): (string | number)[][] {
  const rows: (string | number)[][] = [];
  for (const [namespace, xml] of documents) {
    for (let i = 0, n = 1; i < xml.length || n === 1; i += CHUNK, n++) rows.push([namespace, n, `|${xml.slice(i, i + CHUNK)}`]);
  }
  return rows;
}

/** The documents of the sheet's rows; rows that are not ours (or damaged) are skipped. */
export function documentsOf(rows: unknown[][]): SheetDocuments {
  const parts = new Map<string, { n: number; text: string }[]>();
  for (const [namespace, n, text] of rows) {
    if (typeof namespace !== "string" || !namespace.startsWith("urn:") || typeof n !== "number" || typeof text !== "string" || !text.startsWith("|")) continue;
    (parts.get(namespace) ?? parts.set(namespace, []).get(namespace)!).push({ n, text: text.slice(1) });
  }
  const documents: SheetDocuments = new Map();
  for (const [namespace, chunks] of parts) documents.set(namespace, chunks.sort((a, b) => a.n - b.n).map((c) => c.text).join(""));
  return documents;
}

/** The sheet's rows from A1 (one Value2 call), or undefined when it is not ours (no mark in A1). */
function ourRows(ws: EtWorksheet): unknown[][] | undefined {
  const used = ws.UsedRange;
  const rows = rowsOf(used.Value2, used.Rows.Count, used.Columns.Count);
  return used.Row === 1 && used.Column === 1 && rows[0]?.[0] === DATA_SHEET_MARK ? rows : undefined;
}

/** Everything the data sheet holds, empty when there is no sheet or it is not ours. */
export function readDataSheet(book: EtWorkbook): SheetDocuments {
  const ws = findSheet(book, DATA_SHEET);
  const rows = ws && ourRows(ws);
  return rows ? documentsOf(rows.slice(1)) : new Map();
}

/** The JSON documents stored for one namespace in the sheet. */
export function sheetDocuments(book: EtWorkbook, namespace: string): unknown[] {
  const xml = readDataSheet(book).get(namespace);
  const doc = xml === undefined ? undefined : partJson(xml);
  return doc === undefined ? [] : [doc];
}

/**
 * Replaces the namespace's document (removes it when `xml` is null). The sheet is made when the
 * first document arrives and deleted with the last one, so a workbook whose marks are cleared is
 * left as it was. The active sheet stays the active sheet.
 */
export function writeDataSheet(app: EtApplication, book: EtWorkbook, namespace: string, xml: string | null): void {
  const documents = readDataSheet(book);
  if (xml === null) documents.delete(namespace);
  else documents.set(namespace, xml);
  let ws = findSheet(book, DATA_SHEET);
  // A sheet of that name that the user made is theirs: never written over, never deleted.
  if (ws && !ourRows(ws)) throw new Error(`工作簿中已有名为“${DATA_SHEET}”的工作表，加载项无法在其中保存数据：请将其改名`);
  if (documents.size === 0) {
    if (ws) deleteSheet(app, ws);
    return;
  }
  const old = ws ? usedRows(ws) : 0;
  ws ??= addDataSheet(book);
  const rows: (string | number)[][] = [[DATA_SHEET_MARK, "", ""], ...documentRows(documents)];
  const block = ws.Range(`A1:${a1(Math.max(rows.length, old) - 1, 2)}`);
  ws.Range(`C1:C${Math.max(rows.length, old)}`).NumberFormat = "@";
  block.Value2 = [...rows, ...Array.from({ length: Math.max(0, old - rows.length) }, () => ["", "", ""])];
}

function usedRows(ws: EtWorksheet): number {
  const used = ws.UsedRange;
  return used.Row - 1 + used.Rows.Count;
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
