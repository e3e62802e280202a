/**
 * 插入自评表, 按模板重建 and 生成汇总表 in WPS: the core's template description (core/template.ts,
 * core/summary.ts) written into the open workbook, as src/office/template.ts does for Excel.
 * Values and formulas go in one block write per sheet (Formula = rows); number formats, merges
 * and styles go cell by cell over the described cells only. WPS computes the formulas itself.
 */
import { SheetResult, checkSheets, projectsOf, readSheet } from "../../core/check";
import { a1, columnName, parseA1 } from "../../core/grid";
import { mappingFrom } from "../../core/storedData";
import { SUMMARY_SHEET, summaryEntry, summarySheet } from "../../core/summary";
import {
  DICTIONARY_SHEET, STYLES, TEMPLATE_SHEET, TemplateSheet, dictionarySheet, earlierNotes, fillTemplate, formDataOf, templateForm, uniqueSheetName,
} from "../../core/template";
import { DIFFERS_FILL, FONT_NAME } from "../../core/templateStyle";
import { TemplateError } from "../../office/template";
import { MAPPING_NS, activeBook, readDocuments } from "./documents";
import { BORDER_EDGES, EtApplication, EtWorkbook, EtWorksheet, XL } from "./et";
import { bgrOf } from "./fills";
import { readWorkbook } from "./readGrids";
import { deleteSheet, sheetNames } from "./sheets";

export { TemplateError };

const ALIGN = { left: XL.left, center: XL.center, right: XL.right } as const;
const argbToBgr = (argb: string): number => bgrOf(argb.slice(2))!;

function definedNames(book: EtWorkbook): string[] {
  const names = book.Names;
  return Array.from({ length: names.Count }, (_, i) => names.Item(i + 1).Name);
}

/** Where a new sheet goes: before a sheet, or after one (the last sheet when neither is given). */
export interface Placement {
  before?: EtWorksheet;
  after?: EtWorksheet;
  activate?: boolean;
}

/** Writes a described sheet as one new worksheet; nothing else in the workbook changes. */
export function writeSheet(book: EtWorkbook, sheet: TemplateSheet, placement: Placement = {}): EtWorksheet {
  const sheets = book.Worksheets;
  const ws = placement.before ? sheets.Add(placement.before) : sheets.Add(undefined, placement.after ?? sheets.Item(sheets.Count));
  ws.Name = sheet.name;
  const rows = Math.max(...sheet.cells.map((c) => parseA1(c.address)!.row)) + 1;
  const cols = Math.max(sheet.widths.length, ...sheet.cells.map((c) => parseA1(c.address)!.col + 1));
  const area = ws.Range(`A1:${a1(rows - 1, cols - 1)}`);
  area.Font.Name = FONT_NAME;
  const mergeOf = new Map(sheet.merges.map((m) => [m.split(":")[0], m]));
  const target = (address: string) => ws.Range(mergeOf.get(address) ?? address);
  // Number formats first: "@" cells then keep typed text such as =42.00(期) as text.
  for (const cell of sheet.cells) {
    const format = STYLES[cell.style].numFmt;
    if (format) target(cell.address).NumberFormat = format;
  }
  const matrix = Array.from({ length: rows }, () => Array<string | number>(cols).fill(""));
  for (const cell of sheet.cells) {
    const { row, col } = parseA1(cell.address)!;
    matrix[row][col] = cell.formula ?? cell.value ?? "";
  }
  area.Formula = matrix as string[][];
  sheet.widths.forEach((w, i) => (ws.Range(`${columnName(i)}:${columnName(i)}`).ColumnWidth = w));
  for (const [row, height] of Object.entries(sheet.heights)) ws.Range(`${row}:${row}`).RowHeight = height;
  for (const m of sheet.merges) ws.Range(m).Merge();
  for (const cell of sheet.cells) {
    const s = STYLES[cell.style];
    const range = target(cell.address);
    range.HorizontalAlignment = ALIGN[s.horizontal];
    range.VerticalAlignment = s.vertical === "top" ? XL.top : XL.center;
    range.WrapText = s.wrap;
    range.Font.Size = s.size;
    if (s.bold) range.Font.Bold = true;
    if (s.italic) range.Font.Italic = true;
    if (s.color) range.Font.Color = argbToBgr(s.color);
    const fill = cell.differs ? DIFFERS_FILL : s.fill;
    if (fill) range.Interior.Color = argbToBgr(fill);
  }
  for (const box of sheet.borders) {
    const range = ws.Range(box);
    for (const edge of BORDER_EDGES) range.Borders.Item(edge).LineStyle = XL.continuous;
  }
  for (const v of sheet.validations) {
    const validation = ws.Range(v.range).Validation;
    validation.Delete();
    validation.Add(XL.validateList, XL.alertStop, 1, v.list);
    validation.InCellDropdown = true;
    validation.IgnoreBlank = true;
    validation.ShowError = !v.allowFreeText;
    validation.ErrorTitle = "请从列表选择";
    validation.ErrorMessage = v.error ?? "";
    validation.ShowInput = !!v.prompt;
    if (v.prompt) validation.InputMessage = v.prompt;
  }
  const p = sheet.print;
  const page = ws.PageSetup;
  page.Orientation = p.orientation === "landscape" ? XL.landscape : XL.portrait;
  page.PaperSize = XL.paperA4;
  page.CenterHorizontally = true;
  // Fit to one page wide and as many pages down as needed (VBA: Zoom off, FitToPagesTall False).
  page.Zoom = false;
  page.FitToPagesWide = p.fitToWidth;
  page.FitToPagesTall = false;
  page.PrintArea = p.area;
  if (p.titleRows) page.PrintTitleRows = p.titleRows.replace(/(\d+)/g, "$$$1");
  if (sheet.hidden) ws.Visible = XL.sheetHidden;
  if (placement.activate) ws.Activate();
  return ws;
}

/** The hidden 字典 sheet and its names, unless the workbook has them already. */
function ensureDictionary(book: EtWorkbook): void {
  const taken = new Set(definedNames(book).map((n) => n.toLowerCase()));
  const sheets = sheetNames(book);
  const { names } = dictionarySheet();
  if (sheets.some((s) => s.toLowerCase() === DICTIONARY_SHEET.toLowerCase()) && names.every((n) => taken.has(n.name.toLowerCase()))) return;
  const dictionary = dictionarySheet(uniqueSheetName(DICTIONARY_SHEET, sheets));
  writeSheet(book, dictionary.sheet);
  for (const n of dictionary.names) if (!taken.has(n.name.toLowerCase())) book.Names.Add(n.name, `=${n.ref}`);
}

/** 插入自评表: a blank form on a new last sheet 自评表 (自评表 (2), … when taken), activated. */
export function insertTemplate(app: EtApplication, rows?: number): string {
  const book = activeBook(app);
  const sheet = templateForm({ rows, name: uniqueSheetName(TEMPLATE_SHEET, sheetNames(book)) });
  ensureDictionary(book);
  writeSheet(book, sheet, { activate: true });
  return sheet.name;
}

/** The name of a rebuilt copy of `source`: "X（模板）", within the 31 characters of a sheet name. */
function rebuiltName(source: string, taken: string[]): string {
  const suffix = "（模板）";
  return uniqueSheetName(source.slice(0, 31 - suffix.length) + suffix, taken);
}

/** 按模板重建: the active sheet's form as a new standard-form sheet right after it; the source is not touched. */
export function convertActiveSheet(app: EtApplication): string {
  const book = activeBook(app);
  const active = book.ActiveSheet;
  const grid = readWorkbook(app, "active").grids[0];
  const reading = readSheet(grid, mappingFrom(readDocuments(book, MAPPING_NS)));
  if (!active || reading.kind !== "project") throw new TemplateError(`“${grid.name}”不是自评表：没有找到“项目名称”以及资金或指标表头`);
  const data = { ...formDataOf(reading.project), notes: earlierNotes(grid, reading.project) };
  const sheet = fillTemplate(data, rebuiltName(grid.name, sheetNames(book)));
  ensureDictionary(book);
  writeSheet(book, sheet, { after: active, activate: true });
  return sheet.name;
}

/** 生成汇总表: the 汇总 sheet over every project sheet, first in the workbook, replacing an old one. */
export function buildSummary(app: EtApplication): string {
  const book = activeBook(app);
  const mapping = mappingFrom(readDocuments(book, MAPPING_NS));
  const sheets: SheetResult[] = readWorkbook(app, "all").grids.map((g) => readSheet(g, mapping));
  const result = checkSheets(sheets);
  const projects = projectsOf(sheets);
  if (projects.length === 0) throw new TemplateError("工作簿中没有找到自评表，无法生成汇总表");
  // An old summary is not a form; a project sheet that happens to be called 汇总 is kept.
  const old = sheets.find((s) => s.name.toLowerCase() === SUMMARY_SHEET.toLowerCase() && s.kind === "other");
  if (old) deleteSheet(app, book.Worksheets.Item(old.name));
  const sheet = summarySheet(projects.map((p) => summaryEntry(p, result.findings)), uniqueSheetName(SUMMARY_SHEET, sheetNames(book)));
  writeSheet(book, sheet, { before: book.Worksheets.Item(1), activate: true });
  return sheet.name;
}
