/**
 * Template and 汇总 sheets against Excel's refusals: Office.js batches are not transactional,
 * so a write Excel refuses would leave whatever came before it — a half-built sheet. Print setup
 * is the usual suspect: PageLayoutZoomOptions documents page counts and a 10–400 scale, nothing
 * for "as many pages as needed", and fit-to-page writes have known faults (office-js#1860).
 */
import { strict as assert } from "assert";
import { checkWorkbook } from "../../src/host/check";
import { SummaryCancelled, SummaryChoice, SummaryExisting, insertTemplate as insertOnHost, buildSummary as summaryOnHost } from "../../src/host/templates";
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

describe("生成汇总表 beside an old 汇总 sheet", () => {
  const sheetNames = (sim: SimWorkbook) => sim.state.sheets.map((s) => s.name);

  it("replaces its own 汇总 without asking, and asks once the user wrote beside it", async () => {
    const sim = simOf(seedSpecs("plain"));
    const host = officeHost();
    const asked: SummaryExisting[] = [];
    const ask = async (e: SummaryExisting): Promise<SummaryChoice> => (asked.push(e), "replace");
    await summaryOnHost(host, { onExisting: ask });
    await summaryOnHost(host, { onExisting: ask });
    assert.deepEqual(asked, [], "only what the add-in wrote: replaced");
    assert.equal(sheetNames(sim).filter((n) => n.startsWith("汇总")).length, 1);

    sim.setValue("汇总", "N7", "核对：第 3 行金额待确认");
    await summaryOnHost(host, { onExisting: ask });
    assert.deepEqual(asked, [{ sheet: "汇总", known: true, userCells: ["N7"] }]);
    assert.equal(sim.cell("汇总", "N7").value, undefined, "replaced, as the user chose");
  });

  it("keeps a 汇总 sheet the add-in did not write when asked to, and does nothing on 取消", async () => {
    const sim = simOf(seedSpecs("plain"));
    const host = officeHost();
    sim.addSheet("汇总");
    sim.setValue("汇总", "A1", "我自己的汇总");
    const before = sim.snapshot();
    await assert.rejects(summaryOnHost(host, { onExisting: async () => "cancel" }), (e: Error) => e instanceof SummaryCancelled && e.sheet === "汇总");
    assert.deepEqual(sim.snapshot(), before, "取消 writes nothing");
    const kept = await summaryOnHost(host, { onExisting: async (e) => (assert.deepEqual(e, { sheet: "汇总", known: false, userCells: ["A1"] }), "keep") });
    assert.equal(kept.sheet, "汇总 (2)");
    assert.equal(sim.cell("汇总", "A1").value, "我自己的汇总", "the user's sheet stays");
    // Without a way to ask (the ribbon), nothing of the user's is deleted either.
    const again = await summaryOnHost(host);
    assert.equal(sim.cell("汇总", "A1").value, "我自己的汇总");
    assert.equal(again.sheet, "汇总 (2)", "its own 汇总 (2) is replaced");
  });
});

describe("a blank form inserted", () => {
  it("is one 未填写 提示 in the next check, not a REQUIRED_FIELD per empty cell", async () => {
    const sim = simOf(seedSpecs("plain"));
    const host = officeHost();
    const { sheet } = await insertOnHost(host);
    const result = await checkWorkbook(host);
    assert.deepEqual(result.findings.filter((f) => f.sheet === sheet).map((f) => [f.rule, f.severity]), [["BLANK_FORM", "info"]]);
    assert.ok(sim.cell(sheet, "B3").fill, "its 项目名称 cell carries the 提示's mark");
  });
});
