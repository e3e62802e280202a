/**
 * The template's formulas recalculated by a real spreadsheet: `perfeval template --from` output
 * for the five seed documents (44 forms), recalculated by LibreOffice Calc headless, read back
 * with ExcelJS. Fails, not skips, without soffice: CI installs libreoffice-calc-nogui.
 */
import { strict as assert } from "assert";
import * as path from "path";
import ExcelJS from "exceljs";
import { checkGrids } from "../../src/core/check";
import { FUND_ROWS } from "../../src/core/model";
import { within } from "../../src/core/numbers";
import { execRate, isError } from "../../src/core/scoring";
import { summaryRowCells, summaryTotalCells } from "../../src/core/summary";
import { TemplateSheet, templateFields } from "../../src/core/template";
import { templateWorkbook } from "../../src/node/templateWriter";
import { seedSheets, seedWorkbook } from "../fixtures/layouts";
import { perfeval, tempDir } from "../cli/helpers";
import { expectedFor, gridsOf, mixedLayout, seedDocuments, shownValue } from "./helpers";
import { findSoffice, sofficeConvert } from "./soffice";

/** Formulas whose cached results are wrong on purpose: they only come back right if LibreOffice recalculates. */
const PROBE: TemplateSheet = {
  name: "probe",
  cells: [
    { address: "A1", style: "computed", formula: "=1+1", result: 5 },
    { address: "A2", style: "computed", formula: '=ROWS(INDIRECT("产出指标"))', result: 0 },
    { address: "A3", style: "computed", formula: '=ROWS(INDIRECT("满意度指标"))', result: 0 },
  ],
  merges: [], widths: [10], heights: {}, borders: [], validations: [], fields: {},
  print: { paper: "A4", orientation: "portrait", fitToWidth: 1, fitToHeight: 0, area: "A1:A3" },
};

const near = (actual: unknown, expected: number, what: string) =>
  assert.ok(typeof actual === "number" && within(actual, expected, 1e-9), `${what}: LibreOffice ${actual}, core ${expected}`);

describe("template formulas recalculated by LibreOffice", function () {
  this.timeout(300_000);
  const documents = seedDocuments();
  const results: { id: string; workbook: ExcelJS.Workbook }[] = [];
  let probe: ExcelJS.Workbook;
  let seconds = 0;

  before(async () => {
    findSoffice(); // fails here, naming the package, when LibreOffice is missing
    const dir = tempDir();
    const converted: string[] = [];
    for (const [i, doc] of documents.entries()) {
      const source = path.join(dir, `${doc.id}.xlsx`);
      await seedWorkbook(doc.forms, { layout: mixedLayout, others: i === 0 }).xlsx.writeFile(source);
      const out = path.join(dir, `${doc.id}-template.xlsx`);
      const r = await perfeval(["template", "--from", source, "--out", out]);
      assert.equal(r.code, 0, r.stderr);
      converted.push(out);
    }
    const probeFile = path.join(dir, "probe.xlsx");
    await templateWorkbook([PROBE]).xlsx.writeFile(probeFile);
    const started = Date.now();
    const outputs = sofficeConvert([...converted, probeFile], path.join(dir, "recalculated"), "xlsx");
    seconds = (Date.now() - started) / 1000;
    for (const [i, file] of outputs.entries()) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      if (i < documents.length) results.push({ id: documents[i].id, workbook });
      else probe = workbook;
    }
  });

  it("recalculates every formula, stale cached results included", () => {
    assert.equal(shownValue(probe.getWorksheet("probe")!.getCell("A1")), 2, `soffice kept the cached result (took ${seconds} s)`);
  });

  it("resolves INDIRECT over the 字典 sheet's names, as the 二级指标 list does", () => {
    assert.equal(shownValue(probe.getWorksheet("probe")!.getCell("A2")), 4);
    assert.equal(shownValue(probe.getWorksheet("probe")!.getCell("A3")), 1);
  });

  for (const [d, doc] of documents.entries()) {
    const names = seedSheets(doc.forms, { layout: mixedLayout }).map((s) => s.name);

    it(`gives core's 执行率, 得分, 总分 and 评分等级 for the ${doc.forms.length} forms of document ${doc.id}`, () => {
      const workbook = results[d].workbook;
      doc.forms.forEach((form, i) => {
        const ws = workbook.getWorksheet(names[i]);
        assert.ok(ws, `sheet ${names[i]}`);
        const fields = templateFields(form.indicators.length);
        const at = (field: string) => shownValue(ws!.getCell(fields[field]));
        const expected = expectedFor(form);
        const what = `${form.id} ${form.name}`;
        for (const row of FUND_ROWS) near(at(`funds.${row}.rate`) ?? 0, expected.rates[row], `${what} ${row} 执行率`);
        near(at("funds.total.budget"), expected.budget, `${what} 全年预算数`);
        near(at("funds.total.executed"), expected.executed, `${what} 全年执行数`);
        near(at("funds.total.score"), expected.score, `${what} 得分`);
        near(at("totalWeight"), expected.totalWeight, `${what} 分值`);
        near(at("totalScore"), expected.totalScore, `${what} 总分`);
        assert.equal(at("grade"), expected.grade, `${what} 评分等级`);
      });
    });

    it(`recalculates the 汇总 sheet of document ${doc.id} from its project sheets`, () => {
      const workbook = results[d].workbook;
      const summary = workbook.getWorksheet("汇总")!;
      const at = (address: string) => shownValue(summary.getCell(address));
      const check = checkGrids(gridsOf(workbook));
      let budget = 0;
      let executed = 0;
      doc.forms.forEach((form, i) => {
        const cells = summaryRowCells(i);
        const expected = expectedFor(form);
        assert.equal(at(cells.name), form.name);
        assert.equal(at(cells.department), form.department);
        assert.equal(at(cells.implementer), form.implementer);
        near(at(cells.budget), expected.budget, `${form.id} 预算数`);
        near(at(cells.executed), expected.executed, `${form.id} 执行数`);
        near(at(cells.rate), expected.rates.total, `${form.id} 执行率`);
        near(at(cells.totalScore), expected.totalScore, `${form.id} 总分`);
        assert.equal(at(cells.grade), expected.grade, `${form.id} 评分等级`);
        const own = check.findings.filter((f) => f.sheet === names[i]);
        assert.equal(at(cells.errors), own.filter((f) => f.severity === "error").length, `${form.id} 错误`);
        assert.equal(at(cells.warnings), own.filter((f) => f.severity === "warning").length, `${form.id} 警告`);
        budget += expected.budget;
        executed += expected.executed;
      });
      const totals = summaryTotalCells(doc.forms.length);
      near(at(totals.budget), budget, "Σ 预算数");
      near(at(totals.executed), executed, "Σ 执行数");
      const overall = execRate(budget, executed);
      near(at(totals.rate), isError(overall) ? NaN : overall.value, "overall 执行率");
      const grades = doc.forms.map((f) => expectedFor(f).grade);
      for (const g of ["优", "良", "中", "差"] as const) assert.equal(at(totals.grades[g]), grades.filter((x) => x === g).length, `${g} count`);
    });
  }

  it("keeps the drop-down lists and the names they use", () => {
    const workbook = results[0].workbook;
    const ws = workbook.getWorksheet(seedSheets(documents[0].forms)[0].name)!;
    const model = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
    assert.equal(model.A13?.type, "list");
    assert.match(String(model.B13?.formulae[0]), /^INDIRECT\(\$A13\)$/);
    assert.ok(workbook.definedNames.model.some((n) => n.name === "产出指标"));
  });
});
