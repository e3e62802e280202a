/** Shared set-up of the Office tests: seed workbooks in the simulator, installed as the Office host. */
import { checkGrids } from "../../src/core/check";
import { MARKS } from "../../src/core/marks";
import type { Finding, Severity } from "../../src/core/model";
import { LayoutName, SheetSpec, seedSheets, specGrid } from "../fixtures/layouts";
import { SeedForm, seedForms } from "../fixtures/seedForms";
import { STORE_SHEET, SheetDocuments, storeDocuments } from "../../src/core/storedSheet";
import { SimCell, SimState, SimWorkbook, SimWrite, installOfficeHost } from "../sim/excel";
import { simFromSpecs } from "../sim/fromSpecs";

let uninstall: (() => void) | undefined;

/** Makes `sim` the workbook that Excel.run and Office.* act on (until the next call). */
export function useSim(sim: SimWorkbook): SimWorkbook {
  uninstall?.();
  uninstall = installOfficeHost(sim);
  return sim;
}

export function simOf(specs: SheetSpec[]): SimWorkbook {
  return useSim(simFromSpecs(specs));
}

export function seedSpecs(layout: LayoutName = "plain", forms: SeedForm[] = seedForms()): SheetSpec[] {
  return seedSheets(forms, { layout, others: true });
}

/** What the core finds on the specs directly, without Excel in between. */
export function expectedFindings(specs: SheetSpec[]): Finding[] {
  return checkGrids(specs.map(specGrid)).findings;
}

/** "Save and reopen" on the workbook's platform (on Mac its custom XML parts are lost), installed as the host. */
export function reopen(sim: SimWorkbook): SimWorkbook {
  return useSim(sim.reopen());
}

/** The user's sheets: every sheet but the add-in's store (core/storedSheet.ts). */
export const userSheets = (state: SimState) => state.sheets.filter((s) => s.name !== STORE_SHEET);

/** The documents the store sheet holds, by namespace; undefined when the workbook has no store sheet (Excel's or WPS's simulator). */
export function storeSheetDocuments(state: { sheets: { name: string; cells: Record<string, { value?: unknown }> }[] }): SheetDocuments | undefined {
  const sheet = state.sheets.find((s) => s.name === STORE_SHEET);
  if (!sheet) return undefined;
  const rows: unknown[][] = [];
  for (const [key, cell] of Object.entries(sheet.cells)) {
    const m = /^([A-Z]+)(\d+)$/.exec(key)!;
    const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    (rows[Number(m[2]) - 1] ??= [])[col] = cell.value;
  }
  return storeDocuments(Array.from(rows, (r) => Array.from(r ?? [], (v) => v ?? "")));
}

/** The writes the add-in made to the user's sheets (the store sheet's are its own business). */
export const userWrites = (log: SimWrite[]): SimWrite[] => log.filter((w) => w.sheet !== STORE_SHEET);

/** Every cell's fill on the user's sheets (sheet!A1 → fill), for before/after comparisons. */
export function fills(state: SimState): Record<string, SimCell["fill"]> {
  const out: Record<string, SimCell["fill"]> = {};
  for (const sheet of userSheets(state)) for (const [key, cell] of Object.entries(sheet.cells)) if (cell.fill) out[`${sheet.name}!${key}`] = cell.fill;
  return out;
}

/** Every cell's value and formula on the user's sheets. */
export function contents(state: SimState): Record<string, [unknown, unknown]> {
  const out: Record<string, [unknown, unknown]> = {};
  for (const sheet of userSheets(state)) {
    for (const [key, cell] of Object.entries(sheet.cells)) {
      if (cell.value !== undefined || cell.formula !== undefined) out[`${sheet.name}!${key}`] = [cell.value, cell.formula];
    }
  }
  return out;
}

/** The write kinds a check and a clear may make: fills and our own XML parts, nothing else. */
export const FORMAT_AND_PART_WRITES = new Set(["cellProperties", "fill", "fill.clear", "xml.add", "xml.delete", "xml.set"]);

/** The fill a cell marked for `severity` shows in the simulator: colour, pattern and the pattern's colour (core/marks.ts). */
export function markFill(severity: Severity): SimCell["fill"] {
  const mark = MARKS[severity];
  return mark.patternColor ? { color: mark.color, pattern: mark.pattern, patternColor: mark.patternColor } : { color: mark.color, pattern: mark.pattern };
}

/** The severity each marked cell should show: its most severe finding's (sheet!A1 → severity). */
export { worstByCell as markedSeverities } from "../support/marks";

/**
 * What changed on the user's sheets between two states, cell by cell and aspect by aspect
 * ("Sheet!G6 value", "Sheet!G6 fill"), plus sheets added or removed: the whole difference a write made.
 */
export function userDiff(before: SimState, after: SimState): string[] {
  const out: string[] = [];
  const sheets = (s: SimState) => new Map(userSheets(s).map((sheet) => [sheet.name, sheet]));
  const a = sheets(before);
  const b = sheets(after);
  for (const name of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(name);
    const y = b.get(name);
    if (!x || !y) {
      out.push(`${name} ${x ? "removed" : "added"}`);
      continue;
    }
    for (const cell of new Set([...Object.keys(x.cells), ...Object.keys(y.cells)])) {
      const p = (x.cells[cell] ?? {}) as Record<string, unknown>;
      const q = (y.cells[cell] ?? {}) as Record<string, unknown>;
      for (const aspect of new Set([...Object.keys(p), ...Object.keys(q)])) {
        if (JSON.stringify(p[aspect]) !== JSON.stringify(q[aspect])) out.push(`${name}!${cell} ${aspect}`);
      }
    }
    const { cells: _x, ...restX } = x;
    const { cells: _y, ...restY } = y;
    for (const key of new Set([...Object.keys(restX), ...Object.keys(restY)])) {
      if (key === "selection") continue; // where the user is, not what the workbook holds
      if (JSON.stringify((restX as Record<string, unknown>)[key]) !== JSON.stringify((restY as Record<string, unknown>)[key])) out.push(`${name} ${key}`);
    }
  }
  return out.sort();
}
