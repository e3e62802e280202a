/**
 * Described sheets (core/template.ts, core/summary.ts: templates, 汇总, 字典) written into the open
 * workbook through WPS's object model, as src/office/template.ts does for Excel; which sheets to
 * write is decided in host/templates.ts. Values and formulas go in one block write per sheet
 * (Formula = rows); number formats, merges and styles over the described cells only. WPS computes
 * the formulas itself: no cached results are written.
 */
import { a1, columnName } from "../../core/grid";
import { TemplateSheet, cellMatrix, sheetSize, styledRanges, uniqueSheetName } from "../../core/template";
import { FONT_NAME } from "../../core/templateStyle";
import type { SheetWarning, WriteSheetsOutcome, WriteSheetsRequest } from "../types";
import { BORDER_EDGES, EtApplication, EtWorkbook, EtWorksheet, XL } from "./et";
import { bgrOf } from "./fills";
import { deleteSheet, findSheet, sheetNames, worksheets } from "./sheets";

const ALIGN = { left: XL.left, center: XL.center, right: XL.right } as const;
const argbToBgr = (argb: string): number => bgrOf(argb.slice(2))!;

export function definedNames(book: EtWorkbook): string[] {
  const names = book.Names;
  return Array.from({ length: names.Count }, (_, i) => names.Item(i + 1).Name);
}

/** A new worksheet at a 0-based position (the end when there is none or it is past the end); WPS activates it. */
export function addSheetAt(book: EtWorkbook, position: number | undefined): EtWorksheet {
  const sheets = book.Worksheets;
  if (position !== undefined && position < sheets.Count) return sheets.Add(sheets.Item(Math.max(0, position) + 1));
  return sheets.Add(undefined, sheets.Item(sheets.Count));
}

/** Writes a described sheet, but its print setup, into a new worksheet `ws` and names it (`name` overrides the sheet's). */
export function fillSheet(ws: EtWorksheet, sheet: TemplateSheet, name = sheet.name): void {
  ws.Name = name;
  const { rows, cols } = sheetSize(sheet);
  const area = ws.Range(`A1:${a1(rows - 1, cols - 1)}`);
  area.Font.Name = FONT_NAME;
  const styled = styledRanges(sheet);
  // Number formats first: "@" cells then keep typed text such as =42.00(期) as text.
  for (const { range, style } of styled) if (style.numFmt) ws.Range(range).NumberFormat = style.numFmt;
  area.Formula = cellMatrix(sheet, (c) => c.formula ?? c.value ?? "") as string[][];
  sheet.widths.forEach((w, i) => (ws.Range(`${columnName(i)}:${columnName(i)}`).ColumnWidth = w));
  for (const [row, height] of Object.entries(sheet.heights)) ws.Range(`${row}:${row}`).RowHeight = height;
  for (const m of sheet.merges) ws.Range(m).Merge();
  for (const { range: address, style: s, fill } of styled) {
    const range = ws.Range(address);
    range.HorizontalAlignment = ALIGN[s.horizontal];
    range.VerticalAlignment = s.vertical === "top" ? XL.top : XL.center;
    range.WrapText = s.wrap;
    range.Font.Size = s.size;
    if (s.bold) range.Font.Bold = true;
    if (s.italic) range.Font.Italic = true;
    if (s.color) range.Font.Color = argbToBgr(s.color);
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
  if (sheet.hidden) ws.Visible = XL.sheetHidden;
}

/** Fit to one page wide and as many pages down as needed (VBA: Zoom off, FitToPagesTall False). */
export function writePrintSetup(ws: EtWorksheet, sheet: TemplateSheet): void {
  const p = sheet.print;
  const page = ws.PageSetup;
  page.Orientation = p.orientation === "landscape" ? XL.landscape : XL.portrait;
  page.PaperSize = XL.paperA4;
  page.CenterHorizontally = true;
  page.Zoom = false;
  page.FitToPagesWide = p.fitToWidth;
  page.FitToPagesTall = false;
  page.PrintArea = p.area;
  if (p.titleRows) page.PrintTitleRows = p.titleRows.replace(/(\d+)/g, "$$$1");
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Writes the sheets so that none is ever left half built: if WPS refuses anything while they are
 * built, what this call added (sheets, names) is deleted again and the old sheets stand. A sheet
 * that replaces an old one is built under a temporary name and takes the old one's place only when
 * complete. Print setup goes last, per sheet: a refusal costs no sheet, the user is told instead.
 */
export function writeSheets(app: EtApplication, book: EtWorkbook, request: WriteSheetsRequest): WriteSheetsOutcome {
  const activeBefore = book.ActiveSheet;
  const existingNames = new Set(definedNames(book).map((n) => n.toLowerCase()));
  const removed = new Set((request.remove ?? []).map((n) => n.toLowerCase()));
  const taken = sheetNames(book);
  const temporary = request.add.map((w) => {
    if (!removed.has(w.sheet.name.toLowerCase())) return w.sheet.name;
    const name = uniqueSheetName(w.sheet.name, taken);
    taken.push(name);
    return name;
  });
  const added: EtWorksheet[] = [];
  const addedNames: string[] = [];
  try {
    request.add.forEach((w, i) => {
      const ws = addSheetAt(book, w.position);
      added.push(ws);
      fillSheet(ws, w.sheet, temporary[i]);
    });
    for (const n of request.names ?? []) {
      if (existingNames.has(n.name.toLowerCase())) continue;
      book.Names.Add(n.name, `=${n.ref}`);
      addedNames.push(n.name);
    }
  } catch (e) {
    takeBack(app, book, added, addedNames);
    activeBefore?.Activate();
    throw e;
  }
  for (const name of request.remove ?? []) {
    const old = findSheet(book, name);
    if (old) deleteSheet(app, old);
  }
  request.add.forEach((w, i) => {
    if (temporary[i] === w.sheet.name) return;
    added[i].Name = w.sheet.name;
    if (w.position !== undefined) moveTo(book, added[i], w.position);
  });
  const active = request.add.findIndex((w) => w.activate);
  if (active >= 0) added[active].Activate();
  else activeBefore?.Activate();
  const warnings: SheetWarning[] = [];
  request.add.forEach((w, i) => {
    if (w.sheet.hidden) return;
    try {
      writePrintSetup(added[i], w.sheet);
    } catch (e) {
      warnings.push({ sheet: w.sheet.name, what: "printSetup", detail: message(e) });
    }
  });
  return { added: request.add.map((w) => w.sheet.name), warnings };
}

/** Deletes what a failed write added; a deletion that fails too leaves the rest to be tried. */
function takeBack(app: EtApplication, book: EtWorkbook, sheets: EtWorksheet[], names: string[]): void {
  for (const ws of sheets) {
    try {
      deleteSheet(app, ws);
    } catch {
      // the sheet may be the one WPS refused to make
    }
  }
  for (const name of names) {
    try {
      book.Names.Item(name).Delete();
    } catch {
      // already gone
    }
  }
}

function moveTo(book: EtWorkbook, ws: EtWorksheet, position: number): void {
  const others = worksheets(book).filter((s) => s.Name !== ws.Name);
  if (position < others.length) ws.Move(others[Math.max(0, position)]);
  else ws.Move(undefined, others[others.length - 1]);
}
