/** The whole check of one file on Node: load with ExcelJS, read every sheet, run every rule. */
import ExcelJS from "exceljs";
import { CheckResult, SheetResult, WorkbookMapping, checkSheets, readSheet } from "../core/check";
import { loadWorkbookBytes, worksheetGrid } from "./readWorkbook";
import { readStoredMapping } from "./storedMapping";

export interface CheckFileOptions {
  /** Called once the file is loaded, and after each sheet is read. */
  onProgress?: (done: number, total: number) => void;
  /** Field → cell corrections; by default the ones the add-in stored in the workbook. */
  mapping?: WorkbookMapping;
}

export async function checkFile(
  file: string,
  options: CheckFileOptions = {},
): Promise<{ workbook: ExcelJS.Workbook; result: CheckResult; bytes: Buffer }> {
  // Nothing writes this workbook back (the checked copy patches the file's bytes): skip what the check never reads.
  const { workbook, bytes } = await loadWorkbookBytes(file, { readOnly: true });
  const mapping = options.mapping ?? (await readStoredMapping(bytes));
  const sheets: SheetResult[] = [];
  const total = workbook.worksheets.length;
  options.onProgress?.(0, total);
  for (const ws of workbook.worksheets) {
    sheets.push(readSheet(worksheetGrid(ws), mapping));
    options.onProgress?.(sheets.length, total);
  }
  return { workbook, result: checkSheets(sheets), bytes };
}
