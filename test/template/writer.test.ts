import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { checkGrids, readSheet } from "../../src/core/check";
import { cellsOf } from "../../src/core/report";
import { convertSheets } from "../../src/core/summary";
import { LEVEL1_LIST, QUALITATIVE_LIST, TemplateSheet, templateForm } from "../../src/core/template";
import { worksheetGrid } from "../node/exceljsGrid";
import { templateWorkbook } from "../../src/node/templateWriter";
import { seedSheets, specGrid } from "../fixtures/layouts";
import { seedForm, seedForms } from "../fixtures/seedForms";
import { tempDir } from "../cli/helpers";
import { formulaOf, gridsOf, mixedLayout, shownValue } from "./helpers";

async function roundTrip(sheets: TemplateSheet[]): Promise<ExcelJS.Workbook> {
  const file = path.join(tempDir(), "template.xlsx");
  await templateWorkbook(sheets).xlsx.writeFile(file);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

const INDICATOR_KEYS = ["level1", "level2", "name", "target", "actual", "weight", "score", "reason"] as const;

describe("template written with ExcelJS", () => {
  describe("a blank form", () => {
    const sheet = templateForm();
    let workbook: ExcelJS.Workbook;
    before(async () => (workbook = await roundTrip([sheet])));

    it("is read back by the core reader with every field at its described cell", () => {
      const read = readSheet(worksheetGrid(workbook.getWorksheet("自评表")!));
      assert.equal(read.kind, "project");
      if (read.kind !== "project") return;
      const cells = cellsOf(read.project);
      for (const [field, address] of Object.entries(cells)) {
        assert.equal(address, sheet.fields[field], field);
      }
    });

    it("holds every computed cell as a formula, with no PERF.* function", () => {
      const ws = workbook.getWorksheet("自评表")!;
      for (const cell of sheet.cells.filter((c) => c.formula)) {
        assert.equal(formulaOf(ws.getCell(cell.address)), cell.formula!.slice(1), cell.address);
        assert.doesNotMatch(cell.formula!, /PERF\./i);
      }
      assert.equal(shownValue(ws.getCell(sheet.fields.grade)), "差");
    });

    it("offers 一级指标, the 二级指标 of the row's 一级 and the qualitative 实际完成值 as lists", () => {
      const validations = (workbook.getWorksheet("自评表") as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
      assert.deepEqual(validations.A13.formulae, [LEVEL1_LIST]);
      assert.equal(validations.A24.showErrorMessage, true);
      assert.deepEqual(validations.B13.formulae, ["INDIRECT($A13)"]);
      // One validation over B13:B24: its formula is relative to B13, so B24 looks at A24.
      assert.deepEqual(validations.B24.formulae, ["INDIRECT($A13)"]);
      assert.deepEqual(validations.E13.formulae, [QUALITATIVE_LIST]);
      assert.ok(!validations.E13.showErrorMessage, "实际完成值 also takes free text");
      assert.equal(validations.A25, undefined, "no list below the indicator rows");
      const names = workbook.definedNames.model.map((n) => n.name).sort();
      assert.deepEqual(names, [LEVEL1_LIST, QUALITATIVE_LIST, "产出指标", "效益指标", "满意度指标"].sort());
      assert.equal(workbook.getWorksheet("字典")!.state, "hidden");
    });

    it("prints on A4 landscape, one page wide, repeating the indicator header", () => {
      const setup = workbook.getWorksheet("自评表")!.pageSetup;
      assert.equal(setup.paperSize, 9);
      assert.equal(setup.orientation, "landscape");
      assert.equal(setup.fitToPage, true);
      assert.equal(setup.fitToWidth, 1);
      assert.equal(setup.fitToHeight, 0);
      assert.equal(setup.printTitlesRow, "12:12");
      assert.equal(setup.printArea, "A1:H26");
    });

    it("merges the title, the funds label and the blocks of the form", () => {
      const merges = (workbook.getWorksheet("自评表")!.model as { merges: string[] }).merges;
      for (const m of ["A1:H1", "A2:H2", "B3:H3", "B4:D4", "F4:H4", "A5:A9", "A10:A11", "B11:D11", "E11:H11", "A25:E25", "C26:H26"]) {
        assert.ok(merges.includes(m), m);
      }
    });
  });

  describe("the 44 seed forms converted", () => {
    const specs = seedSheets(seedForms(), { layout: mixedLayout, others: true });
    const book = convertSheets(specs.map((s) => readSheet(specGrid(s))));
    let workbook: ExcelJS.Workbook;
    before(async () => (workbook = await roundTrip([book.summary, ...book.forms])));

    it("skips the sheets that are not forms", () => {
      assert.deepEqual(book.skipped, ["封面", "填表说明", "Sheet3"]);
      assert.equal(book.forms.length, 44);
    });

    it("reads every field back at its described cell, indicators included", () => {
      for (const form of book.forms) {
        const read = readSheet(worksheetGrid(workbook.getWorksheet(form.name)!));
        assert.equal(read.kind, "project", form.name);
        if (read.kind !== "project") continue;
        for (const [field, address] of Object.entries(cellsOf(read.project))) assert.equal(address, form.fields[field], `${form.name} ${field}`);
        read.project.indicators.forEach((ind, i) => {
          for (const key of INDICATOR_KEYS) assert.equal(ind[key].cell, form.fields[`indicators.${i}.${key}`], `${form.name} indicator ${i} ${key}`);
        });
      }
    });

    it("gives no error findings, and the summary and 字典 sheets are not read as forms", () => {
      const result = checkGrids(gridsOf(workbook));
      assert.deepEqual(result.findings.filter((f) => f.severity === "error"), []);
      assert.deepEqual(result.sheets.filter((s) => s.kind === "other").map((s) => s.name), ["汇总", "字典"]);
    });

    it("keeps typed values: amounts and scores as numbers, targets, actuals and reasons as text", () => {
      const form = seedForm("000-01");
      const ws = workbook.getWorksheet(specs.find((s) => s.name === form.name)!.name)!;
      assert.equal(ws.getCell("D7").value, 478.47);
      assert.equal(ws.getCell("F6").value, 10);
      assert.equal(ws.getCell("D13").value, form.indicators[0].target);
      assert.equal(ws.getCell("E13").value, form.indicators[0].actual);
      assert.equal(ws.getCell("G13").value, Number(form.indicators[0].score));
      assert.equal(ws.getCell("H13").value, form.indicators[0].reason);
      assert.equal(ws.getCell("B11").value, form.goals.planned);
    });

    it("keeps a stated value the formula does not give in a 原表数值 note beside the cell", () => {
      const form = seedForm("002-06");
      const sheet = book.forms.find((f) => f.name === form.name)!;
      const ws = workbook.getWorksheet(sheet.name)!;
      const row = Number(sheet.fields.totalScore.slice(1));
      assert.equal(shownValue(ws.getCell(sheet.fields.totalScore)), 81.28);
      assert.match(String(ws.getCell(`I${row}`).value), /原表总分 得分为 85\.27/);
      assert.match(String(ws.getCell(`I${row}`).value), /原表总分 分值为 100\.00，按公式为 96\.00/);
      assert.equal((ws.getCell(sheet.fields.totalScore).fill as ExcelJS.FillPattern).fgColor?.argb, "FFFFEB9C");
      assert.equal(ws.pageSetup.printArea, `A1:H${row + 1}`, "notes stay off the printed form");
    });
  });

  it("never writes to the input when converting a file", async () => {
    const dir = tempDir();
    const input = path.join(dir, "in.xlsx");
    await (await import("../fixtures/layouts")).seedWorkbook(seedForms().slice(0, 3)).xlsx.writeFile(input);
    const before = fs.readFileSync(input);
    const { perfeval } = await import("../cli/helpers");
    const r = await perfeval(["template", "--from", input, "--out", path.join(dir, "out.xlsx")]);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(fs.readFileSync(input).equals(before));
  });
});
