/**
 * The whole check of one file on Node: open it, read each sheet's grid and form in turn (a
 * sheet's grid is dropped once its form is read), run every rule, and write the checked copy
 * when one is asked for.
 */
import * as fs from "fs";
import type ExcelJS from "exceljs";
import { CheckResult, SheetResult, WorkbookMapping, checkSheets, readSheet } from "../core/check";
import type { Grid } from "../core/grid";
import type { InputFile } from "./fileName";
import { ReadOptions, openWorkbook } from "./readWorkbook";
import { storedMapping } from "./storedMapping";

export interface CheckFileOptions extends ReadOptions {
  /** Called once the file is opened, and after each sheet is read. */
  onProgress?: (done: number, total: number) => void;
  /** Field → cell corrections; by default the ones the add-in stored in the workbook. */
  mapping?: WorkbookMapping;
  /** Keep the grids of the sheets that are forms (the template converter rebuilds them). */
  keepGrids?: boolean;
  /** Write the checked copy here (always an xlsx, also for a converted .xls). */
  copyTo?: string;
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

export async function checkFile(
  input: string | InputFile,
  options: CheckFileOptions = {},
): Promise<{ result: CheckResult; grids: Grid[]; file: InputFile }> {
  const workbook = openWorkbook(input, options);
  try {
    const mapping = options.mapping ?? storedMapping(workbook.customXml());
    const sheets: SheetResult[] = [];
    const grids: Grid[] = [];
    const total = workbook.sheets.length;
    options.onProgress?.(0, total);
    for (const sheet of workbook.sheets) {
      const grid = workbook.grid(sheet);
      const read = readSheet(grid, mapping);
      sheets.push(read);
      if (options.keepGrids && read.kind === "project") grids.push(grid);
      options.onProgress?.(sheets.length, total);
    }
    const result = checkSheets(sheets);
    if (options.copyTo) await writeCopy(workbook.xlsx, workbook.file.name, result, options.copyTo);
    return { result, grids, file: workbook.file };
  } finally {
    workbook.close();
  }
}

/** The copy is written by writeChecked from the workbook loaded whole; reading for the check never loads it so. */
async function writeCopy(xlsx: string | Buffer, name: string, result: CheckResult, out: string): Promise<void> {
  // ExcelJS is loaded only to write: a check without a copy never pays for it.
  const { default: Excel } = await import("exceljs");
  const { writeCheckedCopy } = await import("./writeChecked");
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load((await fs.promises.readFile(xlsx)) as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw new CopyError(`无法为 ${name} 写出标记副本：ExcelJS 读不了这个文件（${(e as Error).message.split("\n")[0]}）`, result);
  }
  try {
    await writeCheckedCopy(workbook, name, result, out);
  } catch (e) {
    throw new CopyError(`无法写入 ${out}（${(e as NodeJS.ErrnoException).code ?? (e as Error).message.split("\n")[0]}）`, result);
  }
}
