/**
 * Described sheets (core/template.ts, core/summary.ts: templates, 汇总, 字典) written into the open
 * workbook through Office.js. Every write for a sheet is queued and sent in one sync, so the round
 * trips stay the same whatever the row count. Which sheets to write is decided in host/templates.ts.
 *
 * Excel computes the formulas itself: no cached results are written from here.
 */
import { parseA1 } from "../core/grid";
import { STYLES, TemplateSheet } from "../core/template";
import { DIFFERS_FILL, FONT_NAME } from "../core/templateStyle";
import type { WriteSheetsOutcome, WriteSheetsRequest } from "../host/types";

export { TemplateError } from "../host/templates";

const BORDER_EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"] as const;

/** Excel's column width in characters → points (Office.js sets widths in points). */
export const widthPoints = (characters: number): number => Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
const argbToHex = (argb: string): string => `#${argb.slice(2)}`;

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

/** Deletes, adds and names as asked, in one batch: 1 sync. */
export async function writeSheets(request: WriteSheetsRequest): Promise<WriteSheetsOutcome> {
  return Excel.run(async (context) => {
    for (const name of request.remove ?? []) context.workbook.worksheets.getItem(name).delete();
    for (const write of request.add) queueSheet(context, write.sheet, { position: write.position, activate: write.activate });
    for (const n of request.names ?? []) context.workbook.names.add(n.name, `=${n.ref}`);
    await context.sync();
    return { added: request.add.map((w) => w.sheet.name), warnings: [] };
  });
}
