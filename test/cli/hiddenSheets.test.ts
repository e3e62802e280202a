/** Hidden and very hidden sheets are checked like the others, and the reports say they are hidden. */
import { strict as assert } from "assert";
import Ajv2020 from "ajv/dist/2020";
import * as fs from "fs";
import * as path from "path";
import { checkWorkbook } from "../../src/office";
import { seedSheets, seedWorkbook } from "../fixtures/layouts";
import { packageRoot, seedForm } from "../fixtures/seedForms";
import { simOf } from "../office/simHost";
import { perfeval, tempDir } from "./helpers";

// 002-06 未来公园展厅运营项目 has real errors (WEIGHT_SUM, TOTAL_SUM): they must be found on a hidden sheet too.
const FORMS = ["001-01", "002-06", "001-02"].map(seedForm);

describe("hidden sheets", () => {
  const file = path.join(tempDir(), "hidden.xlsx");
  before(async () => {
    const workbook = seedWorkbook(FORMS);
    workbook.worksheets[1].state = "hidden";
    workbook.worksheets[2].state = "veryHidden";
    await workbook.xlsx.writeFile(file);
  });

  it("are checked and marked in the JSON report (hidden: true; veryHidden: true), which follows the schema", async () => {
    const r = await perfeval(["check", file, "--format", "json"]);
    const report = JSON.parse(r.stdout) as { sheets: object[]; findings: { sheet: string; severity: string; rule: string }[] };
    assert.deepEqual(
      (report.sheets as { kind: string; hidden?: boolean; veryHidden?: boolean }[]).map((s) => [s.kind, s.hidden, s.veryHidden]),
      [["project", undefined, undefined], ["project", true, undefined], ["project", true, true]],
    );
    const errors = report.findings.filter((f) => f.sheet === FORMS[1].name && f.severity === "error");
    assert.deepEqual(errors.map((f) => f.rule).sort(), ["TOTAL_SUM", "WEIGHT_SUM"]);
    assert.equal(r.code, 1);
    const schema = JSON.parse(fs.readFileSync(path.join(packageRoot(), "schema", "report.schema.json"), "utf8"));
    const validate = new Ajv2020({ allErrors: true, strictRequired: false, allowUnionTypes: true }).compile(schema);
    assert.ok(validate(report), JSON.stringify(validate.errors));
    assert.ok(!validate({ ...report, sheets: [{ ...report.sheets[0], hidden: false }] }), "hidden is true or absent");
  });

  it("are marked in the text report: on the sheet's heading and in a line before the summary", async () => {
    const r = await perfeval(["check", file]);
    assert.match(r.stdout, new RegExp(`^${FORMS[1].name}［隐藏］（2 个错误`, "m"));
    assert.match(r.stdout, new RegExp(`\\n2 个隐藏的工作表也已检查：${FORMS[1].name}、${FORMS[2].name}（深度隐藏）\\n共 3 个项目`));
  });

  it("a workbook without hidden sheets says nothing about them", async () => {
    const plain = path.join(tempDir(), "visible.xlsx");
    await seedWorkbook(FORMS).xlsx.writeFile(plain);
    const r = await perfeval(["check", plain]);
    assert.doesNotMatch(r.stdout, /隐藏/);
    assert.ok(JSON.parse((await perfeval(["check", plain, "--format", "json"])).stdout).sheets.every((s: object) => !("hidden" in s)));
  });

  it("in Excel: the add-in's check reads each sheet's visibility with the sheet list (no extra sync)", async () => {
    const sim = simOf(seedSheets(FORMS));
    sim.state.sheets[1].visibility = "Hidden";
    sim.state.sheets[2].visibility = "VeryHidden";
    const result = await checkWorkbook();
    assert.deepEqual(result.sheets.map((s) => s.visibility), [undefined, "hidden", "veryHidden"]);
    assert.ok(result.findings.some((f) => f.sheet === FORMS[1].name && f.rule === "TOTAL_SUM"));
  });
});
