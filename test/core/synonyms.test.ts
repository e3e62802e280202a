/**
 * A label means what its synonym table says (labels.ts): printing any synonym in place of the
 * standard label, on a real form, reads the same project and gives the same findings. This runs
 * every entry of every table, so a synonym added there is tested here without another line. And
 * the cases issue 13 opens with: 产出指标（50分） is 产出指标, a header repeated mid-table is no indicator.
 */
import { strict as assert } from "assert";
import { checkGrids } from "../../src/core/check";
import { FIELD_LABELS, FUND_COLUMN_LABELS, FUND_ROW_LABELS, INDICATOR_COLUMN_LABELS } from "../../src/core/labels";
import { Finding } from "../../src/core/model";
import { projectData } from "../../src/core/report";
import { formSheet, specGrid } from "../fixtures/layouts";
import { seedForm } from "../fixtures/seedForms";
import type { SheetSpec } from "../fixtures/sheetSpec";

// 002-06 未来公园展厅运营项目: findings of five rules, a reason column, every block of the form.
const FORM = "002-06";

/** The plain layout with the label `printed` at `row` (a header row's text, or any row) replaced. */
function relabelled(printed: string, synonym: string, inRowOf?: string): SheetSpec {
  const spec = structuredClone(formSheet(seedForm(FORM), "plain"));
  const row = inRowOf === undefined ? undefined : spec.cells.find((c) => c.value === inRowOf)!.row;
  const cell = spec.cells.find((c) => c.value === printed && (row === undefined || c.row === row));
  assert.ok(cell, `no ${printed} to relabel`);
  cell.value = synonym;
  return spec;
}

const essence = (f: Finding) => `${f.rule} ${f.cell} ${f.expected ?? ""} ${f.actual ?? ""}`;

function assertSameReading(spec: SheetSpec, what: string): void {
  const plain = checkGrids([specGrid(formSheet(seedForm(FORM), "plain"))]);
  const here = checkGrids([specGrid(spec)]);
  const [a, b] = [plain.sheets[0], here.sheets[0]];
  assert.ok(a.kind === "project" && b.kind === "project", `${what}: not read as a project`);
  assert.deepEqual(projectData(b.project), projectData(a.project), what);
  assert.deepEqual(here.findings.map(essence), plain.findings.map(essence), what);
}

/** Where the plain layout prints each table's standard label, and the row it is found in. */
const CASES: { table: string; printed: string; synonyms: readonly string[]; row?: string }[] = [
  ...(["name", "department", "implementer", "totalRow", "grade", "planned", "achieved"] as const).map((field) => ({
    table: `FIELD_LABELS.${field}`,
    printed: { name: "项目名称", department: "主管部门", implementer: "实施单位", totalRow: "总分", grade: "评分等级", planned: "预期目标", achieved: "实际完成情况" }[field],
    synonyms: FIELD_LABELS[field],
  })),
  ...(Object.keys(FUND_COLUMN_LABELS) as (keyof typeof FUND_COLUMN_LABELS)[]).map((column) => ({
    table: `FUND_COLUMN_LABELS.${column}`,
    printed: { initial: "年初预算数", budget: "全年预算数", executed: "全年执行数", weight: "分数", rate: "执行率(%)", score: "得分" }[column],
    synonyms: FUND_COLUMN_LABELS[column],
    row: "年初预算数",
  })),
  ...(Object.keys(FUND_ROW_LABELS) as (keyof typeof FUND_ROW_LABELS)[]).map((row) => ({
    table: `FUND_ROW_LABELS.${row}`,
    printed: { total: "年度资金总额", current: "其中：当年财政拨款", carryover: "上年结转资金", other: "其他资金" }[row],
    synonyms: FUND_ROW_LABELS[row],
  })),
  ...(["level1", "level2", "name", "target", "actual", "weight", "score", "reason"] as const).map((column) => ({
    table: `INDICATOR_COLUMN_LABELS.${column}`,
    printed: { level1: "一级指标", level2: "二级指标", name: "三级指标", target: "年度指标值", actual: "实际完成值", weight: "分值", score: "得分", reason: "偏差原因分析及改进措施" }[column],
    synonyms: INDICATOR_COLUMN_LABELS[column],
    row: "一级指标",
  })),
];

describe("every synonym of the label tables, printed on a real form", () => {
  for (const c of CASES) {
    it(`reads ${c.table} the same under each of its ${c.synonyms.length} labels`, () => {
      for (const synonym of c.synonyms) assertSameReading(relabelled(c.printed, synonym, c.row), `${c.table}: ${synonym}`);
    });
  }
  it("reads labels spaced out, full-width, numbered and stamped as the labels they are", () => {
    for (const [printed, variant] of [["项目名称", "一、项 目 名 称："], ["总分", "总　　分"], ["评分等级", "评 分 等 级"], ["实施单位", "实施单位（盖章）"], ["全年预算数", "全年预算数（A）"]]) {
      assertSameReading(relabelled(printed, variant), variant);
    }
  });
});

describe("the forms issue 13 opens with", () => {
  it("gives no LEVEL_HIERARCHY on 一级 labels that print their weights (产出指标（50分）, 效益指标(30分))", () => {
    const spec = structuredClone(formSheet(seedForm("000-01"), "plain"));
    const weights: Record<string, string> = { 产出指标: "产出指标（60分）", 效益指标: "效益指标(15分)", 满意度指标: "满意度指标 (10 分)" };
    for (const c of spec.cells) if (typeof c.value === "string" && c.value in weights) c.value = weights[c.value];
    const result = checkGrids([specGrid(spec)]);
    assert.deepEqual(result.findings.filter((f) => f.rule === "LEVEL_HIERARCHY"), []);
    const sheet = result.sheets[0];
    assert.ok(sheet.kind === "project");
    assert.deepEqual([...new Set(sheet.project.indicators.map((i) => i.level1.value))], ["产出指标", "效益指标", "满意度指标"]);
    assert.deepEqual([...new Set(sheet.project.indicators.map((i) => i.level1.raw))], ["产出指标（60分）", "效益指标(15分)", "满意度指标 (10 分)"]);
  });

  it("reads a header repeated after a page break as no indicator (no unreadable 分值, no 二级指标 under 一级指标)", () => {
    const form = seedForm("000-01");
    const plain = checkGrids([specGrid(formSheet(form, "plain"))]);
    const repeated = checkGrids([specGrid(formSheet(form, "annotated"))]);
    const sheet = repeated.sheets[0];
    assert.ok(sheet.kind === "project");
    assert.equal(sheet.project.indicators.length, form.indicators.length);
    assert.ok(sheet.project.indicators.every((i) => i.name.value !== "三级指标" && i.level2.value !== "二级指标"));
    assert.deepEqual(repeated.findings.map((f) => f.rule), plain.findings.map((f) => f.rule));
  });
});
