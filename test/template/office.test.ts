import { strict as assert } from "assert";
import { readSheet } from "../../src/core/check";
import { parseArea } from "../../src/core/grid";
import { summaryRowCells } from "../../src/core/summary";
import { TemplateSheet, dictionarySheet, fillTemplate, formDataOf, templateForm, uniqueSheetName } from "../../src/core/template";
import { officeHost } from "../../src/host/office";
import { buildSummary } from "../../src/host/templates";
import { convertActiveSheet, insertTemplate, widthPoints } from "../../src/office";
import { seedSheets, specGrid } from "../fixtures/layouts";
import { seedForm, seedForms } from "../fixtures/seedForms";
import { SimWorkbook, installOfficeHost } from "../sim/excel";
import { simFromSpecs } from "../sim/fromSpecs";
import { mixedLayout } from "./helpers";

/** What the simulator recorded for a sheet, compared with the core's description of it. */
function assertWritten(sim: SimWorkbook, sheet: TemplateSheet): void {
  const s = sim.sheet(sheet.name);
  for (const cell of sheet.cells) {
    const written = sim.cell(sheet.name, cell.address);
    if (cell.formula !== undefined) assert.equal(written.formula, cell.formula, `${sheet.name}!${cell.address} formula`);
    else if (cell.value !== undefined) assert.equal(written.value, cell.value, `${sheet.name}!${cell.address} value`);
  }
  assert.deepEqual(
    sim.mergesOf(sheet.name).sort(),
    sheet.merges.map((m) => m).sort(),
    `${sheet.name} merges`,
  );
  const validations = s.validations.map((v) => ({ area: v.area, source: (v.rule as { list: { source: string } }).list.source }));
  assert.deepEqual(validations, sheet.validations.map((v) => ({ area: parseArea(v.range), source: v.list })), `${sheet.name} validations`);
  sheet.widths.forEach((w, i) => assert.equal(s.columnWidths[i], widthPoints(w)));
  if (!sheet.hidden) assert.equal(s.pageLayout.printArea, sheet.print.area, "a hidden sheet is never printed: no print setup");
  if (!sheet.hidden) assert.equal(s.pageLayout.orientation, sheet.print.orientation === "landscape" ? "Landscape" : "Portrait");
  // One page wide; PageLayoutZoomOptions has no documented "as many pages tall as needed" (test/office/templates.test.ts).
  if (!sheet.hidden) assert.deepEqual(s.pageLayout.zoom, { horizontalFitToPages: 1 });
  if (sheet.print.titleRows) assert.equal(s.pageLayout.printTitleRows, "$12:$12");
}

describe("template sheets written through Office.js (simulator)", () => {
  let sim: SimWorkbook;
  let uninstall: () => void;
  const useWorkbook = (workbook: SimWorkbook) => {
    sim = workbook;
    uninstall = installOfficeHost(sim);
  };
  afterEach(() => uninstall?.());

  it("inserts a blank form on a new sheet 自评表, activated, as the core describes it", async () => {
    useWorkbook(new SimWorkbook());
    sim.addSheet("Sheet1");
    const name = await insertTemplate(5);
    assert.equal(name, "自评表");
    assert.equal(sim.activeSheet, "自评表");
    assertWritten(sim, templateForm({ rows: 5 }));
    const dictionary = dictionarySheet();
    assertWritten(sim, dictionary.sheet);
    assert.equal(sim.sheet("字典").visibility, "Hidden");
    assert.deepEqual(sim.state.names.map((n) => [n.name, n.formula]), dictionary.names.map((n) => [n.name, `=${n.ref}`]));
  });

  it("writes a form in a constant number of syncs, whatever its row count", async () => {
    const syncs: number[] = [];
    for (const rows of [1, 12, 80]) {
      useWorkbook(new SimWorkbook());
      sim.addSheet("Sheet1");
      await insertTemplate(rows);
      syncs.push(sim.syncCount);
      uninstall();
    }
    assert.deepEqual(syncs, [3, 3, 3], "the lists; the sheet; its print setup apart (test/office/templates.test.ts)");
  });

  it("names further forms 自评表 (2), 自评表 (3) and adds the lists only once", async () => {
    useWorkbook(new SimWorkbook());
    sim.addSheet("自评表");
    assert.equal(await insertTemplate(), "自评表 (2)");
    assert.equal(await insertTemplate(), "自评表 (3)");
    assert.equal(sim.state.sheets.filter((s) => s.name.startsWith("字典")).length, 1);
    assert.equal(sim.state.names.length, 5);
  });

  it("avoids existing names ignoring case, as Excel compares them", () => {
    assert.equal(uniqueSheetName("Form", ["FORM", "form (2)"]), "Form (3)");
    assert.equal(uniqueSheetName("自评表", ["自评表", "自评表 (2)"]), "自评表 (3)");
  });

  it("rebuilds the active sheet on the standard form beside it, leaving the source untouched", async () => {
    const form = seedForm("002-06");
    const specs = seedSheets([form], { layout: "offset" });
    useWorkbook(simFromSpecs(specs));
    const before = JSON.stringify(sim.sheet(specs[0].name));
    const name = await convertActiveSheet();
    assert.equal(name, `${specs[0].name}（模板）`);
    assert.equal(JSON.stringify(sim.sheet(specs[0].name)), before);
    const reading = readSheet(specGrid(specs[0]));
    assert.equal(reading.kind, "project");
    if (reading.kind !== "project") return;
    assertWritten(sim, fillTemplate(formDataOf(reading.project), name));
    assert.equal(sim.activeSheet, name);
    assert.equal(sim.state.sheets.map((s) => s.name).indexOf(name), 1);
    assert.match(String(sim.cell(name, "I27").value), /原表总分 得分为 85\.27/);
    assert.equal(sim.syncCount, 4, "the read (2); the sheet; its print setup");
  });

  it("refuses to rebuild a sheet that is not a form", async () => {
    useWorkbook(new SimWorkbook());
    sim.addSheet("封面");
    sim.setValue("封面", "A1", "项目支出绩效自评材料");
    await assert.rejects(convertActiveSheet(), /不是自评表/);
    assert.deepEqual(sim.state.sheets.map((s) => s.name), ["封面"]);
  });

  it("builds the 汇总 sheet first, its formulas pointing at each project sheet's cells, replacing an old one", async () => {
    const forms = seedForms().slice(0, 6);
    const specs = seedSheets(forms, { layout: mixedLayout, others: true });
    useWorkbook(simFromSpecs(specs));
    sim.addSheet("汇总");
    sim.setValue("汇总", "A1", "旧的汇总");
    // The old 汇总 holds the user's own words: it is replaced only when the user says so (test/office/templates.test.ts).
    const { sheet: name } = await buildSummary(officeHost(), { onExisting: async () => "replace" });
    assert.equal(name, "汇总");
    assert.equal(sim.state.sheets[0].name, "汇总");
    assert.equal(sim.state.sheets.filter((s) => s.name === "汇总").length, 1);
    assert.notEqual(sim.cell("汇总", "A1").value, "旧的汇总");
    const formSpecs = specs.filter((s) => !["封面", "填表说明", "Sheet3"].includes(s.name));
    formSpecs.forEach((spec, i) => {
      const reading = readSheet(specGrid(spec));
      if (reading.kind !== "project") throw new Error(spec.name);
      const quoted = `'${spec.name.replace(/'/g, "''")}'`;
      const cells = summaryRowCells(i);
      assert.equal(sim.cell("汇总", cells.budget).formula, `=${quoted}!${reading.project.funds.total.budget.cell}`);
      assert.equal(sim.cell("汇总", cells.grade).formula, `=T(${quoted}!${reading.project.grade.cell})`);
    });
    assert.equal(sim.syncCount, 7, "the read (2); the new sheet; the old one swapped out; the print setup; where the add-in wrote (2: urn:perfeval:summary:1)");
  });
});
