/** Shared set-up of the WPS tests: seed workbooks in the WPS simulator, installed as the host. */
import { checkGrids } from "../../../src/core/check";
import type { Finding } from "../../../src/core/model";
import { STORE_SHEET } from "../../../src/core/storedSheet";
import type { SpreadsheetHost } from "../../../src/host/types";
import { wpsHost } from "../../../src/host/wps/host";
import { LayoutName, SheetSpec, seedSheets, specGrid } from "../../fixtures/layouts";
import { SeedForm, seedForms } from "../../fixtures/seedForms";
import { WpsBook, WpsBookOptions, WpsHost, WpsState, bookFromSpecs, installWpsHost } from "../../wps-sim/wps";

let host: WpsHost | undefined;

/** Makes `book` the workbook that wps.EtApplication() acts on (until the next call). */
export function useBook(book: WpsBook): WpsHost {
  host?.uninstall();
  host = installWpsHost(book);
  return host;
}

export function seedSpecs(layout: LayoutName = "plain", forms: SeedForm[] = seedForms()): SheetSpec[] {
  return seedSheets(forms, { layout, others: true });
}

/** The host boundary over the simulated WPS (the pane page's address as the add-in serves it). */
export const PANE_URL = "http://127.0.0.1:3889/ui/taskpane.html";
export function boundary(host: WpsHost): SpreadsheetHost {
  return wpsHost(host.wps, { paneUrl: PANE_URL });
}

export function seedBook(layout: LayoutName = "plain", options?: WpsBookOptions): { book: WpsBook; host: WpsHost; wps: SpreadsheetHost; specs: SheetSpec[] } {
  const specs = seedSpecs(layout);
  const book = bookFromSpecs(specs, options);
  const host = useBook(book);
  return { book, host, wps: boundary(host), specs };
}

/** What the core finds on the specs directly, without WPS in between. */
export function expectedFindings(specs: SheetSpec[]): Finding[] {
  return checkGrids(specs.map(specGrid)).findings;
}

/** "Save and reopen". */
export function reopen(book: WpsBook): { book: WpsBook; host: WpsHost; wps: SpreadsheetHost } {
  const again = WpsBook.fromJSON(book.toJSON(), book.options);
  const host = useBook(again);
  return { book: again, host, wps: boundary(host) };
}

/** The user's sheets: every sheet but the add-in's store. */
export const userSheets = (state: WpsState) => state.sheets.filter((s) => s.name !== STORE_SHEET);

/** Every cell's fill on the user's sheets (sheet!A1 → fill). */
export function fills(state: WpsState): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const sheet of userSheets(state)) for (const [key, cell] of Object.entries(sheet.cells)) if (cell.fill) out[`${sheet.name}!${key}`] = cell.fill;
  return out;
}

/** Every cell's value and formula on the user's sheets. */
export function contents(state: WpsState): Record<string, [unknown, unknown]> {
  const out: Record<string, [unknown, unknown]> = {};
  for (const sheet of userSheets(state)) {
    for (const [key, cell] of Object.entries(sheet.cells)) {
      if (cell.value !== undefined || cell.formula !== undefined) out[`${sheet.name}!${key}`] = [cell.value, cell.formula];
    }
  }
  return out;
}
