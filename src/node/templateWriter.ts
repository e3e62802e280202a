/**
 * Template description (core/template.ts, core/summary.ts) → ExcelJS workbook.
 *
 * Formulas are written with the results core/scoring computed for them, so any viewer (and
 * `perfeval check`, which reads cached results) shows numbers at once; the workbook is marked
 * fullCalcOnLoad, so Excel recomputes every formula when it opens the file. LibreOffice keeps
 * cached results unless told otherwise (its tests force recalculation, docs/template.md).
 */
import ExcelJS from "exceljs";
import { parseArea } from "../core/grid";
import { DefinedName, STYLES, TemplateCell, TemplateSheet, dictionarySheet, uniqueSheetName } from "../core/template";
import { DIFFERS_FILL, FONT_NAME } from "../core/templateStyle";

export interface TemplateWriteOptions {
  /** Write the results core computed next to each formula (default true). */
  cachedResults?: boolean;
}

/** 134: GB2312, so Excel picks the East Asian font for the text. */
const CJK_CHARSET = 134;
const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF000000" } };
const A4 = 9;

function styleOf(cell: TemplateCell): Partial<ExcelJS.Style> {
  const s = STYLES[cell.style];
  const fill = cell.differs ? DIFFERS_FILL : s.fill;
  return {
    font: { name: FONT_NAME, charset: CJK_CHARSET, size: s.size, bold: s.bold, italic: s.italic, ...(s.color ? { color: { argb: s.color } } : {}) },
    alignment: { horizontal: s.horizontal, vertical: s.vertical, wrapText: s.wrap },
    ...(s.numFmt ? { numFmt: s.numFmt } : {}),
    ...(fill ? { fill: { type: "pattern", pattern: "solid", fgColor: { argb: fill } } as ExcelJS.Fill } : {}),
  };
}

function valueOf(cell: TemplateCell, cached: boolean): ExcelJS.CellValue {
  if (cell.formula === undefined) return cell.value ?? null;
  const formula = cell.formula.replace(/^=/, "");
  return cached && cell.result !== undefined ? ({ formula, result: cell.result } as ExcelJS.CellFormulaValue) : ({ formula } as ExcelJS.CellFormulaValue);
}

function eachCell(range: string, visit: (row: number, col: number) => void): void {
  const area = parseArea(range)!;
  for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) visit(r + 1, c + 1);
}

/** One described sheet as a worksheet of `workbook`. */
export function addTemplateSheet(workbook: ExcelJS.Workbook, sheet: TemplateSheet, options: TemplateWriteOptions = {}): ExcelJS.Worksheet {
  const cached = options.cachedResults ?? true;
  const ws = workbook.addWorksheet(sheet.name, { state: sheet.hidden ? "hidden" : "visible" });
  sheet.widths.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  for (const [row, height] of Object.entries(sheet.heights)) ws.getRow(Number(row)).height = height;

  for (const range of sheet.merges) ws.mergeCells(range);
  const mergeOf = new Map(sheet.merges.map((m) => [m.split(":")[0], m]));
  for (const cell of sheet.cells) {
    const style = styleOf(cell);
    // Every cell of a merge gets its own copy of the style (ExcelJS shares the master's object).
    eachCell(mergeOf.get(cell.address) ?? cell.address, (r, c) => (ws.getCell(r, c).style = structuredClone(style)));
    ws.getCell(cell.address).value = valueOf(cell, cached);
  }
  for (const range of sheet.borders) {
    eachCell(range, (r, c) => {
      const target = ws.getCell(r, c);
      target.style = { ...structuredClone(target.style), border: { top: THIN, left: THIN, bottom: THIN, right: THIN } };
    });
  }

  const validations = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  for (const v of sheet.validations) {
    validations.add(v.range, {
      type: "list",
      allowBlank: true,
      formulae: [v.list.replace(/^=/, "")],
      showErrorMessage: !v.allowFreeText,
      ...(v.error ? { errorStyle: "stop", errorTitle: "请从列表选择", error: v.error } : {}),
      ...(v.prompt ? { showInputMessage: true, prompt: v.prompt } : {}),
    });
  }

  const p = sheet.print;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: A4 as ExcelJS.PaperSize,
    orientation: p.orientation,
    fitToPage: true,
    fitToWidth: p.fitToWidth,
    fitToHeight: p.fitToHeight,
    horizontalCentered: true,
    // ExcelJS writes '$' + each corner: "A$1" makes it the absolute $A$1 that LibreOffice honours.
    printArea: p.area.replace(/([A-Z]+)(\d+)/g, "$1$$$2"),
    ...(p.titleRows ? { printTitlesRow: p.titleRows } : {}),
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  return ws;
}

export function addDefinedNames(workbook: ExcelJS.Workbook, names: DefinedName[]): void {
  for (const n of names) workbook.definedNames.add(n.ref, n.name);
}

/**
 * A workbook of described sheets, in order, plus the hidden 字典 sheet and the names its
 * drop-down lists use.
 */
export function templateWorkbook(sheets: TemplateSheet[], options: TemplateWriteOptions = {}): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "perfeval";
  workbook.created = new Date();
  for (const sheet of sheets) addTemplateSheet(workbook, sheet, options);
  const dictionary = dictionarySheet(uniqueSheetName("字典", sheets.map((s) => s.name)));
  addTemplateSheet(workbook, dictionary.sheet, options);
  addDefinedNames(workbook, dictionary.names);
  workbook.calcProperties.fullCalcOnLoad = true;
  // Open on the first visible sheet.
  workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: "visible" }];
  return workbook;
}
