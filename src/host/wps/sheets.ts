/** Worksheet helpers the WPS modules share. */
import type { EtApplication, EtWorkbook, EtWorksheet } from "./et";

/** The workbook's worksheets in order (Sheets.Item is 1-based). */
export function worksheets(book: EtWorkbook): EtWorksheet[] {
  const sheets = book.Worksheets;
  return Array.from({ length: sheets.Count }, (_, i) => sheets.Item(i + 1));
}

export const sheetNames = (book: EtWorkbook): string[] => worksheets(book).map((ws) => ws.Name);

/** The sheet of that name (case-insensitive, as sheet names compare), if any. */
export const findSheet = (book: EtWorkbook, name: string): EtWorksheet | undefined =>
  worksheets(book).find((ws) => ws.Name.toLowerCase() === name.toLowerCase());

/** Deletes a sheet the add-in made: with DisplayAlerts off, Worksheet.Delete does not ask the user. */
export function deleteSheet(app: EtApplication, ws: EtWorksheet): void {
  const alerts = app.DisplayAlerts;
  app.DisplayAlerts = false;
  try {
    ws.Delete();
  } finally {
    app.DisplayAlerts = alerts;
  }
}

/**
 * Runs many writes with the screen's updates off (Application.ScreenUpdating, as VBA macros do),
 * so WPS repaints once at the end instead of after every cell; the setting is put back after.
 */
export function quietly<T>(app: EtApplication, writes: () => T): T {
  const updating = app.ScreenUpdating;
  app.ScreenUpdating = false;
  try {
    return writes();
  } finally {
    app.ScreenUpdating = updating;
  }
}
