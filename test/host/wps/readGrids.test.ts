import { STORE_MARKER } from "../../../src/core/storedSheet";
import { strict as assert } from "assert";
import { readSheet as readForm } from "../../../src/core/check";
import { readSheet, readWorkbook } from "../../../src/host/wps/readGrids";
import { rowsOf } from "../../../src/host/wps/values";
import { LAYOUTS, specGrid } from "../../fixtures/layouts";
import { bookFromSpecs } from "../../wps-sim/wps";
import { seedBook, seedSpecs, useBook } from "./support";

const sortMerges = <T extends { top: number; left: number }>(m: T[]) => [...m].sort((a, b) => a.top - b.top || a.left - b.left);

describe("WPS: reading sheets", () => {
  for (const layout of LAYOUTS) {
    it(`reads each seed sheet as the core reads the same cells (${layout} layout)`, () => {
      const { host, specs } = seedBook(layout);
      const read = readWorkbook(host.app, "all");
      assert.deepEqual(read.sheets.map((s) => s.name), specs.map((s) => s.name));
      read.grids.forEach((grid, i) => {
        const expected = specGrid(specs[i]);
        assert.deepEqual(sortMerges(grid.merges), sortMerges(expected.merges), `${grid.name}: merges`);
        assert.deepEqual(readForm(grid), readForm(expected), `${grid.name}: the same form`);
      });
    });
  }

  for (const layout of LAYOUTS) {
    it(`reads values in one Value2 call per sheet, and asks merges per merge, not per cell (${layout} layout)`, () => {
      const { book, host, specs } = seedBook(layout);
      readWorkbook(host.app, "all");
      const grids = specs.map(specGrid);
      const cells = grids.reduce((n, g) => n + g.values.length * Math.max(0, ...g.values.map((r) => r.length)), 0);
      const merges = grids.reduce((n, g) => n + g.merges.length, 0);
      assert.equal(book.callCount("Range.Value2.get"), specs.length, "one Value2 read per sheet");
      assert.equal(book.callCount("Range.MergeArea"), merges, "one MergeArea read per merge");
      assert.ok(book.callCount("Range.MergeCells") <= 4 * merges + specs.length, `${book.callCount("Range.MergeCells")} MergeCells reads for ${merges} merges`);
      assert.ok(book.callCount("Range.NumberFormat.get") <= 10 * specs.length, `${book.callCount("Range.NumberFormat.get")} NumberFormat reads`);
      assert.ok(book.callCount("Range.MergeCells") < cells / 2, `${book.callCount("Range.MergeCells")} MergeCells reads for ${cells} cells`);
    });
  }

  it("reads a sheet's visibility and an empty sheet as an empty grid", () => {
    const book = bookFromSpecs([{ name: "表一", cells: [{ row: 2, col: 1, value: 1 }], merges: [] }, { name: "空", cells: [], merges: [] }]);
    book.sheet("空").visible = 2;
    const host = useBook(book);
    const [one, empty] = readWorkbook(host.app, "all").grids;
    assert.deepEqual([one.top, one.left, one.values, one.visibility], [2, 1, [[1]], "visible"]);
    assert.deepEqual([empty.values, empty.merges, empty.visibility], [[], [], "veryHidden"]);
  });

  it("reads a formatted column once when its cells share a format, and per part when they differ", () => {
    const book = bookFromSpecs([{ name: "S", cells: [
      { row: 0, col: 0, value: 0.5, numFmt: "0.00%" }, { row: 1, col: 0, value: 0.25, numFmt: "0.00%" },
      { row: 2, col: 0, value: 3 }, { row: 3, col: 0, value: "文字", numFmt: "@" },
    ], merges: [] }]);
    const host = useBook(book);
    const grid = readSheet(host.app.ActiveWorkbook!.Worksheets.Item(1));
    assert.deepEqual(grid.formats, [["0.00%"], ["0.00%"], [null], [null]], "text cells' formats are not asked for");
  });

  it("takes Value2 as a value, rows of values, or null/\"\"/undefined for empty cells", () => {
    assert.deepEqual(rowsOf(5, 1, 1), [[5]]);
    assert.deepEqual(rowsOf(undefined, 1, 1), [[null]]);
    assert.deepEqual(rowsOf([[1, ""], [null, undefined]], 2, 2), [[1, null], [null, null]]);
    assert.deepEqual(rowsOf([["a", true]], 1, 2), [["a", true]]);
  });

  it("leaves its own data sheet out", () => {
    const specs = seedSpecs("plain").slice(0, 2);
    const book = bookFromSpecs([...specs, { name: "_perfeval_data", cells: [{ row: 0, col: 0, value: STORE_MARKER }], merges: [] }]);
    const host = useBook(book);
    assert.deepEqual(readWorkbook(host.app, "all").sheets.map((s) => s.name), specs.map((s) => s.name));
  });
});
