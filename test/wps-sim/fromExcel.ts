/**
 * A workbook saved by the Excel simulator (test/sim SimWorkbook.toJSON) opened in the WPS
 * simulator: the same cells, number formats, merges, fills (Office.js "#RRGGBB" + pattern names
 * turned into BGR + XlPattern), sheet visibility and custom XML parts, as WPS reads the same
 * xlsx file. Column widths and page setup are left out: nothing here compares them.
 */
import { PATTERNS, bgrOf } from "../../src/host/wps/fills";
import type { SimState } from "../sim/state";
import { WpsBook, WpsBookOptions } from "./book";
import type { WpsFill } from "./state";

const VISIBLE: Record<string, number> = { Visible: -1, Hidden: 0, VeryHidden: 2 };

export function bookFromExcel(json: string, options?: WpsBookOptions): WpsBook {
  const excel = JSON.parse(json) as SimState;
  const book = new WpsBook(undefined, options);
  for (const s of excel.sheets) {
    const sheet = book.addSheet(s.name);
    sheet.visible = VISIBLE[s.visibility] ?? -1;
    sheet.protected = s.protected;
    sheet.merges = s.merges.map((m) => ({ ...m }));
    sheet.selection = { ...s.selection };
    for (const [key, c] of Object.entries(s.cells)) {
      const cell: NonNullable<typeof sheet.cells[string]> = {};
      if (c.value !== undefined) cell.value = c.value;
      if (c.formula !== undefined) cell.formula = c.formula;
      if (c.numberFormat !== undefined) cell.numberFormat = c.numberFormat;
      if (c.fill && c.fill.pattern !== "None") {
        const fill: WpsFill = { color: bgrOf(c.fill.color)!, pattern: PATTERNS[c.fill.pattern as keyof typeof PATTERNS] ?? 1 };
        if (c.fill.patternColor) fill.patternColor = bgrOf(c.fill.patternColor)!;
        cell.fill = fill;
      }
      if (Object.keys(cell).length) sheet.cells[key] = cell;
    }
  }
  book.state.active = Math.max(0, excel.sheets.findIndex((s) => s.id === excel.activeSheetId));
  book.state.customXmlParts = excel.customXmlParts.map((p) => ({ id: p.id, xml: p.xml }));
  book.state.names = excel.names.map((n) => ({ name: n.name, refersTo: n.formula }));
  if (excel.structureProtected) book.state.structureProtected = true;
  return book;
}
