import { strict as assert } from "assert";
import { LAYOUTS, SheetSpec, seedSheets } from "../fixtures/layouts";
import { officeHost } from "../../src/host/office";
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

/** The sheet with `count` merged note rows (A:B) below its form: more than Excel reads in one call. */
function withManyMerges(spec: SheetSpec, count: number): SheetSpec {
  const below = Math.max(...spec.cells.map((c) => c.row)) + 3;
  const cells = [...spec.cells];
  const merges = [...spec.merges];
  for (let i = 0; i < count; i++) {
    cells.push({ row: below + i, col: 0, value: `附注 ${i + 1}` });
    merges.push({ top: below + i, left: 0, bottom: below + i, right: 1 });
  }
  return { ...spec, cells, merges };
}

describe("checkWorkbook", () => {
  it("checks a workbook with a 600-merge sheet (Excel reads at most 512 at once), in as many syncs whatever the sheet count", async () => {
    const syncs: number[] = [];
    for (const count of [2, 120]) {
      const [first, ...rest] = manySheets(count);
      const specs = [withManyMerges(first, 600), ...rest];
      const sim = simOf(specs);
      const result = await checkWorkbook();
      assert.deepEqual(result.findings, expectedFindings(specs));
      syncs.push(sim.syncCount);
      const read = await officeHost().readWorkbook({ scope: "all" });
      assert.deepEqual(read.grids.map((g) => g.merges.length), specs.map((s) => s.merges.length), "every merged area read");
    }
    assert.equal(syncs[0], syncs[1], `${syncs} syncs`);
    assert.ok(syncs[0] <= 6, `${syncs[0]} syncs`);
  });

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

  it("reads a sheet above Excel's cell limit (values come back null) in groups, with the same findings", async () => {
    const specs = seedSpecs("plain");
    const sim = simOf(specs);
    sim.maxReadCells = 20_000;
    sim.setValue("Sheet3", "A1", "草稿");
    sim.setValue("Sheet3", "Z2000", "远处的一格"); // the used range A1:Z2000, 52,000 cells
    const result = await checkWorkbook();
    assert.deepEqual(result.findings, expectedFindings(specs));
    assert.equal(result.sheets.length, specs.length);
  });

  it("reads in size-bounded groups when Excel on the web refuses the payload as GeneralException, with the same findings", async () => {
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
