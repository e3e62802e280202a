/** The whole check of one file on Node: load with ExcelJS, read every sheet, run every rule. */
import ExcelJS from "exceljs";
import { CheckResult, SheetResult, WorkbookMapping, checkSheets, readSheet } from "../core/check";
import { CONFIG_NS, ConfigDocument, resolveConfig, storedConfigs } from "../core/config";
import type { Lang } from "../core/model";
import { MAPPING_NS, mappingFrom } from "../core/storedData";
import { loadWorkbookBytes, worksheetGrid } from "./readWorkbook";
import { splitStoredSheet } from "../core/storedSheet";
import { readStoredDocuments } from "./storedMapping";

export interface CheckFileOptions {
  /** Called once the file is loaded, and after each sheet is read. */
  onProgress?: (done: number, total: number) => void;
  /** Field → cell corrections; by default the ones the add-in stored in the workbook. */
  mapping?: WorkbookMapping;
  /**
   * Configurations around the one stored in the workbook: `folder` (perfeval.config.json of the
   * working folder) under it, `explicit` (--config FILE) over it. Valid documents (core/config).
   */
  config?: { folder?: ConfigDocument; explicit?: ConfigDocument };
  /** The language of the messages. */
  lang?: Lang;
}

export async function checkFile(
  file: string,
  options: CheckFileOptions = {},
): Promise<{ workbook: ExcelJS.Workbook; result: CheckResult; bytes: Buffer }> {
  // Nothing writes this workbook back (the checked copy patches the file's bytes): skip what the check never reads.
  const { workbook, bytes } = await loadWorkbookBytes(file, { readOnly: true });
  // The add-in's store sheet is its data, not a sheet of the user's (core/storedSheet.ts).
  const { grids, stored: storeSheet } = splitStoredSheet(workbook.worksheets.map((ws) => worksheetGrid(ws)));
  const stored = await readStoredDocuments(bytes, [MAPPING_NS, CONFIG_NS], storeSheet);
  const mapping = options.mapping ?? mappingFrom(stored[MAPPING_NS]);
  const { folder, explicit } = options.config ?? {};
  const documents = [folder, ...storedConfigs(stored[CONFIG_NS], options.lang), explicit].filter((d): d is ConfigDocument => d !== undefined);
  const sheets: SheetResult[] = [];
  const total = grids.length;
  options.onProgress?.(0, total);
  for (const grid of grids) {
    sheets.push(readSheet(grid, mapping));
    options.onProgress?.(sheets.length, total);
  }
  return { workbook, result: checkSheets(sheets, { config: resolveConfig(documents), lang: options.lang }), bytes };
}
