/** Shared set-up of the WPS tests: seed workbooks in the WPS simulator, installed as the host. */
import { checkGrids } from "../../../src/core/check";
import type { Finding } from "../../../src/core/model";
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

export function seedBook(layout: LayoutName = "plain", options?: WpsBookOptions): { book: WpsBook; host: WpsHost; specs: SheetSpec[] } {
  const specs = seedSpecs(layout);
  const book = bookFromSpecs(specs, options);
  return { book, host: useBook(book), specs };
}

/** What the core finds on the specs directly, without WPS in between. */
export function expectedFindings(specs: SheetSpec[]): Finding[] {
  return checkGrids(specs.map(specGrid)).findings;
}

/** "Save and reopen". */
export function reopen(book: WpsBook): { book: WpsBook; host: WpsHost } {
  const again = WpsBook.fromJSON(book.toJSON(), book.options);
  return { book: again, host: useBook(again) };
}

/** Every cell's fill (sheet!A1 → fill). */
export function fills(state: WpsState): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const sheet of state.sheets) for (const [key, cell] of Object.entries(sheet.cells)) if (cell.fill) out[`${sheet.name}!${key}`] = cell.fill;
  return out;
}

/** Every cell's value and formula. */
export function contents(state: WpsState): Record<string, [unknown, unknown]> {
  const out: Record<string, [unknown, unknown]> = {};
  for (const sheet of state.sheets) {
    for (const [key, cell] of Object.entries(sheet.cells)) {
      if (cell.value !== undefined || cell.formula !== undefined) out[`${sheet.name}!${key}`] = [cell.value, cell.formula];
    }
  }
  return out;
}
