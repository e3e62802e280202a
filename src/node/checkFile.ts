/** The whole check of one file on Node: load with ExcelJS, read every sheet, run every rule. */
import ExcelJS from "exceljs";
import { CheckResult, SheetResult, WorkbookMapping, checkSheets, readSheet } from "../core/check";
import { CONFIG_NS, ConfigDocument, resolveConfig, storedConfigs } from "../core/config";
import type { Lang } from "../core/model";
import { MAPPING_NS, mappingFrom } from "../core/storedData";
import { loadWorkbookBytes, worksheetGrid } from "./readWorkbook";
import { readStoredDocuments } from "./storedMapping";

export interface CheckFileOptions {
  /** Called once the file is loaded, and after each sheet is read. */
  onProgress?: (done: number, total: number) => void;
  /** The workbook will be written back (the checked copy): load every part of it. */
  forCopy?: boolean;
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
): Promise<{ workbook: ExcelJS.Workbook; result: CheckResult }> {
  const { workbook, bytes } = await loadWorkbookBytes(file, { readOnly: !options.forCopy });
  const stored = await readStoredDocuments(bytes, [MAPPING_NS, CONFIG_NS]);
  const mapping = options.mapping ?? mappingFrom(stored[MAPPING_NS]);
  const { folder, explicit } = options.config ?? {};
  const documents = [folder, ...storedConfigs(stored[CONFIG_NS], options.lang), explicit].filter((d): d is ConfigDocument => d !== undefined);
  const sheets: SheetResult[] = [];
  const total = workbook.worksheets.length;
  options.onProgress?.(0, total);
  for (const ws of workbook.worksheets) {
    sheets.push(readSheet(worksheetGrid(ws), mapping));
    options.onProgress?.(sheets.length, total);
  }
  return { workbook, result: checkSheets(sheets, { config: resolveConfig(documents), lang: options.lang }) };
}
