/** The whole check of one file on Node: load with ExcelJS, read every sheet, run every rule. */
import ExcelJS from "exceljs";
import { CheckResult, SheetResult, WorkbookMapping, checkSheets, readSheet } from "../core/check";
import { loadWorkbookBytes, worksheetGrid } from "./readWorkbook";
import { MAPPING_NS } from "../core/storedData";
import { documentsOf, splitStoredSheet } from "../core/storedSheet";
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
  // The add-in's store sheet is its data, not a sheet of the user's (core/storedSheet.ts).
  const { grids, stored } = splitStoredSheet(workbook.worksheets.map((ws) => worksheetGrid(ws)));
  const mapping = options.mapping ?? (await readStoredMapping(bytes, documentsOf(undefined, stored, MAPPING_NS)));
  const sheets: SheetResult[] = [];
  const total = grids.length;
  options.onProgress?.(0, total);
  for (const grid of grids) {
    sheets.push(readSheet(grid, mapping));
    options.onProgress?.(sheets.length, total);
  }
  return { workbook, result: checkSheets(sheets), bytes };
}
