/**
 * A workbook saved by a program that does not calculate (here: the template writer without
 * cached results, as a script using ExcelJS or openpyxl saves one): one NOT_CALCULATED per form,
 * and no finding that the same workbook with its results does not have.
 */
import { strict as assert } from "assert";
import * as path from "path";
import { convertSheets } from "../../src/core/summary";
import { checkFile } from "../../src/node/checkFile";
import { xlsxGrids } from "../../src/node/xlsx/workbook";
import { templateWorkbook } from "../../src/node/templateWriter";
import { EXAMPLE } from "../../scripts/makeExample";
import { packageRoot } from "../fixtures/seedForms";
import { perfeval, tempDir } from "./helpers";

describe("a workbook whose formulas carry no results", () => {
  const dir = tempDir();
  const withResults = path.join(dir, "calculated.xlsx");
  const withoutResults = path.join(dir, "script.xlsx");
  let forms = 0;

  before(async () => {
    const { result, grids } = await checkFile(path.join(packageRoot(), EXAMPLE), { keepGrids: true });
    const book = convertSheets(result.sheets, grids);
    forms = book.forms.length;
    await templateWorkbook(book.forms).xlsx.writeFile(withResults);
    await templateWorkbook(book.forms, { cachedResults: false }).xlsx.writeFile(withoutResults);
  });

  it("gives one NOT_CALCULATED per form and no false error", async () => {
    type Found = { rule: string; sheet: string; cell: string; severity: string; message: string };
    const key = (f: Found) => `${f.sheet}!${f.cell} ${f.rule}`;
    const calculated = JSON.parse((await perfeval(["check", withResults, "--format", "json"])).stdout);
    const r = await perfeval(["check", withoutResults, "--format", "json"]);
    const report = JSON.parse(r.stdout);
    assert.equal(report.summary.projects, forms);
    assert.ok(forms >= 13);
    const findings = report.findings as Found[];
    const notCalculated = findings.filter((f) => f.rule === "NOT_CALCULATED");
    assert.equal(notCalculated.length, forms);
    assert.equal(new Set(notCalculated.map((f) => f.sheet)).size, forms);
    assert.ok(!(calculated.findings as Found[]).some((f) => f.rule === "NOT_CALCULATED"));
    const known = new Set((calculated.findings as Found[]).map(key));
    const extra = findings.filter((f) => f.rule !== "NOT_CALCULATED" && !known.has(key(f)));
    assert.deepEqual(extra.map((f) => `${key(f)}: ${f.message}`), []);
    assert.equal(r.code, (calculated.findings as Found[]).some((f) => f.severity === "error") ? 1 : 0);
  });

  it("says in the text report what to do", async () => {
    const r = await perfeval(["check", withoutResults]);
    assert.match(r.stdout, /公式未计算 NOT_CALCULATED +本表的公式没有计算结果.*请在 Excel 或 WPS 中打开、保存后再检查/);
    assert.doesNotMatch(r.stdout, /为空/);
  });

  it("tells a formula that gave \"\" (<v></v>) from one without a result (no <v>)", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const workbook = new ExcelJS.Workbook();
    const calculated = workbook.addWorksheet("calculated");
    calculated.getCell("A1").value = 1;
    calculated.getCell("B1").value = { formula: "A1*2", result: 2 } as never;
    calculated.getCell("C1").value = { formula: 'IF(A1>5,1,"")', result: "" } as never; // ExcelJS writes <v></v>
    const script = workbook.addWorksheet("script");
    script.getCell("A1").value = 1;
    script.getCell("B1").value = { formula: "A1*2" } as never;
    script.getCell("C1").value = { formula: "A1*3" } as never;
    const file = path.join(dir, "mixed.xlsx");
    await workbook.xlsx.writeFile(file);
    const [calculatedGrid, scriptGrid] = xlsxGrids(file);
    assert.equal(calculatedGrid.uncalculated, undefined);
    assert.deepEqual(scriptGrid.uncalculated, [{ row: 0, col: 1 }, { row: 0, col: 2 }]);
  });
});
