/** A SimWorkbook holding fixture sheets (test/fixtures/layouts.ts SheetSpecs), number formats and widths included. */
import type { SheetSpec } from "../fixtures/layouts";
import { a1 } from "./state";
import { SimWorkbook } from "./workbook";

/** Excel's width in characters → points (7 px per character of the default font, 5 px padding, 0.75 pt per px). */
const points = (characters: number) => Math.round((characters * 7 + 5) * 0.75 * 100) / 100;

export function simFromSpecs(specs: SheetSpec[]): SimWorkbook {
  const sim = new SimWorkbook();
  for (const spec of specs) {
    const sheet = sim.addSheet(spec.name);
    for (const c of spec.cells) {
      sheet.cells[a1(c.row, c.col)] = { value: c.value, ...(c.numFmt ? { numberFormat: c.numFmt } : {}) };
    }
    sheet.merges = spec.merges.map((m) => ({ ...m }));
    spec.widths?.forEach((w, i) => (sheet.columnWidths[i] = points(w)));
  }
  return sim;
}
