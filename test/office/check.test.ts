import { strict as assert } from "assert";
import { LAYOUTS, seedSheets } from "../fixtures/layouts";
import { seedForms } from "../fixtures/seedForms";
import { CheckProgress, checkWorkbook } from "../../src/office";
import { CELLS_PER_REQUEST, parseMergedAreas } from "../../src/office/readGrids";
import { STORE_SHEET } from "../../src/core/storedSheet";
import { HIGHLIGHTS_NS } from "../../src/core/storedData";
import { expectedFindings, seedSpecs, simOf, storeSheetDocuments, userWrites } from "./simHost";

/** Seed forms repeated to `count` sheets; the fixture gives repeated names a (2), (3)… suffix. */
function manySheets(count: number) {
  const forms = seedForms();
  return seedSheets(Array.from({ length: count }, (_, i) => forms[i % forms.length]), { layout: "plain" });
}

describe("checkWorkbook", () => {
  it("reads and paints a 200-sheet workbook in as many syncs as a 2-sheet one, at most 4", async () => {
    const small = simOf(seedSheets([seedForms()[1], seedForms()[30]], { layout: "plain" }));
    const smallResult = await checkWorkbook();
    const smallSyncs = small.syncCount;

    const large = simOf(manySheets(200));
    const largeResult = await checkWorkbook();
    assert.equal(largeResult.sheets.length, 200);
    assert.ok(smallResult.findings.length > 0 && largeResult.findings.length > 0, "both paint something");
    assert.equal(large.syncCount, smallSyncs);
    assert.ok(large.syncCount <= 4, `${large.syncCount} syncs`);
  });

  for (const layout of LAYOUTS) {
    it(`finds exactly what the core finds on the same sheets (${layout})`, async () => {
      const specs = seedSpecs(layout);
      simOf(specs);
      const result = await checkWorkbook();
      assert.deepEqual(result.findings, expectedFindings(specs));
      assert.deepEqual(result.sheets.map((s) => s.name), specs.map((s) => s.name));
      assert.equal(result.sheets.filter((s) => s.kind === "project").length, 44);
    });
  }

  it("reports progress for read, check (per sheet) and paint", async () => {
    const specs = seedSpecs("plain");
    simOf(specs);
    const seen: CheckProgress[] = [];
    await checkWorkbook({ onProgress: (p) => seen.push(p) });
    assert.deepEqual(seen.filter((p) => p.stage === "read").map((p) => p.done), [1, 2]);
    assert.equal(seen.filter((p) => p.stage === "check").length, specs.length);
    assert.deepEqual(seen.filter((p) => p.stage === "paint").map((p) => p.done), [0, 1, 2]);
    assert.deepEqual([...new Set(seen.map((p) => p.stage))], ["read", "check", "paint"]);
  });

  it("reads in size-bounded groups when Excel on the web refuses the payload, with the same findings", async () => {
    const specs = seedSpecs("offset");
    const sim = simOf(specs);
    sim.responseLimit = 60_000;
    const result = await checkWorkbook();
    assert.deepEqual(result.findings, expectedFindings(specs));
    assert.ok(sim.syncCount > 4, "more round trips, bounded by size");
    assert.ok(CELLS_PER_REQUEST >= 10_000);
  });

  it("never writes a cell value, formula or number format of the user's, and keeps the record in its own sheet", async () => {
    const sim = simOf(seedSpecs("wide"));
    const result = await checkWorkbook();
    assert.deepEqual(userWrites(sim.log).filter((w) => !["cellProperties", "xml.add"].includes(w.what)), []);
    const cells = new Set(result.findings.map((f) => `${f.sheet}!${f.cell}`));
    const record = storeSheetDocuments(sim.state)?.[HIGHLIGHTS_NS] as { cells: { sheet: string; cell: string }[] };
    assert.deepEqual(new Set(record.cells.map((c) => `${c.sheet}!${c.cell}`)), cells, "the store sheet records every painted cell");
    assert.deepEqual(sim.sheet(STORE_SHEET).visibility, "VeryHidden");
  });
});

describe("merged areas as Excel reports them", () => {
  it("parses quoted sheet names that hold commas and exclamation marks", () => {
    assert.deepEqual(parseMergedAreas("'a, b!c'!A1:H1, 'a, b!c'!$B$3:$C$4"), [
      { top: 0, left: 0, bottom: 0, right: 7 },
      { top: 2, left: 1, bottom: 3, right: 2 },
    ]);
    assert.deepEqual(parseMergedAreas(undefined), []);
  });
});
