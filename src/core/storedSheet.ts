/**
 * The second home of the add-in's stored documents: a very hidden worksheet holding the same JSON
 * as the custom XML parts (core/storedData.ts). Custom XML parts have been seen to vanish on
 * Excel for Mac after save and reopen (OfficeDev/office-js#6091); a sheet travels with the file
 * on every platform. Readers take the parts when there are any and this sheet otherwise.
 *
 *   A1  STORE_MARKER        B1  a note for whoever unhides the sheet
 *   A2  a namespace         B2… its document's JSON in pieces, each cell "|" + at most 32,000 characters
 *
 * Excel keeps at most 32,767 characters in a cell (Microsoft KB 211878). Every piece starts with
 * "|" so that no piece begins with what Excel treats specially when text is written (', =, a digit).
 * Pure: the add-in writes and reads the cells through Excel, the command line reads them from the file.
 */
import type { CellValue, Grid } from "./grid";

export const STORE_SHEET = "_perfeval_data";
export const STORE_MARKER = "urn:perfeval:stored-data:1";
const STORE_NOTE = "绩效自评助手保存的数据（映射、标记记录、设置），请勿修改";
export const PIECE_LENGTH = 32_000;
const PIECE_PREFIX = "|";

/** Namespace → its one document (null: none). */
export type SheetDocuments = Record<string, unknown>;

/** The text in pieces of at most `size` UTF-16 units, never splitting a surrogate pair. */
function pieces(text: string, size: number): string[] {
  const out: string[] = [];
  for (let at = 0; at < text.length; ) {
    let end = Math.min(at + size, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last < 0xdc00) end--;
    out.push(text.slice(at, end));
    at = end;
  }
  return out;
}

/** The sheet's rows for these documents (null ones left out), padded to one width with "". */
export function storeRows(documents: SheetDocuments): string[][] {
  const rows: string[][] = [[STORE_MARKER, STORE_NOTE]];
  for (const [namespace, data] of Object.entries(documents)) {
    if (data === null || data === undefined) continue;
    rows.push([namespace, ...pieces(JSON.stringify(data), PIECE_LENGTH).map((p) => PIECE_PREFIX + p)]);
  }
  const width = Math.max(...rows.map((r) => r.length));
  return rows.map((r) => [...r, ...Array<string>(width - r.length).fill("")]);
}

/** Whether cells read from a sheet (its values from A1) are the store: A1 holds the marker. */
export function isStoreValues(values: readonly (readonly unknown[])[] | null | undefined): boolean {
  return values?.[0]?.[0] === STORE_MARKER;
}

/**
 * The documents in the store's cells, values from A1 as a reader gives them ("" or null for empty
 * cells); undefined when the cells are not the store. A namespace whose JSON is damaged is left out.
 */
export function storeDocuments(values: readonly (readonly unknown[])[] | null | undefined): SheetDocuments | undefined {
  if (!values || !isStoreValues(values)) return undefined;
  const documents: SheetDocuments = Object.create(null); // namespaces come from the file: no prototype to reach
  for (const row of values.slice(1)) {
    const namespace = row[0];
    if (typeof namespace !== "string" || !namespace) continue;
    const text = row.slice(1).map((v) => (typeof v === "string" && v.startsWith(PIECE_PREFIX) ? v.slice(PIECE_PREFIX.length) : "")).join("");
    try {
      documents[namespace] = JSON.parse(text);
    } catch {
      // a damaged row: as if the namespace had nothing stored
    }
  }
  return documents;
}

/** The grid's values from A1 (a grid may start lower or further right). */
function valuesFromA1(grid: Grid): CellValue[][] {
  const rows: CellValue[][] = Array.from({ length: grid.top }, () => []);
  for (const r of grid.values) rows.push([...Array<CellValue>(grid.left).fill(null), ...r]);
  return rows;
}

/** Splits the store off a workbook's grids: the user's sheets, and the store's documents if it has one. */
export function splitStoredSheet(grids: Grid[]): { grids: Grid[]; stored: SheetDocuments | undefined } {
  const index = grids.findIndex((g) => g.name === STORE_SHEET && isStoreValues(valuesFromA1(g)));
  if (index < 0) return { grids, stored: undefined };
  return { grids: grids.filter((_, i) => i !== index), stored: storeDocuments(valuesFromA1(grids[index])) };
}

/** The documents of a namespace: the custom XML parts' when there are any, else the store sheet's. */
export function documentsOf(parts: unknown[] | undefined, stored: SheetDocuments | undefined, namespace: string): unknown[] {
  if (parts && parts.length) return parts;
  const data = stored?.[namespace];
  return data === undefined || data === null ? [] : [data];
}
