/**
 * Described sheets (core/template.ts, core/summary.ts: templates, 汇总, 字典) written into the open
 * workbook through Office.js. Every write for a sheet is queued and sent in one sync, so the round
 * trips stay the same whatever the row count. Which sheets to write is decided in host/templates.ts.
 *
 * Excel computes the formulas itself: no cached results are written from here.
 */
import { STYLES, TemplateSheet, cellMatrix, sheetSize, styledRanges, uniqueSheetName } from "../core/template";
import { FONT_NAME } from "../core/templateStyle";
import type { SheetWarning, WriteSheetsOutcome, WriteSheetsRequest } from "../host/types";

export { TemplateError } from "../host/templates";

const BORDER_EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"] as const;

/** Excel's column width in characters → points (Office.js sets widths in points). */
export const widthPoints = (characters: number): number => Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
const argbToHex = (argb: string): string => `#${argb.slice(2)}`;

/**
 * Queues every write of a described sheet but its print setup (queuePrintSetup): one new
 * worksheet, nothing else touched. `name` overrides the sheet's (a temporary name while an old
 * sheet of that name still stands).
 */
export function queueSheet(context: Excel.RequestContext, sheet: TemplateSheet, options: { position?: number; name?: string } = {}): Excel.Worksheet {
  const ws = context.workbook.worksheets.add(options.name ?? sheet.name);
  if (options.position !== undefined) ws.position = options.position;
  const { rows, cols } = sheetSize(sheet);
  const area = ws.getRangeByIndexes(0, 0, rows, cols);
  area.format.font.name = FONT_NAME;
  // Number formats first: "@" cells then keep typed text such as =42.00(期) as text.
  area.numberFormat = cellMatrix(sheet, (c) => STYLES[c.style].numFmt ?? "General") as string[][];
  area.formulas = cellMatrix(sheet, (c) => c.formula ?? c.value ?? "");
  sheet.widths.forEach((w, i) => (ws.getRangeByIndexes(0, i, 1, 1).format.columnWidth = widthPoints(w)));
  for (const [row, height] of Object.entries(sheet.heights)) ws.getRangeByIndexes(Number(row) - 1, 0, 1, 1).format.rowHeight = height;
  for (const m of sheet.merges) ws.getRange(m).merge(false);
  for (const { range, style: s, fill } of styledRanges(sheet)) {
    const format = ws.getRange(range).format;
    format.horizontalAlignment = s.horizontal === "left" ? "Left" : s.horizontal === "right" ? "Right" : "Center";
    format.verticalAlignment = s.vertical === "top" ? "Top" : "Center";
    format.wrapText = s.wrap;
    format.font.size = s.size;
    if (s.bold) format.font.bold = true;
    if (s.italic) format.font.italic = true;
    if (s.color) format.font.color = argbToHex(s.color);
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
  if (sheet.hidden) ws.visibility = "Hidden";
  return ws;
}

/**
 * The sheet's print setup. Fit to one page wide only: PageLayoutZoomOptions documents page counts
 * and a 10–400 scale, nothing for the file format's "as many pages tall as needed" (fitToHeight 0),
 * so the height is left to Excel.
 */
export function queuePrintSetup(ws: Excel.Worksheet, sheet: TemplateSheet): void {
  const p = sheet.print;
  ws.pageLayout.orientation = p.orientation === "landscape" ? "Landscape" : "Portrait";
  ws.pageLayout.paperSize = "A4";
  ws.pageLayout.centerHorizontally = true;
  ws.pageLayout.zoom = { horizontalFitToPages: p.fitToWidth };
  ws.pageLayout.setPrintArea(p.area);
  if (p.titleRows) ws.pageLayout.setPrintTitleRows(p.titleRows.replace(/(\d+)/g, "$$$1"));
}

/**
 * Writes the sheets so that none is ever left half built, Office.js batches not being
 * transactional: 2 syncs whatever the row count, 3 when an old sheet is replaced.
 *
 *   build  the new sheets (under a temporary name where an old sheet still has theirs) and the
 *          names; if Excel refuses any of it, what was added is deleted again and the old sheets stand
 *   swap   only when replacing: the old sheets deleted, the new ones renamed and placed
 *   print  print setups of the visible sheets: Excel's page setup has known faults
 *          (office-js#1860), and a refused one costs no sheet — the user is told instead
 */
export async function writeSheets(request: WriteSheetsRequest): Promise<WriteSheetsOutcome> {
  return Excel.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    const existing = request.existing ?? (await currentNames(context));
    const removed = new Set((request.remove ?? []).map((n) => n.toLowerCase()));
    const taken = [...existing.sheets];
    const temporary = request.add.map((w) => {
      if (!removed.has(w.sheet.name.toLowerCase())) return w.sheet.name;
      const name = uniqueSheetName(w.sheet.name, taken);
      taken.push(name);
      return name;
    });
    const swapping = temporary.some((name, i) => name !== request.add[i].sheet.name);
    const added = request.add.map((w, i) => queueSheet(context, w.sheet, { position: temporary[i] === w.sheet.name ? w.position : undefined, name: temporary[i] }));
    for (const n of request.names ?? []) context.workbook.names.add(n.name, `=${n.ref}`);
    const active = request.add.findIndex((w) => w.activate);
    if (active >= 0 && !swapping) added[active].activate();
    try {
      await context.sync();
    } catch (e) {
      // Only what this call added is taken back, never a sheet or a name that was there before.
      const before = new Set([...existing.sheets, ...existing.names].map((n) => n.toLowerCase()));
      for (const name of temporary.filter((n) => !before.has(n.toLowerCase()))) worksheets.getItemOrNullObject(name).delete();
      for (const n of (request.names ?? []).filter((x) => !before.has(x.name.toLowerCase()))) context.workbook.names.getItemOrNullObject(n.name).delete();
      await context.sync().catch(() => undefined);
      throw e;
    }
    if (swapping) {
      for (const name of request.remove ?? []) worksheets.getItem(name).delete();
      request.add.forEach((w, i) => {
        if (temporary[i] === w.sheet.name) return;
        added[i].name = w.sheet.name;
        if (w.position !== undefined) added[i].position = w.position;
      });
      if (active >= 0) added[active].activate();
      await context.sync();
    } else if (request.remove?.length) {
      for (const name of request.remove) worksheets.getItem(name).delete();
      await context.sync();
    }
    return { added: request.add.map((w) => w.sheet.name), warnings: await printSetups(context, request, added) };
  });
}

/** The workbook's sheet and defined names: 1 sync (when the caller has not just read them). */
async function currentNames(context: Excel.RequestContext): Promise<{ sheets: string[]; names: string[] }> {
  const worksheets = context.workbook.worksheets.load("items/name");
  const names = context.workbook.names.load("items/name");
  await context.sync();
  return { sheets: worksheets.items.map((ws) => ws.name), names: names.items.map((n) => n.name) };
}

/** Print setups of the sheets that can be printed (a hidden sheet is not); a refusal is a warning. */
async function printSetups(context: Excel.RequestContext, request: WriteSheetsRequest, added: Excel.Worksheet[]): Promise<SheetWarning[]> {
  const printed = request.add.map((w, i) => ({ w, ws: added[i] })).filter(({ w }) => !w.sheet.hidden);
  if (printed.length === 0) return [];
  for (const { w, ws } of printed) queuePrintSetup(ws, w.sheet);
  try {
    await context.sync();
    return [];
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return printed.map(({ w }) => ({ sheet: w.sheet.name, what: "printSetup" as const, detail }));
  }
}
