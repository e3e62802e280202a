/** ExcelJS workbook → the core's grids. Files in, one-line errors out. */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { CellValue, Grid, Merge, parseArea } from "../core/grid";

/** A file the command line cannot read, with the one line to show the user. */
export class UnreadableFileError extends Error {}

const ZIP_MAGIC = "504b0304";
const OLE_MAGIC = "d0cf11e0";

export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  return (await loadWorkbookBytes(file)).workbook;
}

/**
 * Parts of a worksheet's XML the check never looks at. Skipping them makes loading faster; a
 * workbook loaded this way must not be written back (they would be lost), so only a check
 * that writes no copy asks for it.
 */
export const NOT_CHECKED = [
  "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "autoFilter", "rowBreaks", "hyperlinks",
  "pageMargins", "dataValidations", "pageSetup", "headerFooter", "printOptions", "picture", "drawing",
  "sheetProtection", "tableParts", "conditionalFormatting", "extLst",
];

/** The workbook and the file's bytes (read once: the stored mapping is read from the same bytes). */
export async function loadWorkbookBytes(
  file: string,
  options: { readOnly?: boolean } = {},
): Promise<{ workbook: ExcelJS.Workbook; bytes: Buffer }> {
  let head: Buffer;
  try {
    const fd = fs.openSync(file, "r");
    head = Buffer.alloc(4);
    fs.readSync(fd, head, 0, 4, 0);
    fs.closeSync(fd);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new UnreadableFileError(`找不到文件：${file}`);
    if (code === "EISDIR") throw new UnreadableFileError(`这是一个文件夹，不是工作簿：${file}`);
    throw new UnreadableFileError(`无法打开文件：${file}（${code ?? (e as Error).message}）`);
  }
  const magic = head.toString("hex");
  // Encrypted xlsx files are OLE containers, as are old .xls files.
  if (magic === OLE_MAGIC) {
    throw new UnreadableFileError(`${path.basename(file)} 有密码保护或是旧版 .xls 格式：请在 Excel 中取消密码并另存为 .xlsx`);
  }
  if (magic !== ZIP_MAGIC) throw new UnreadableFileError(`${path.basename(file)} 不是 .xlsx 工作簿`);
  const workbook = new ExcelJS.Workbook();
  let bytes: Buffer;
  try {
    bytes = await fs.promises.readFile(file);
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer, options.readOnly ? ({ ignoreNodes: NOT_CHECKED } as object) : undefined);
  } catch (e) {
    throw new UnreadableFileError(`${path.basename(file)} 无法读取，文件可能已损坏（${(e as Error).message.split("\n")[0]}）`);
  }
  // Every workbook Excel writes has a sheet; a zip without one is some other archive.
  if (workbook.worksheets.length === 0) {
    throw new UnreadableFileError(`${path.basename(file)} 无法读取：压缩包里没有工作表，不是 Excel 工作簿`);
  }
  return { workbook, bytes };
}

function dateText(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** What a cell shows, as the core's value: formulas give their cached result, errors their code. */
export function cellValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return dateText(value);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("error" in value) return String(value.error);
    if ("formula" in value || "sharedFormula" in value) {
      return cellValue((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    }
    if ("text" in value) return cellValue((value as ExcelJS.CellHyperlinkValue).text as ExcelJS.CellValue);
  }
  return null;
}

/** Merged areas, 0-based. `sheet.model.merges` would build the whole sheet model: read the index. */
function sheetMerges(sheet: ExcelJS.Worksheet): Merge[] {
  const index = (sheet as unknown as { _merges?: Record<string, { top: number; left: number; bottom: number; right: number }> })._merges;
  if (!index) {
    return ((sheet.model as { merges?: string[] }).merges ?? []).map(parseArea).filter((m): m is Merge => m !== undefined);
  }
  return Object.values(index).map((m) => ({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 }));
}

export function worksheetGrid(sheet: ExcelJS.Worksheet): Grid {
  // Rows by sheet row (0-based), cells by sheet column; trimmed to the used range below.
  // findRow/findCell walk what the file holds without creating rows or cells.
  const rows: CellValue[][] = [];
  const rowFormats: (string | null)[][] = [];
  let top = Infinity;
  let left = Infinity;
  // Formula cells without a cached result. ExcelJS reads an empty cached text (<v></v>, what
  // Excel writes for a formula giving "") the same as none; a program that calculates writes a
  // result for every formula, so a sheet with one cached formula result is a calculated sheet.
  const uncalculated: { row: number; col: number }[] = [];
  let calculated = false;
  const rowCount = sheet.rowCount;
  for (let rowNumber = 1; rowNumber <= rowCount; rowNumber++) {
    const row = sheet.findRow(rowNumber);
    if (!row) continue;
    const r = rowNumber - 1;
    let values: CellValue[] | undefined;
    let formats: (string | null)[] | undefined;
    const cellCount = row.cellCount;
    for (let colNumber = 1; colNumber <= cellCount; colNumber++) {
      const cell = row.findCell(colNumber);
      if (!cell) continue;
      const type = cell.type;
      // Covered by a merge: Excel shows it empty.
      if (type === ExcelJS.ValueType.Null || type === ExcelJS.ValueType.Merge) continue;
      const c = colNumber - 1;
      // cell.value drops a cached result of 0 (=IF(D8=0,0,…)); cell.result keeps it.
      const formula = type === ExcelJS.ValueType.Formula;
      const value = formula ? cellValue(cell.result as ExcelJS.CellValue) : cellValue(cell.value);
      if (formula) {
        if (cell.result === undefined) uncalculated.push({ row: r, col: c });
        else calculated = true;
      }
      if (value === null) continue;
      (values ??= rows[r] = [])[c] = value;
      // Only a number's format changes what it means (0.9934 as 99.34%).
      if (typeof value === "number") (formats ??= rowFormats[r] = [])[c] = cell.numFmt ?? null;
      if (c < left) left = c;
    }
    if (values && r < top) top = r;
  }
  const state = sheetState(sheet);
  if (top === Infinity) return { name: sheet.name, top: 0, left: 0, values: [], merges: [], ...state };
  const values: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  for (let r = top; r < rows.length; r++) {
    values.push(trimmed(rows[r], left, null));
    formats.push(trimmed(rowFormats[r], left, null));
  }
  return { name: sheet.name, top, left, values, formats, merges: sheetMerges(sheet), ...state, ...(uncalculated.length && !calculated ? { uncalculated } : {}) };
}

/** Grid.visibility, only for a sheet that is not visible. */
function sheetState(sheet: ExcelJS.Worksheet): Pick<Grid, "visibility"> {
  const state = sheet.state as string;
  return state === "hidden" || state === "veryHidden" ? { visibility: state } : {};
}

/** The row from column `left` on, its gaps filled. */
function trimmed<T>(row: T[] | undefined, left: number, gap: T): T[] {
  if (!row) return [];
  for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = gap;
  if (left > 0) row.splice(0, left);
  return row;
}

export function workbookGrids(workbook: ExcelJS.Workbook): Grid[] {
  return workbook.worksheets.map(worksheetGrid);
}
