/**
 * The whole check of one file on Node: open it, read each sheet's grid and form in turn (a
 * sheet's grid is dropped once its form is read), run every rule with the workbook's stored
 * mapping and configuration, and write the checked copy when one is asked for.
 */
import * as fs from "fs";
import * as path from "path";
import { CheckResult, SheetResult, WorkbookMapping, checkSheets, readSheet } from "../core/check";
import { CONFIG_NS, ConfigDocument, resolveConfig, storedConfigs } from "../core/config";
import type { Grid } from "../core/grid";
import type { Lang } from "../core/model";
import { MAPPING_NS, mappingFrom } from "../core/storedData";
import { STORE_SHEET, SheetDocuments, isStoreValues, storeDocuments } from "../core/storedSheet";
import type { InputFile } from "./fileName";
import { OpenedWorkbook, ReadOptions, openWorkbook } from "./readWorkbook";
import { SafeWriteError, writeFileSafely } from "./safeWrite";
import { storedDocuments } from "./storedMapping";
import type { WorkbookSheet } from "./xlsx/workbook";

export interface CheckFileOptions extends ReadOptions {
  /** Called once the file is opened, and after each sheet is read. */
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
  /** Keep the grids of the sheets that are forms (the template converter rebuilds them). */
  keepGrids?: boolean;
  /** Write the checked copy here (of the input's kind: .xlsx, .xlsm …; an .xlsx for a converted .xls). */
  copyTo?: string;
  /** How the user named the copy (`--out`), for messages; "标记副本" by default. */
  copyOption?: string;
}

/** The checked copy could not be written; the message is the one line for the user, the check itself stands. */
export class CopyError extends Error {
  constructor(
    message: string,
    readonly result: CheckResult,
  ) {
    super(message);
  }
}

/** The add-in's store sheet (core/storedSheet.ts) is its data, not a sheet of the user's: split off, its documents read. */
function splitStoreSheet(workbook: OpenedWorkbook): { sheets: WorkbookSheet[]; stored?: SheetDocuments } {
  const store = workbook.sheets.find((s) => s.name === STORE_SHEET);
  if (!store) return { sheets: workbook.sheets };
  const grid = workbook.grid(store);
  // The marker stands in A1: a grid starting elsewhere is a user's sheet of that name.
  if (grid.top !== 0 || grid.left !== 0 || !isStoreValues(grid.values)) return { sheets: workbook.sheets };
  return { sheets: workbook.sheets.filter((s) => s !== store), stored: storeDocuments(grid.values) };
}

export async function checkFile(
  input: string | InputFile,
  options: CheckFileOptions = {},
): Promise<{ result: CheckResult; grids: Grid[]; file: InputFile }> {
  const workbook = openWorkbook(input, options);
  try {
    const { sheets: userSheets, stored: storeSheet } = splitStoreSheet(workbook);
    const stored = storedDocuments(workbook.customXml(), [MAPPING_NS, CONFIG_NS], storeSheet);
    const mapping = options.mapping ?? mappingFrom(stored[MAPPING_NS]);
    const { folder, explicit } = options.config ?? {};
    const documents = [folder, ...storedConfigs(stored[CONFIG_NS], options.lang), explicit].filter((d): d is ConfigDocument => d !== undefined);
    const config = resolveConfig(documents);
    const sheets: SheetResult[] = [];
    const grids: Grid[] = [];
    const total = userSheets.length;
    options.onProgress?.(0, total);
    for (const sheet of userSheets) {
      const grid = workbook.grid(sheet);
      const read = readSheet(grid, mapping);
      sheets.push(read);
      if (options.keepGrids && read.kind === "project") grids.push(grid);
      options.onProgress?.(sheets.length, total);
    }
    const result = checkSheets(sheets, { config, lang: options.lang });
    if (options.copyTo) await writeCopy(workbook, result, options.copyTo, options.copyOption ?? "标记副本");
    return { result, grids, file: workbook.file };
  } finally {
    workbook.close();
  }
}

const SAME_FILE = "标记副本不能是被检查的文件本身（也不能是它的链接或另一个路径）：检查从不改写原文件，请换一个文件名";

/** The checked copy: the file's own package (or LibreOffice's conversion of it) plus the marks, written safely. */
async function writeCopy(workbook: OpenedWorkbook, result: CheckResult, out: string, named: string): Promise<void> {
  const { checkedCopy, copyExtension, PartError } = await import("./writeChecked");
  const name = workbook.file.name;
  const bytes = typeof workbook.xlsx === "string" ? await fs.promises.readFile(workbook.xlsx) : workbook.xlsx;
  const extension = copyExtension(bytes);
  if (path.extname(out).toLowerCase() !== extension) {
    const why = extension === ".xlsm" || extension === ".xltm" ? "输入的工作簿含宏，换成别的扩展名 Excel 会拒绝打开" : "Excel 按扩展名判断文件类型，换成别的扩展名会拒绝打开";
    throw new CopyError(`${named} 应为 ${extension} 文件（${why}）：${out}`, result);
  }
  let copy: Uint8Array;
  try {
    copy = checkedCopy(bytes, name, result);
  } catch (e) {
    if (e instanceof PartError) throw new CopyError(`无法为 ${name} 生成标记副本：其中的 ${e.message}`, result);
    throw e;
  }
  const inputs = [workbook.file.path, workbook.xlsx].filter((p): p is string => typeof p === "string");
  try {
    await writeFileSafely(out, copy, inputs, SAME_FILE);
  } catch (e) {
    if (e instanceof SafeWriteError) throw new CopyError(e.message, result);
    throw e;
  }
}
