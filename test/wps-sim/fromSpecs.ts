/** A WpsBook holding fixture sheets (test/fixtures/layouts.ts SheetSpecs): values, number formats, merges, widths. */
import type { SheetSpec } from "../fixtures/layouts";
import { WpsBook, WpsBookOptions } from "./book";
import { a1 } from "./state";

export function bookFromSpecs(specs: SheetSpec[], options?: WpsBookOptions): WpsBook {
  const book = new WpsBook(undefined, options);
  for (const spec of specs) {
    const sheet = book.addSheet(spec.name);
    for (const c of spec.cells) sheet.cells[a1(c.row, c.col)] = { value: c.value, ...(c.numFmt ? { numberFormat: c.numFmt } : {}) };
    sheet.merges = spec.merges.map((m) => ({ ...m }));
    spec.widths?.forEach((w, i) => (sheet.columnWidths[i] = w));
  }
  return book;
}
