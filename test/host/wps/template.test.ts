import { strict as assert } from "assert";
import { readSheet } from "../../../src/core/check";
import { parseArea } from "../../../src/core/grid";
import { summaryRowCells } from "../../../src/core/summary";
import { STYLES, TemplateSheet, dictionarySheet, fillTemplate, formDataOf, templateFormulas, templateForm } from "../../../src/core/template";
import { TemplateError, buildSummary, insertTemplate, rebuildActiveSheet } from "../../../src/host/templates";
import type { SpreadsheetHost } from "../../../src/host/types";
import { seedSheets, specGrid } from "../../fixtures/layouts";
import { seedForm, seedForms } from "../../fixtures/seedForms";
import { mixedLayout } from "../../template/helpers";
import { areaA1 } from "../../sim/state";
import { WpsBook, bookFromSpecs } from "../../wps-sim/wps";
import { boundary, seedSpecs, useBook } from "./support";

const hostOf = (book: WpsBook): SpreadsheetHost => boundary(useBook(book));
const activeGrid = async (host: SpreadsheetHost) => (await host.readWorkbook({ scope: "active" })).grids[0];

/** What the simulator holds for a sheet, compared with the core's description of it. */
function assertWritten(book: WpsBook, sheet: TemplateSheet): void {
  const s = book.sheet(sheet.name);
  for (const cell of sheet.cells) {
    const written = book.cell(sheet.name, cell.address);
    if (cell.formula !== undefined) assert.equal(written.formula, cell.formula, `${sheet.name}!${cell.address} formula`);
    else if (cell.value !== undefined) assert.equal(written.value, cell.value, `${sheet.name}!${cell.address} value`);
    const format = STYLES[cell.style].numFmt;
    if (format) assert.equal(written.numberFormat, format, `${sheet.name}!${cell.address} format`);
  }
  assert.deepEqual(s.merges.map((m) => areaA1(m)).sort(), [...sheet.merges].sort(), `${sheet.name} merges`);
  assert.deepEqual(s.validations.map((v) => ({ area: v.area, source: v.formula1, stop: v.showError })), sheet.validations.map((v) => ({ area: parseArea(v.range), source: v.list, stop: !v.allowFreeText })));
  sheet.widths.forEach((w, i) => assert.equal(s.columnWidths[i], w, `column ${i} width in characters`));
  // A hidden sheet is not printed: its print setup is not written (as in Excel).
  if (sheet.hidden) return assert.equal(s.pageSetup.printArea, "");
  assert.equal(s.pageSetup.printArea, sheet.print.area);
  assert.equal(s.pageSetup.orientation, sheet.print.orientation === "landscape" ? 2 : 1);
  assert.deepEqual([s.pageSetup.zoom, s.pageSetup.fitToPagesWide, s.pageSetup.fitToPagesTall], [false, 1, false]);
  if (sheet.print.titleRows) assert.equal(s.pageSetup.printTitleRows, "$12:$12");
}

describe("WPS: template and 汇总 sheets", () => {
  it("inserts a blank form on a new last sheet 自评表, activated, with the hidden 字典 sheet and its names", async () => {
    const book = new WpsBook();
    book.addSheet("Sheet1");
    const result = await insertTemplate(hostOf(book), 5);
    assert.deepEqual([result.sheet, result.warnings], ["自评表", []]);
    assert.equal(book.activeSheet, "自评表");
    assertWritten(book, templateForm({ rows: 5 }));
    const dictionary = dictionarySheet();
    assertWritten(book, dictionary.sheet);
    assert.equal(book.sheet("字典").visible, 0);
    assert.deepEqual(book.state.names.map((n) => [n.name, n.refersTo]), dictionary.names.map((n) => [n.name, `=${n.ref}`]));
    assert.deepEqual(book.state.sheets.map((s) => s.name), ["Sheet1", "字典", "自评表"]);
  });

  it("names further forms 自评表 (2), 自评表 (3) and adds the lists only once", async () => {
    const book = new WpsBook();
    book.addSheet("自评表");
    const host = hostOf(book);
    assert.equal((await insertTemplate(host)).sheet, "自评表 (2)");
    assert.equal((await insertTemplate(host)).sheet, "自评表 (3)");
    assert.equal(book.state.sheets.filter((s) => s.name.startsWith("字典")).length, 1);
    assert.equal(book.state.names.length, 5);
  });

  it("reads the inserted form back with the core reader: a form, its formulas where the template computes", async () => {
    const book = new WpsBook();
    book.addSheet("Sheet1");
    const host = hostOf(book);
    await insertTemplate(host, 12);
    const grid = await activeGrid(host);
    assert.equal(readSheet(grid).kind, "project");
    const formulas = templateFormulas(12);
    const cells = templateForm({ rows: 12 }).fields;
    for (const [field, formula] of Object.entries(formulas)) assert.equal(book.cell("自评表", cells[field]).formula, formula, field);
  });

  it("rebuilds the active sheet on the standard form right after it, leaving the source untouched, and reads it back", async () => {
    const form = seedForm("002-06");
    const specs = seedSheets([form], { layout: "offset" });
    const book = bookFromSpecs(specs);
    const host = hostOf(book);
    const before = JSON.stringify(book.sheet(specs[0].name));
    const name = (await rebuildActiveSheet(host)).sheet;
    assert.equal(name, `${specs[0].name}（模板）`);
    assert.equal(JSON.stringify(book.sheet(specs[0].name)), before);
    const reading = readSheet(specGrid(specs[0]));
    assert.ok(reading.kind === "project");
    assertWritten(book, fillTemplate(formDataOf(reading.project), name));
    assert.equal(book.activeSheet, name);
    assert.equal(book.state.sheets.map((s) => s.name).indexOf(name), 1);
    assert.match(String(book.cell(name, "I27").value), /原表总分 得分为 85\.27/);
    const back = readSheet(await activeGrid(host));
    assert.ok(back.kind === "project");
    assert.deepEqual([back.project.name.value, back.project.implementer.value, back.project.indicators.length], [form.name, form.implementer, form.indicators.length]);
    assert.deepEqual(back.project.indicators.map((i) => i.score.value), reading.project.indicators.map((i) => i.score.value));
  });

  it("refuses to rebuild a sheet that is not a form, adding nothing", async () => {
    const book = new WpsBook();
    book.addSheet("封面");
    book.setValue("封面", "A1", "项目支出绩效自评材料");
    await assert.rejects(rebuildActiveSheet(hostOf(book)), (e) => e instanceof TemplateError && /不是自评表/.test(e.message));
    assert.deepEqual(book.state.sheets.map((s) => s.name), ["封面"]);
  });

  it("builds the 汇总 sheet first, its formulas pointing at each project sheet's cells, replacing an old one", async () => {
    const forms = seedForms().slice(0, 6);
    const specs = seedSheets(forms, { layout: mixedLayout, others: true });
    const book = bookFromSpecs(specs);
    book.addSheet("汇总");
    book.setValue("汇总", "A1", "旧的汇总");
    const host = hostOf(book);
    // The old 汇总 holds the user's own words: it is replaced only when the user says so (test/office/templates.test.ts).
    assert.equal((await buildSummary(host, { onExisting: async () => "replace" })).sheet, "汇总");
    assert.equal(book.state.sheets[0].name, "汇总");
    assert.equal(book.state.sheets.filter((s) => s.name === "汇总").length, 1);
    assert.notEqual(book.cell("汇总", "A1").value, "旧的汇总");
    assert.equal(book.activeSheet, "汇总");
    const formSpecs = specs.filter((s) => readSheet(specGrid(s)).kind === "project");
    formSpecs.forEach((spec, i) => {
      const reading = readSheet(specGrid(spec));
      if (reading.kind !== "project") throw new Error(spec.name);
      const quoted = `'${spec.name.replace(/'/g, "''")}'`;
      const cells = summaryRowCells(i);
      assert.equal(book.cell("汇总", cells.budget).formula, `=${quoted}!${reading.project.funds.total.budget.cell}`);
      assert.equal(book.cell("汇总", cells.grade).formula, `=T(${quoted}!${reading.project.grade.cell})`);
      assert.equal(book.cell("汇总", `B${i + 5}`).value, spec.name);
    });
    // Read back by the core reader: the summary is not taken for a form, the forms are unchanged.
    const sheets = (await host.readWorkbook({ scope: "all" })).grids.map((g) => readSheet(g));
    assert.equal(sheets[0].kind, "other");
    assert.equal(sheets.filter((s) => s.kind === "project").length, formSpecs.length);
  });
});

describe("WPS: template sheets against WPS's refusals", () => {
  it("leaves no half-built sheet and no names when WPS refuses a write while building", async () => {
    const book = new WpsBook();
    book.addSheet("Sheet1");
    const before = book.snapshot();
    book.refuse.add("Validation.Add");
    await assert.rejects(insertTemplate(hostOf(book), 5), /拒绝/);
    assert.deepEqual(book.snapshot(), before);
  });

  it("keeps the whole sheet and says so when WPS refuses the print setup", async () => {
    const book = new WpsBook();
    book.addSheet("Sheet1");
    book.refuse.add("PageSetup");
    const result = await insertTemplate(hostOf(book), 5);
    assert.deepEqual(result.warnings.map((w) => [w.sheet, w.what]), [["自评表", "printSetup"]]);
    const form = templateForm({ rows: 5 });
    for (const cell of form.cells) {
      const written = book.cell("自评表", cell.address);
      assert.equal(written.formula ?? written.value, cell.formula ?? cell.value, cell.address);
    }
    assert.equal(book.activeSheet, "自评表", "the user is taken to it");
  });

  it("keeps the old 汇总 when building the new one fails, and the active sheet", async () => {
    const book = bookFromSpecs(seedSpecs("plain"));
    book.addSheet("汇总");
    book.setValue("汇总", "A1", "旧的汇总");
    book.select(book.state.sheets[3].name, "A1");
    const before = book.snapshot();
    const host = hostOf(book);
    book.refuse.add("merge");
    await assert.rejects(buildSummary(host));
    assert.deepEqual(book.snapshot(), before);
  });
});
