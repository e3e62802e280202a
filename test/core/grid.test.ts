/** The grid helpers every field read goes through: merged areas and addresses. */
import { strict as assert } from "assert";
import fc from "fast-check";
import { CellValue, Grid, Merge, a1, columnName, mergeAt, parseA1 } from "../../src/core/grid";

const merge = fc
  .record({ top: fc.nat(30), left: fc.nat(12), height: fc.nat(6), width: fc.nat(4) })
  .map(({ top, left, height, width }): Merge => ({ top, left, bottom: top + height, right: left + width }));

const grid = fc
  .record({ top: fc.nat(5), left: fc.nat(3), rows: fc.nat(25), cols: fc.nat(10), merges: fc.array(merge, { maxLength: 30 }) })
  .map(({ top, left, rows, cols, merges }): Grid => ({
    name: "表",
    top,
    left,
    values: Array.from({ length: rows }, () => Array.from({ length: cols }, (): CellValue => null)),
    merges,
  }));

describe("mergeAt", () => {
  it("finds the first listed merge holding any cell, inside the used range or beyond it", () => {
    fc.assert(
      fc.property(grid, fc.array(fc.tuple(fc.nat(40), fc.nat(20)), { minLength: 1, maxLength: 40 }), (g, cells) => {
        for (const [row, col] of cells) {
          const expected = g.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
          assert.equal(mergeAt(g, row, col), expected, `${a1(row, col)} in ${JSON.stringify(g.merges)}`);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("sees a merge added after the first look", () => {
    const g: Grid = { name: "表", top: 0, left: 0, values: [[null, null], [null, null]], merges: [] };
    assert.equal(mergeAt(g, 1, 1), undefined);
    g.merges.push({ top: 0, left: 0, bottom: 1, right: 1 });
    assert.deepEqual(mergeAt(g, 1, 1), { top: 0, left: 0, bottom: 1, right: 1 });
  });
});

describe("addresses", () => {
  it("names columns A, Z, AA, ZZ, AAA, XFD", () => {
    assert.deepEqual([0, 25, 26, 701, 702, 16383].map(columnName), ["A", "Z", "AA", "ZZ", "AAA", "XFD"]);
  });

  it("reads back every address it writes", () => {
    fc.assert(
      fc.property(fc.nat(1048575), fc.nat(16383), (row, col) => {
        assert.deepEqual(parseA1(a1(row, col)), { row, col });
      }),
    );
  });
});
