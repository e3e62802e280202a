import { STORE_MARKER } from "../../../src/core/storedSheet";
import { strict as assert } from "assert";
import { readSheet as readForm } from "../../../src/core/check";
import { readSheet } from "../../../src/host/wps/readGrids";
import { rowsOf } from "../../../src/host/wps/values";
import { LAYOUTS, specGrid } from "../../fixtures/layouts";
import { bookFromSpecs } from "../../wps-sim/wps";
import { boundary, seedBook, seedSpecs, useBook } from "./support";

const sortMerges = <T extends { top: number; left: number }>(m: T[]) => [...m].sort((a, b) => a.top - b.top || a.left - b.left);

describe("WPS: reading sheets", () => {
  for (const layout of LAYOUTS) {
    it(`reads each seed sheet as the core reads the same cells (${layout} layout)`, async () => {
      const { wps, specs } = seedBook(layout);
      const read = await wps.readWorkbook({ scope: "all" });
      assert.deepEqual(read.sheets.map((s) => s.name), specs.map((s) => s.name));
      read.grids.forEach((grid, i) => {
        const expected = specGrid(specs[i]);
        assert.deepEqual(sortMerges(grid.merges), sortMerges(expected.merges), `${grid.name}: merges`);
        assert.deepEqual(readForm(grid), readForm(expected), `${grid.name}: the same form`);
      });
    });
  }

  for (const layout of LAYOUTS) {
    it(`reads values in one Value2 call per sheet, and asks merges per merge, not per cell (${layout} layout)`, async () => {
      const { book, wps, specs } = seedBook(layout);
      await wps.readWorkbook({ scope: "all" });
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

  it("reads a sheet's visibility and an empty sheet as an empty grid", async () => {
    const book = bookFromSpecs([{ name: "表一", cells: [{ row: 2, col: 1, value: 1 }], merges: [] }, { name: "空", cells: [], merges: [] }]);
    book.sheet("空").visible = 2;
    const [one, empty] = (await boundary(useBook(book)).readWorkbook({ scope: "all" })).grids;
    assert.deepEqual([one.top, one.left, one.values, one.visibility], [2, 1, [[1]], "visible"]);
    assert.deepEqual([empty.values, empty.merges, empty.visibility], [[], [], "veryHidden"]);
  });

  it("lists every sheet with position, visibility and protection, the active sheet and the defined names, and reads the scope asked", async () => {
    const { book, wps, specs } = seedBook("plain");
    book.sheet(specs[2].name).visible = 0;
    book.sheet(specs[3].name).protected = true;
    book.state.names.push({ name: "一级指标列表", refersTo: "='字典'!$A$2:$A$4" });
    book.select(specs[5].name, "C3");
    const none = await wps.readWorkbook({ scope: "none" });
    assert.deepEqual(none.sheets.slice(2, 4), [
      { name: specs[2].name, position: 2, visibility: "hidden", protected: false },
      { name: specs[3].name, position: 3, visibility: "visible", protected: true },
    ]);
    assert.deepEqual([none.grids, none.active, none.names], [[], specs[5].name, ["一级指标列表"]]);
    const active = await wps.readWorkbook({ scope: "active" });
    assert.deepEqual(active.grids.map((g) => g.name), [specs[5].name]);
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

  it("leaves its own store sheet out of the sheets and grids, though its position counts", async () => {
    const specs = seedSpecs("plain").slice(0, 2);
    const book = bookFromSpecs([specs[0], { name: "_perfeval_data", cells: [{ row: 0, col: 0, value: STORE_MARKER }], merges: [] }, specs[1]]);
    const read = await boundary(useBook(book)).readWorkbook({ scope: "all" });
    assert.deepEqual(read.sheets.map((s) => [s.name, s.position]), [[specs[0].name, 0], [specs[1].name, 2]]);
    assert.deepEqual(read.grids.map((g) => g.name), specs.map((s) => s.name));
  });
});
