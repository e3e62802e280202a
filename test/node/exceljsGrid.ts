/**
 * The reader perfeval used before its streaming reader: ExcelJS's model of a loaded workbook →
 * the core's grids. Kept on the test side only, as the reference the streaming reader
 * (src/node/xlsx) is held to on random and fixture workbooks (test/node/reader.equivalence.test.ts).
 * Visibility and uncalculated formulas follow the Grid contract (src/core/grid.ts).
 */
import ExcelJS from "exceljs";
import { CellValue, Grid, Merge, parseArea } from "../../src/core/grid";

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
  const uncalculated: { row: number; col: number }[] = [];
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
      if (type === ExcelJS.ValueType.Formula && cell.result === undefined) {
        uncalculated.push({ row: rowNumber - 1, col: colNumber - 1 });
        continue;
      }
      // cell.value drops a cached result of 0 (=IF(D8=0,0,…)); cell.result keeps it.
      const value = type === ExcelJS.ValueType.Formula ? cellValue(cell.result as ExcelJS.CellValue) : cellValue(cell.value);
      if (value === null) continue;
      const c = colNumber - 1;
      (values ??= rows[r] = [])[c] = value;
      // Only a number's format changes what it means (0.9934 as 99.34%).
      if (typeof value === "number") (formats ??= rowFormats[r] = [])[c] = cell.numFmt ?? null;
      if (c < left) left = c;
    }
    if (values && r < top) top = r;
  }
  const extra = contractFields(sheet, uncalculated);
  if (top === Infinity) return { name: sheet.name, top: 0, left: 0, values: [], merges: [], ...extra };
  const values: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  for (let r = top; r < rows.length; r++) {
    values.push(trimmed(rows[r], left, null));
    formats.push(trimmed(rowFormats[r], left, null));
  }
  return { name: sheet.name, top, left, values, formats, merges: sheetMerges(sheet), ...extra };
}

/** Grid.visibility and Grid.uncalculated, present only when they say something. */
function contractFields(sheet: ExcelJS.Worksheet, uncalculated: { row: number; col: number }[]): Partial<Grid> {
  const extra: Partial<Grid> = {};
  if (sheet.state === "hidden" || sheet.state === "veryHidden") extra.visibility = sheet.state;
  if (uncalculated.length) extra.uncalculated = uncalculated;
  return extra;
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

/** Every worksheet of an xlsx file, read by ExcelJS. */
export async function exceljsGrids(file: string | Buffer): Promise<Grid[]> {
  const workbook = new ExcelJS.Workbook();
  if (typeof file === "string") await workbook.xlsx.readFile(file);
  else await workbook.xlsx.load(file as unknown as ExcelJS.Buffer);
  return workbookGrids(workbook);
}
