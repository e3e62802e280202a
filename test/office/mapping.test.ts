import { strict as assert } from "assert";
import { a1 } from "../../src/core/grid";
import { checkWorkbook, clearHighlights, hasHighlights, loadMapping, readActiveSheetMapping, selectCell, selectedCellAddress, setMappingOverride } from "../../src/office";
import { MAPPING_NS } from "../../src/office/xmlParts";
import { STORE_SHEET } from "../../src/core/storedSheet";
import { seedForms } from "../fixtures/seedForms";
import { reopen, seedSpecs, simOf } from "./simHost";

/** The sheet of a form that TOTAL_SUM finds clean, and the cell of its 总分 row's 分值 (the 100). */
async function cleanForm() {
  const result = await checkWorkbook();
  const sheet = result.sheets.find((s) => s.kind === "project" && !result.findings.some((f) => f.sheet === s.name && f.rule === "TOTAL_SUM"));
  assert.ok(sheet && sheet.kind === "project");
  return { name: sheet.name, totalWeight: sheet.project.totalWeight.cell, totalScore: sheet.project.totalScore.cell };
}

/** The mapping's maps have no prototype (stored data is untrusted, core/storedData): compare their contents. */
const plain = (mapping: object) => JSON.parse(JSON.stringify(mapping));

describe("the stored mapping", () => {
  it("round-trips an override through save and reopen, and the next check uses it", async () => {
    const sim = simOf(seedSpecs("plain"));
    const form = await cleanForm();
    await setMappingOverride(form.name, "totalScore", `$${form.totalWeight.replace(/(\d+)/, "$$$1")}`);
    assert.deepEqual(plain(await loadMapping()), { [form.name]: { totalScore: form.totalWeight } });

    const reopened = reopen(sim);
    assert.deepEqual(plain(await loadMapping()), { [form.name]: { totalScore: form.totalWeight } });
    const result = await checkWorkbook();
    const totalSum = result.findings.filter((f) => f.sheet === form.name && f.rule === "TOTAL_SUM");
    assert.deepEqual(totalSum.map((f) => f.cell), [form.totalWeight], "总分 is now read from the re-pointed cell");

    await setMappingOverride(form.name, "totalScore", null);
    assert.deepEqual(plain(await loadMapping()), {});
    assert.equal(reopened.state.customXmlParts.filter((p) => p.namespaceUri === MAPPING_NS).length, 0);
    const after = await checkWorkbook();
    assert.ok(!after.findings.some((f) => f.sheet === form.name && f.rule === "TOTAL_SUM"));
  });

  it("keeps overrides of several sheets and fields in one part", async () => {
    const sim = simOf(seedSpecs("plain"));
    const forms = seedForms();
    await Promise.all([
      setMappingOverride(forms[0].name, "funds.total.rate", "G6"),
      setMappingOverride(forms[0].name, "grade", "C21"),
      setMappingOverride(forms[2].name, "year", "a2"),
    ]);
    assert.deepEqual(plain(await loadMapping()), {
      [forms[0].name]: { "funds.total.rate": "G6", grade: "C21" },
      [forms[2].name]: { year: "A2" },
    });
    assert.equal(sim.state.customXmlParts.length, 1);
  });

  it("refuses unknown fields and addresses that are not a cell", async () => {
    simOf(seedSpecs("plain"));
    await assert.rejects(setMappingOverride("x", "funds.total.colour", "A1"));
    await assert.rejects(setMappingOverride("x", "name", "A1:B2"));
  });
});

describe("stored data on Excel for Mac, whose custom XML parts vanish on save and reopen (office-js#6091)", () => {
  it("keeps the mapping and the highlight record through save and reopen, from the very hidden store sheet", async () => {
    const specs = seedSpecs("plain");
    const sim = simOf(specs).useProfile("mac");
    const before = sim.snapshot();
    const form = await cleanForm();
    await setMappingOverride(form.name, "totalScore", form.totalWeight);
    const first = await checkWorkbook();
    const painted = new Set(first.findings.map((f) => `${f.sheet}!${f.cell}`)).size;

    const reopened = reopen(sim);
    assert.deepEqual(reopened.state.customXmlParts, [], "the parts are gone");
    assert.equal(reopened.sheet(STORE_SHEET).visibility, "VeryHidden");
    assert.deepEqual(plain(await loadMapping()), { [form.name]: { totalScore: form.totalWeight } });
    assert.equal(await hasHighlights(), true);
    const again = await checkWorkbook();
    assert.deepEqual(again.findings, first.findings, "the check uses the mapping it found in the sheet");
    assert.equal(await clearHighlights(), painted, "every painted cell restored from the sheet's record");
    await setMappingOverride(form.name, "totalScore", null);
    assert.deepEqual(reopened.snapshot(), { ...before, customXmlParts: [] }, "nothing of ours is left: no part, no sheet");
  });

  it("keeps the record in the part alone when the workbook's structure is protected (no sheet can be added)", async () => {
    const specs = seedSpecs("plain");
    const sim = simOf(specs);
    sim.state.structureProtected = true;
    const before = sim.snapshot();
    const result = await checkWorkbook();
    assert.ok(result.marks.painted > 0);
    assert.equal(sim.findSheet(STORE_SHEET), undefined);
    assert.equal(sim.state.customXmlParts.length, 1);
    await clearHighlights();
    assert.deepEqual(sim.snapshot(), before);
  });

  it("reads the parts when both are there, and the sheet when a part is damaged", async () => {
    const specs = seedSpecs("plain");
    const sim = simOf(specs);
    await setMappingOverride(specs[1].name, "grade", "C21");
    const part = sim.state.customXmlParts[0];
    part.xml = part.xml.replace("C21", "C22");
    assert.deepEqual(plain(await loadMapping()), { [specs[1].name]: { grade: "C22" } }, "the part wins");
    part.xml = "<perfevalMapping xmlns=\"urn:perfeval:mapping:1\">{not json</perfevalMapping>";
    assert.deepEqual(plain(await loadMapping()), { [specs[1].name]: { grade: "C21" } }, "a damaged part: the sheet's copy");
  });
});

describe("the active sheet's mapping", () => {
  it("gives the addresses of an offset-layout form, computed from where the form stands", async () => {
    const specs = seedSpecs("offset");
    const sim = simOf(specs);
    const spec = specs.find((s) => s.name === seedForms()[3].name)!;
    const label = (text: string) => spec.cells.find((c) => c.value === text)!;
    const nameLabel = label("项目名称");
    const totalLabel = label("总分");
    sim.select(spec.name, "B2");

    const mapping = await readActiveSheetMapping();
    assert.equal(mapping.sheet, spec.name);
    assert.equal(mapping.reading.kind, "project");
    assert.equal(mapping.cells.name, a1(nameLabel.row, nameLabel.col + 1));
    assert.equal(mapping.cells.name, "D7", "the offset form starts at C5");
    assert.equal(mapping.cells.title, a1(label("财政项目支出绩效自评表").row, label("财政项目支出绩效自评表").col));
    assert.equal(mapping.cells.totalScore, a1(totalLabel.row, totalLabel.col + 6));
    assert.deepEqual(plain(mapping.overrides), {});
    assert.equal(sim.syncCount, 2);
  });

  it("shows the stored overrides and reads the field from them", async () => {
    const specs = seedSpecs("offset");
    const sim = simOf(specs);
    const name = seedForms()[3].name;
    await setMappingOverride(name, "department", "H8");
    sim.select(name, "A1");
    const mapping = await readActiveSheetMapping();
    assert.deepEqual(plain(mapping.overrides), { department: "H8" });
    assert.equal(mapping.cells.department, "H8");
    assert.ok(mapping.reading.kind === "project" && mapping.reading.project.department.value === seedForms()[3].implementer);
  });

  it("says when the active sheet is not a form", async () => {
    const sim = simOf(seedSpecs("plain"));
    sim.select("封面", "A1");
    const mapping = await readActiveSheetMapping();
    assert.deepEqual([mapping.sheet, mapping.reading.kind, mapping.cells], ["封面", "other", {}]);
  });
});

describe("selection", () => {
  it("gives the top-left cell of the selection, without sheet or $, and the whole area", async () => {
    const sim = simOf(seedSpecs("plain"));
    sim.select("填表说明", "E9:F12");
    assert.deepEqual(await selectedCellAddress(), { sheet: "填表说明", address: "E9", area: "E9:F12" });
  });

  it("activates the sheet and selects the cell", async () => {
    const sim = simOf(seedSpecs("plain"));
    const name = seedForms()[5].name;
    await selectCell(name, "G13");
    assert.equal(sim.activeSheet, name);
    assert.deepEqual(sim.selection, { sheet: name, address: "G13" });
    assert.equal(sim.syncCount, 1);
  });
});
