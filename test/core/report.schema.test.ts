/** The JSON report against its contract (../shared/spec/report-json.md, schema/report.schema.json). */
import { strict as assert } from "assert";
import Ajv2020 from "ajv/dist/2020";
import * as fs from "fs";
import * as path from "path";
import { checkGrids } from "../../src/core/check";
import { parseA1 } from "../../src/core/grid";
import { Report, toReport } from "../../src/core/report";
import { KNOWN_LAYOUTS, LAYOUTS, LayoutName, formGrid, seedSheets, specGrid } from "../fixtures/layouts";
import { packageRoot, seedForm, seedForms } from "../fixtures/seedForms";
import * as SPECIMENS from "../fixtures/specimens";

const schema = JSON.parse(fs.readFileSync(path.join(packageRoot(), "schema", "report.schema.json"), "utf8"));
const validate = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true }).compile(schema);

/** A report as other tools see it: through JSON. */
function reportOf(grids: ReturnType<typeof specGrid>[], file = "seeds.xlsx"): Report {
  return JSON.parse(JSON.stringify(toReport(file, checkGrids(grids))));
}

function assertValid(report: unknown): void {
  assert.ok(validate(report), JSON.stringify(validate.errors, null, 2));
}

const SOURCES = ["000", "001", "002", "003", "004"];
const WORKBOOKS: { name: string; report: () => Report }[] = [
  ...SOURCES.flatMap((source) =>
    [...LAYOUTS, "mixed" as const].map((layout) => ({
      name: `source ${source} (${layout})`,
      report: () =>
        reportOf(
          seedSheets(seedForms().filter((f) => f.id.startsWith(source + "-")), {
            layout: layout === "mixed" ? (_, i) => LAYOUTS[i % LAYOUTS.length] : layout,
          }).map(specGrid),
        ),
    })),
  ),
  ...KNOWN_LAYOUTS.filter((l) => l.from !== "上海").map((layout) => ({
    name: `all 44 forms in the ${layout.name} layout`,
    report: () => reportOf(seedSheets(seedForms(), { layout: layout.name }).map(specGrid)),
  })),
  {
    name: "the specimens' own forms, of every kind",
    report: () => reportOf(Object.values(SPECIMENS).map(specGrid), "specimens.xlsx"),
  },
  {
    name: "all 44 forms with a cover, notes and an empty sheet",
    report: () => reportOf(seedSheets(seedForms(), { layout: (_, i) => LAYOUTS[i % LAYOUTS.length], others: true }).map(specGrid)),
  },
];

describe("report.schema.json", () => {
  for (const wb of WORKBOOKS) {
    it(`accepts the report of ${wb.name}`, () => assertValid(wb.report()));
  }

  it("accepts added fields (the contract allows them)", () => {
    const report: any = WORKBOOKS[0].report();
    report.generator = "perfeval 0.1.0";
    report.sheets[0].project.goals = { planned: "…" };
    report.findings[0].reviewer = { note: "见附件" };
    assertValid(report);
  });

  const broken: [string, (r: any) => void][] = [
    ["without schemaVersion", (r) => delete r.schemaVersion],
    ["with schemaVersion 2", (r) => (r.schemaVersion = 2)],
    ["without summary", (r) => delete r.summary],
    ["with a severity “fatal”", (r) => (r.findings[0].severity = "fatal")],
    ["with a fix without its value", (r) => (r.findings[0].fix = { cell: "H13" })],
    ["with a cause without its cell", (r) => (r.findings[0].causes = [{ rule: "FUND_SUM" }])],
    ["with the cell “$B$3”", (r) => (r.findings[0].cell = "$B$3")],
    ["with the cell “Sheet1!B3”", (r) => (r.findings[0].cell = "Sheet1!B3")],
    ["with the cell “b3”", (r) => (r.findings[0].cell = "b3")],
    ["with the cell “B0”", (r) => (r.findings[0].cell = "B0")],
    ["with an empty message", (r) => (r.findings[0].message = "")],
    ["with a kind “form”", (r) => (r.sheets[0].kind = "form")],
    ["with a project sheet without its project", (r) => delete r.sheets[0].project],
    ["with a project sheet without cells", (r) => delete r.sheets[0].cells],
    ["with a mapping to “$C$6”", (r) => (r.sheets[0].cells.name = "$C$6")],
    ["with a rate as the string “99.34%”", (r) => (r.sheets[0].project.funds.total.rate = "99.34%")],
    ["with an amount as the string “478.47”", (r) => (r.sheets[0].project.funds.current.budget = "478.47")],
    ["with a total score as a string", (r) => (r.sheets[0].project.totalScore = "87.93")],
    ["with an indicator 分值 as a string", (r) => (r.sheets[0].project.indicators[0].weight = "10.00")],
    ["with a year as a string", (r) => (r.sheets[0].project.year = "2024")],
    ["with a count as a string", (r) => (r.summary.errors = "0")],
    ["with a negative count", (r) => (r.summary.warnings = -1)],
    ["without the funds row 其他资金", (r) => delete r.sheets[0].project.funds.other],
    ["without the total's score", (r) => delete r.sheets[0].project.funds.total.score],
    ["with an indicator row 0", (r) => (r.sheets[0].project.indicators[0].row = 0)],
  ];
  for (const [name, breakIt] of broken) {
    it(`rejects a report ${name}`, () => {
      const report: any = WORKBOOKS[0].report(); // source 000, plain: has findings
      assert.ok(report.findings.length > 0);
      breakIt(report);
      assert.equal(validate(report), false);
    });
  }
});

describe("the report's promises", () => {
  for (const wb of WORKBOOKS) {
    it(`keeps them for ${wb.name}`, () => {
      const report = wb.report();
      const order = report.sheets.map((s) => s.name);
      const key = (f: Report["findings"][number]) => {
        const at = parseA1(f.cell)!;
        return [order.indexOf(f.sheet), at.row, at.col];
      };
      // Findings by sheet order, then row, then column; each finding on a sheet of the workbook.
      for (let i = 1; i < report.findings.length; i++) {
        const [a, b] = [key(report.findings[i - 1]), key(report.findings[i])];
        assert.ok(a[0] < b[0] || (a[0] === b[0] && (a[1] < b[1] || (a[1] === b[1] && a[2] <= b[2]))), `${i}: out of order`);
      }
      for (const f of report.findings) assert.ok(order.includes(f.sheet));
      // Once each: never two findings with the same rule, sheet and cell.
      const keys = report.findings.map((f) => `${f.rule}|${f.sheet}|${f.cell}`);
      assert.equal(new Set(keys).size, keys.length);
      // The summary counts what is there.
      const count = (s: string) => report.findings.filter((f) => f.severity === s).length;
      assert.deepEqual(report.summary, {
        projects: report.sheets.filter((s) => s.kind === "project").length,
        errors: count("error"),
        warnings: count("warning"),
        infos: count("info"),
      });
      // Project sheets carry the project and the mapping; other sheets neither.
      for (const s of report.sheets) {
        if (s.kind === "project") {
          assert.ok(s.project && s.cells);
          // Every field with a value has its cell (a field the form lacks is null and has none).
          for (const field of ["name", "year", "department", "implementer", "totalScore", "grade"] as const) {
            if (s.project[field] !== null) assert.ok(s.cells[field], field);
          }
        } else {
          assert.equal(s.project, undefined);
        }
      }
    });
  }

  for (const layout of LAYOUTS) {
    it(`writes numbers as JSON numbers, rates in percent (${layout})`, () => {
      const report = reportOf([formGrid(seedForm("000-01"), layout as LayoutName)]);
      const p = report.sheets[0].project!;
      assert.deepEqual(p.funds.total, { initial: 478.47, budget: 478.47, executed: 475.32, rate: 99.34, weight: 10, score: 9.93 });
      assert.deepEqual(p.funds.carryover, { initial: 0, budget: 0, executed: 0, rate: 0 });
      assert.equal(p.totalScore, 87.93);
      assert.equal(p.totalWeight, 100);
      assert.equal(p.year, 2024);
      assert.equal(p.indicators[0].weight, 10);
      assert.equal(p.indicators[0].score, 8);
      assert.equal(p.indicators[0].row, parseA1(report.sheets[0].cells!.title)!.row + 13);
    });
  }

  it("writes 2,270.22 as 2270.22 and a 100.00% cell as 100 (offset, 000-06)", () => {
    const p = reportOf([formGrid(seedForm("000-06"), "offset")]).sheets[0].project!;
    assert.deepEqual(p.funds.other, { initial: 2270.22, budget: 2270.22, executed: 2270.22, rate: 100 });
  });

  it("leaves out a number that overflowed instead of writing null (budget 5e-324: an infinite 执行率)", () => {
    const grid = formGrid(seedForm("000-01"));
    grid.values[5][3] = 5e-324; // D6, 全年预算数 of 年度资金总额
    grid.values[6][3] = 5e-324; // D7, of 当年财政拨款 too: the sum holds, so the rate is not a symptom of FUND_SUM
    const report = reportOf([grid]);
    assertValid(report);
    const rate = report.findings.find((f) => f.rule === "EXEC_RATE" && f.cell === "G6");
    assert.ok(rate && !("expected" in rate) && !("fix" in rate));
    assert.equal(rate.actual, 99.34);
  });

  it("gives a field the form lacks as null with no cells entry, the code split off the name, and each sheet's kind", () => {
    const report = reportOf(Object.values(SPECIMENS).map(specGrid), "specimens.xlsx");
    const sichuan = report.sheets.find((s) => s.name === "工资性支出")!;
    const p = sichuan.project!;
    assert.deepEqual([p.name, p.code], ["工资性支出", "51000021R000000019951"]);
    assert.equal(sichuan.cells!.code, sichuan.cells!.name);
    // No 评分等级 row, no 上年结转资金 row: null, and no cell.
    assert.equal(p.grade, null);
    assert.ok(!("grade" in sichuan.cells!));
    assert.deepEqual(p.funds.carryover, { initial: null, budget: null, executed: null, rate: null });
    assert.ok(!Object.keys(sichuan.cells!).some((k) => k.startsWith("funds.carryover.")));
    // A labelled field left empty is null too, but it has its cell.
    assert.equal(p.totalScore, null);
    assert.ok(sichuan.cells!.totalScore);
    // Further part rows under their printed names, in funds and in cells.
    assert.deepEqual(p.funds["财政专户管理资金"], { initial: 0, budget: 0, executed: 0, rate: 0 });
    assert.ok(sichuan.cells!["funds.单位资金.budget"]);
    assert.deepEqual(p.narrative, { conclusion: null, problems: null, measures: null });
    assert.deepEqual(
      Object.fromEntries(report.sheets.filter((s) => s.kind !== "project").map((s) => [s.name, s.kind])),
      { 部门整体: "department", 自评报告: "department", 水利专项资金: "target", 项目绩效目标表: "target", 运行监控: "monitoring" },
    );
    for (const s of report.sheets.filter((x) => x.kind !== "project")) assert.deepEqual(Object.keys(s), ["name", "kind"]);
  });

  it("keeps text as text, trimmed", () => {
    const p = reportOf([formGrid(seedForm("000-01"), "offset")]).sheets[0].project!;
    assert.equal(p.grade, "良");
    assert.equal(p.name, "科技系统领导干部能力提升培训");
    assert.equal(p.indicators[0].target, "=42.00(期)");
  });
});
