/**
 * A workbook saved by the WPS simulator (WpsBook.toJSON) opened in the Excel simulator (test/sim):
 * the same cells, number formats, merges, fills (BGR + XlPattern turned into Office.js "#RRGGBB" +
 * pattern names, a theme fill into its colour and shade), sheet visibility and protection, custom
 * XML parts and names, as Excel reads the xlsx file WPS saved. The way back is fromExcel.ts.
 * Column widths, styles and page setup are left out: nothing here compares them.
 */
import { PATTERNS, hexOf } from "../../src/host/wps/fills";
import type { ProfileName } from "../sim/profiles";
import { SimCell, SimFill, newSheet, rootNamespace } from "../sim/state";
import { SimWorkbook } from "../sim/workbook";
import type { WpsFill, WpsState } from "./state";

const VISIBILITY: Record<number, "Visible" | "Hidden" | "VeryHidden"> = { [-1]: "Visible", 0: "Hidden", 2: "VeryHidden" };
const PATTERN_NAMES = new Map<number, string>(Object.entries(PATTERNS).map(([name, n]) => [n, name]));

function excelFill(fill: WpsFill): SimFill {
  const out: SimFill = { color: hexOf(fill.color), pattern: PATTERN_NAMES.get(fill.pattern) ?? "Solid" };
  if (fill.patternColor !== undefined && out.pattern !== "Solid") out.patternColor = hexOf(fill.patternColor);
  if (fill.tintAndShade) out.tintAndShade = fill.tintAndShade;
  return out;
}

export function excelFromBook(json: string, profile: ProfileName = "web"): SimWorkbook {
  const wps = JSON.parse(json) as WpsState;
  const sim = new SimWorkbook(undefined, profile);
  for (const [i, s] of wps.sheets.entries()) {
    const sheet = newSheet(sim.newId("sheet"), s.name);
    sim.state.sheets.push(sheet);
    if (i === wps.active) sim.state.activeSheetId = sheet.id;
    sheet.visibility = VISIBILITY[s.visible] ?? "Visible";
    sheet.protected = s.protected;
    sheet.merges = s.merges.map((m) => ({ ...m }));
    sheet.selection = { ...s.selection };
    for (const [key, c] of Object.entries(s.cells)) {
      const cell: SimCell = {};
      if (c.value !== undefined) cell.value = c.value;
      if (c.formula !== undefined) cell.formula = c.formula;
      if (c.numberFormat !== undefined) cell.numberFormat = c.numberFormat;
      if (c.fill && c.fill.pattern !== -4142) cell.fill = excelFill(c.fill);
      if (Object.keys(cell).length) sheet.cells[key] = cell;
    }
  }
  sim.state.customXmlParts = wps.customXmlParts.map((p) => ({ id: sim.newId("part"), namespaceUri: rootNamespace(p.xml) ?? "", xml: p.xml }));
  sim.state.names = wps.names.map((n) => ({ name: n.name, formula: n.refersTo, comment: "", visible: true }));
  if (wps.structureProtected) sim.state.structureProtected = true;
  return sim;
}
