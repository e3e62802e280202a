/**
 * 插入模板, 按模板重建 and 生成汇总表: the core's template description (core/template.ts,
 * core/summary.ts) written into the open workbook through Office.js. Every write for a sheet is
 * queued and sent in one sync, so the round trips stay the same whatever the row count:
 *
 *   insertTemplate      2 syncs (sheet and name lists; all writes)
 *   convertActiveSheet  3 syncs (readGrids' 2 reads, which also load the lists; all writes)
 *   buildSummary        3 syncs (the same)
 *
 * Excel computes the formulas itself: no cached results are written from here.
 */
import { SheetResult, checkSheets, projectsOf, readSheet } from "../core/check";
import { SUMMARY_SHEET, summaryEntry, summarySheet } from "../core/summary";
import {
  DICTIONARY_SHEET, DefinedName, STYLES, TEMPLATE_SHEET, TemplateSheet, dictionarySheet, earlierNotes, fillTemplate, formDataOf,
  templateForm, uniqueSheetName,
} from "../core/template";
import { DIFFERS_FILL, FONT_NAME } from "../core/templateStyle";
import { parseA1 } from "../core/grid";
import { mappingFrom } from "../core/storedData";
import { readWorkbook } from "./readGrids";
import { MAPPING_NS, partDocuments } from "./xmlParts";

/** What the task pane shows in one line when a template action cannot run. */
export class TemplateError extends Error {}

const BORDER_EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"] as const;

/** Excel's column width in characters → points (Office.js sets widths in points). */
export const widthPoints = (characters: number): number => Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
const argbToHex = (argb: string): string => `#${argb.slice(2)}`;

/** Sheet and defined-name lists, queued so the next sync (whoever makes it) loads them. */
function queueLists(context: Excel.RequestContext): () => { sheets: string[]; names: string[] } {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const names = context.workbook.names;
  names.load("items/name");
  return () => ({ sheets: sheets.items.map((s) => s.name), names: names.items.map((n) => n.name) });
}

/** The matrix of one cell property over the sheet's area, "" where nothing is described. */
function matrixOf(sheet: TemplateSheet, rows: number, cols: number, pick: (cell: TemplateSheet["cells"][number]) => string | number): (string | number)[][] {
  const m = Array.from({ length: rows }, () => Array<string | number>(cols).fill(""));
  for (const cell of sheet.cells) {
    const { row, col } = parseA1(cell.address)!;
    m[row][col] = pick(cell);
  }
  return m;
}

/** Queues every write of a described sheet: one new worksheet, nothing else touched. */
export function queueSheet(context: Excel.RequestContext, sheet: TemplateSheet, options: { position?: number; activate?: boolean } = {}): Excel.Worksheet {
  const ws = context.workbook.worksheets.add(sheet.name);
  if (options.position !== undefined) ws.position = options.position;
  const rows = Math.max(...sheet.cells.map((c) => parseA1(c.address)!.row)) + 1;
  const cols = Math.max(sheet.widths.length, ...sheet.cells.map((c) => parseA1(c.address)!.col + 1));
  const area = ws.getRangeByIndexes(0, 0, rows, cols);
  area.format.font.name = FONT_NAME;
  // Number formats first: "@" cells then keep typed text such as =42.00(期) as text.
  area.numberFormat = matrixOf(sheet, rows, cols, (c) => STYLES[c.style].numFmt ?? "General") as string[][];
  area.formulas = matrixOf(sheet, rows, cols, (c) => c.formula ?? c.value ?? "");
  sheet.widths.forEach((w, i) => (ws.getRangeByIndexes(0, i, 1, 1).format.columnWidth = widthPoints(w)));
  for (const [row, height] of Object.entries(sheet.heights)) ws.getRangeByIndexes(Number(row) - 1, 0, 1, 1).format.rowHeight = height;
  for (const m of sheet.merges) ws.getRange(m).merge(false);
  const mergeOf = new Map(sheet.merges.map((m) => [m.split(":")[0], m]));
  for (const cell of sheet.cells) {
    const s = STYLES[cell.style];
    const format = ws.getRange(mergeOf.get(cell.address) ?? cell.address).format;
    format.horizontalAlignment = s.horizontal === "left" ? "Left" : s.horizontal === "right" ? "Right" : "Center";
    format.verticalAlignment = s.vertical === "top" ? "Top" : "Center";
    format.wrapText = s.wrap;
    format.font.size = s.size;
    if (s.bold) format.font.bold = true;
    if (s.italic) format.font.italic = true;
    if (s.color) format.font.color = argbToHex(s.color);
    const fill = cell.differs ? DIFFERS_FILL : s.fill;
    if (fill) format.fill.color = argbToHex(fill);
  }
  for (const range of sheet.borders) {
    const borders = ws.getRange(range).format.borders;
    for (const edge of BORDER_EDGES) borders.getItem(edge).style = "Continuous";
  }
  for (const v of sheet.validations) {
    const dv = ws.getRange(v.range).dataValidation;
    dv.rule = { list: { inCellDropDown: true, source: v.list } };
    dv.errorAlert = { showAlert: !v.allowFreeText, style: "Stop", title: "请从列表选择", message: v.error ?? "" };
    if (v.prompt) dv.prompt = { showPrompt: true, title: "", message: v.prompt };
  }
  const p = sheet.print;
  ws.pageLayout.orientation = p.orientation === "landscape" ? "Landscape" : "Portrait";
  ws.pageLayout.paperSize = "A4";
  ws.pageLayout.centerHorizontally = true;
  ws.pageLayout.zoom = { horizontalFitToPages: p.fitToWidth, verticalFitToPages: p.fitToHeight };
  ws.pageLayout.setPrintArea(p.area);
  if (p.titleRows) ws.pageLayout.setPrintTitleRows(p.titleRows.replace(/(\d+)/g, "$$$1"));
  if (sheet.hidden) ws.visibility = "Hidden";
  if (options.activate) ws.activate();
  return ws;
}

/** The hidden 字典 sheet and its names, unless the workbook has them already. */
function queueDictionary(context: Excel.RequestContext, lists: { sheets: string[]; names: string[] }): void {
  const taken = new Set(lists.names.map((n) => n.toLowerCase()));
  const hasSheet = lists.sheets.some((s) => s.toLowerCase() === DICTIONARY_SHEET.toLowerCase());
  const { names } = dictionarySheet();
  if (hasSheet && names.every((n) => taken.has(n.name.toLowerCase()))) return;
  const dictionary = dictionarySheet(uniqueSheetName(DICTIONARY_SHEET, lists.sheets));
  queueSheet(context, dictionary.sheet);
  const missing: DefinedName[] = dictionary.names.filter((n) => !taken.has(n.name.toLowerCase()));
  for (const n of missing) context.workbook.names.add(n.name, `=${n.ref}`);
}

/** 插入模板: a blank form on a new sheet 自评表 (自评表 (2), … when taken), activated. */
export async function insertTemplate(rows?: number): Promise<string> {
  return Excel.run(async (context) => {
    const lists = queueLists(context);
    await context.sync();
    const taken = lists();
    const sheet = templateForm({ rows, name: uniqueSheetName(TEMPLATE_SHEET, taken.sheets) });
    queueDictionary(context, taken);
    queueSheet(context, sheet, { activate: true });
    await context.sync();
    return sheet.name;
  });
}

/** The name of a rebuilt copy of `source`: "X（模板）", within Excel's 31 characters. */
function rebuiltName(source: string, taken: string[]): string {
  const suffix = "（模板）";
  return uniqueSheetName(source.slice(0, 31 - suffix.length) + suffix, taken);
}

/** 按模板重建: the active sheet's form as a new standard-form sheet beside it; the source is not touched. */
export async function convertActiveSheet(): Promise<string> {
  return Excel.run(async (context) => {
    const lists = queueLists(context);
    const active = context.workbook.worksheets.getActiveWorksheet();
    active.load("position");
    const read = await readWorkbook(context, { scope: "active", namespaces: [MAPPING_NS] });
    const reading = readSheet(read.grids[0], mappingFrom(partDocuments(read.parts[MAPPING_NS])));
    if (reading.kind !== "project") {
      throw new TemplateError(`“${read.grids[0].name}”不是自评表：没有找到“项目名称”以及资金或指标表头`);
    }
    const taken = lists();
    const data = { ...formDataOf(reading.project), notes: earlierNotes(read.grids[0], reading.project) };
    const sheet = fillTemplate(data, rebuiltName(read.grids[0].name, taken.sheets));
    queueDictionary(context, taken);
    queueSheet(context, sheet, { position: active.position + 1, activate: true });
    await context.sync();
    return sheet.name;
  });
}

/** 生成汇总表: the 汇总 sheet over every project sheet, first in the workbook, replacing an old one. */
export async function buildSummary(): Promise<string> {
  return Excel.run(async (context) => {
    const lists = queueLists(context);
    const read = await readWorkbook(context, { scope: "all", namespaces: [MAPPING_NS] });
    const mapping = mappingFrom(partDocuments(read.parts[MAPPING_NS]));
    const sheets: SheetResult[] = read.grids.map((g) => readSheet(g, mapping));
    const result = checkSheets(sheets);
    const projects = projectsOf(sheets);
    if (projects.length === 0) throw new TemplateError("工作簿中没有找到自评表，无法生成汇总表");
    // An old summary is not a form; a project sheet that happens to be called 汇总 is kept.
    const old = sheets.find((s) => s.name.toLowerCase() === SUMMARY_SHEET.toLowerCase() && s.kind === "other");
    const others = lists().sheets.filter((n) => n !== old?.name);
    if (old) context.workbook.worksheets.getItem(old.name).delete();
    const sheet = summarySheet(projects.map((p) => summaryEntry(p, result.findings)), uniqueSheetName(SUMMARY_SHEET, others));
    queueSheet(context, sheet, { position: 0, activate: true });
    await context.sync();
    return sheet.name;
  });
}
