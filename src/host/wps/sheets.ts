/** Worksheet helpers the WPS modules share. */
import type { EtApplication, EtWorkbook, EtWorksheet } from "./et";

export function sheetNames(book: EtWorkbook): string[] {
  const sheets = book.Worksheets;
  return Array.from({ length: sheets.Count }, (_, i) => sheets.Item(i + 1).Name);
}

/** The sheet of that name (case-insensitive, as sheet names compare), if any. */
export function findSheet(book: EtWorkbook, name: string): EtWorksheet | undefined {
  const sheets = book.Worksheets;
  for (let i = 1; i <= sheets.Count; i++) {
    const ws = sheets.Item(i);
    if (ws.Name.toLowerCase() === name.toLowerCase()) return ws;
  }
  return undefined;
}

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
