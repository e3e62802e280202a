import { strict as assert } from "assert";
import { PIECE_LENGTH, STORE_MARKER, STORE_SHEET, documentsOf, splitStoredSheet, storeDocuments, storeRows } from "../../src/core/storedSheet";
import type { Grid } from "../../src/core/grid";

describe("the store sheet's cells (core/storedSheet)", () => {
  it("keeps documents of any size in cells Excel accepts, and reads them back", () => {
    // Long enough for several pieces, with characters outside the BMP where a piece might end.
    const big = { cells: Array.from({ length: 3000 }, (_, i) => ({ sheet: `项目😀${i}`, cell: `A${i}`, note: "'=1" })) };
    const rows = storeRows({ "urn:perfeval:highlights:1": big, "urn:perfeval:mapping:1": { version: 1, sheets: {} }, "urn:x": null });
    assert.equal(rows[0][0], STORE_MARKER);
    assert.equal(rows.length, 3, "a null document takes no row");
    assert.ok(rows.every((r) => r.length === rows[0].length), "one width");
    assert.ok(rows[1].length > 3, `${rows[1].length - 1} pieces`);
    for (const piece of rows.flat()) {
      assert.ok(piece.length <= PIECE_LENGTH + 1 && piece.length <= 32_767, "within what a cell holds");
      assert.ok(!/^['=+\-\d]/.test(piece), `no piece starts with what Excel reads specially: ${piece.slice(0, 5)}`);
      const last = piece.charCodeAt(piece.length - 1);
      assert.ok(!(last >= 0xd800 && last < 0xdc00), "no surrogate pair split");
    }
    const back = storeDocuments(rows);
    assert.deepEqual({ ...back }, { "urn:perfeval:highlights:1": big, "urn:perfeval:mapping:1": { version: 1, sheets: {} } });
  });

  it("is not fooled by a sheet that is not the store, or a damaged row", () => {
    assert.equal(storeDocuments([["我的备注"]]), undefined);
    assert.deepEqual({ ...storeDocuments([[STORE_MARKER, ""], ["urn:a", "|{not json"], ["urn:b", "|[1", "|,2]"]]) }, { "urn:b": [1, 2] });
  });

  it("keeps a namespace named __proto__ as data, never as the prototype of what it returns", () => {
    const back = storeDocuments([[STORE_MARKER, ""], ["__proto__", '|{"polluted":1}'], ["constructor", "|2"]])!;
    assert.equal(Object.getPrototypeOf(back), null);
    assert.deepEqual(Object.keys(back).sort(), ["__proto__", "constructor"]);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it("splits the store off a workbook's grids, wherever its used range starts, and prefers the parts", () => {
    const rows = storeRows({ "urn:perfeval:mapping:1": { v: 1 } });
    const store: Grid = { name: STORE_SHEET, top: 0, left: 0, values: rows, merges: [] };
    const user: Grid = { name: "项目", top: 3, left: 2, values: [["项目名称"]], merges: [] };
    const { grids, stored } = splitStoredSheet([user, store]);
    assert.deepEqual(grids, [user]);
    assert.deepEqual(documentsOf(undefined, stored, "urn:perfeval:mapping:1"), [{ v: 1 }]);
    assert.deepEqual(documentsOf([{ v: 2 }], stored, "urn:perfeval:mapping:1"), [{ v: 2 }], "the parts win");
    const impostor: Grid = { name: STORE_SHEET, top: 0, left: 0, values: [["我的备注"]], merges: [] };
    assert.deepEqual(splitStoredSheet([user, impostor]).grids, [user, impostor]);
  });
});
