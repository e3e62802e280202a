/**
 * Template and 汇总 sheets against Excel's refusals: Office.js batches are not transactional,
 * so a write Excel refuses would leave whatever came before it — a half-built sheet. Print setup
 * is the usual suspect: PageLayoutZoomOptions documents page counts and a 10–400 scale, nothing
 * for "as many pages as needed", and fit-to-page writes have known faults (office-js#1860).
 */
import { strict as assert } from "assert";
import { insertTemplate as insertOnHost, buildSummary as summaryOnHost } from "../../src/host/templates";
import { officeHost } from "../../src/host/office";
import { insertTemplate } from "../../src/office";
import { templateForm } from "../../src/core/template";
import { SimWorkbook } from "../sim/excel";
import { seedSpecs, simOf, useSim } from "./simHost";

function blank(): SimWorkbook {
  const sim = new SimWorkbook();
  sim.addSheet("Sheet1");
  return useSim(sim);
}

describe("template sheets against Excel's refusals", () => {
  it("sets the print zoom Excel documents: one page wide, nothing undocumented", async () => {
    const sim = blank();
    const name = await insertTemplate(5);
    const layout = sim.sheet(name).pageLayout;
    assert.deepEqual(layout.zoom, { horizontalFitToPages: 1 });
    assert.equal(layout.printArea, templateForm({ rows: 5 }).print.area);
    assert.equal(layout.orientation, "Landscape");
  });

  it("keeps the whole sheet and says so when Excel refuses the print setup", async () => {
    const sim = blank();
    sim.refuse.add("pageLayout.zoom");
    const result = await insertOnHost(officeHost(), 5);
    assert.equal(result.sheet, "自评表");
    assert.deepEqual(result.warnings.map((w) => [w.sheet, w.what]), [["自评表", "printSetup"]]);
    const form = templateForm({ rows: 5 });
    for (const cell of form.cells) {
      const written = sim.cell("自评表", cell.address);
      assert.equal(written.formula ?? written.value, cell.formula ?? cell.value, cell.address);
    }
    assert.equal(sim.activeSheet, "自评表", "the user is taken to it");
  });

  it("leaves no half-built sheet, and no names, when Excel refuses a write while building", async () => {
    const sim = blank();
    const before = sim.snapshot();
    sim.refuse.add("merge");
    await assert.rejects(insertTemplate(5), /refused merge/);
    assert.deepEqual(sim.snapshot(), before);
  });

  it("keeps the old 汇总 when building the new one fails", async () => {
    const sim = simOf(seedSpecs("plain"));
    sim.addSheet("汇总");
    sim.setValue("汇总", "A1", "旧的汇总");
    const before = sim.snapshot();
    sim.refuse.add("merge");
    await assert.rejects(summaryOnHost(officeHost()));
    assert.deepEqual(sim.snapshot(), before);
  });
});
