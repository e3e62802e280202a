import { strict as assert } from "assert";
import { checkGrids } from "../../src/core/check";
import { LAYOUTS, seedSheets, specGrid } from "../fixtures/layouts";
import { seedForms } from "../fixtures/seedForms";

describe("seed workbooks in every layout", () => {
  for (const layout of LAYOUTS) {
    it(`recognises all 44 forms and skips the other sheets (${layout})`, () => {
      const result = checkGrids(seedSheets(seedForms(), { layout, others: true }).map(specGrid));
      assert.equal(result.sheets.filter((s) => s.kind === "project").length, 44);
      assert.deepEqual(result.sheets.filter((s) => s.kind === "other").map((s) => s.name), ["封面", "填表说明", "Sheet3"]);
    });
  }
});
