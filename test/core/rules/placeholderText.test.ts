import { strict as assert } from "assert";
import { checkGrids, readSheet } from "../../../src/core/check";
import { templateText } from "../../../src/core/rules/placeholderText";
import { LayoutName, formGrid } from "../../fixtures/layouts";
import { SeedForm } from "../../fixtures/seedForms";
import { specGrid } from "../../fixtures/sheetSpec";
import { SICHUAN_QINGSHEN } from "../../fixtures/specimens";
import { formCells } from "../support/formCells";
import { edit, inEveryLayout, ruleTester, seedValidCases, sheet } from "../support/ruleTester";

/** Where the form's 预期目标 / 实际完成情况 are read (formCells has no goals). */
function goalCell(form: SeedForm, layout: LayoutName, goal: "planned" | "achieved"): string {
  const reading = readSheet(formGrid(form, layout));
  assert.ok(reading.kind === "project");
  return reading.project.goals[goal].cell;
}

ruleTester("PLACEHOLDER_TEXT", "warning", {
  valid: [
    ...seedValidCases(),
    {
      name: "real text that only looks like a prompt (3000字以上, 待定事项, XXL)",
      sheets: sheet(edit("002-01", (f) => {
        f.goals.achieved = "形成 3000字以上 的调研报告，部分待定事项已于次年完成";
        f.indicators[0].name = "XXL号工作服采购";
      })),
    },
  ],
  invalid: [
    ...inEveryLayout((layout) => {
      const form = edit("002-01", (f) => { f.implementer = "XX单位"; f.goals.achieved = "(100字以内)"; });
      return {
        name: "实施单位 XX单位 and 实际完成情况 (100字以内)",
        sheets: sheet(form, layout),
        findings: [
          { cell: formCells(form, layout).implementer, includes: ["实施单位仍是模板文字", "XX单位"] },
          { cell: goalCell(form, layout, "achieved"), includes: ["实际完成情况仍是模板文字", "(100字以内)"] },
        ],
      };
    }),
    ...inEveryLayout((layout) => {
      const form = edit("002-01", (f) => {
        f.goals.planned = "结合自评情况，简要说明项目年度总体目标的完成情况";
        f.indicators[1].name = "某某指标";
        f.indicators[2].target = "待填写";
        f.indicators[3].actual = "*";
      });
      const cells = formCells(form, layout);
      return {
        name: "a prompt in 预期目标, 某某 in 三级指标, 待填写 and * in the indicator table",
        sheets: sheet(form, layout),
        findings: [
          { cell: goalCell(form, layout, "planned"), includes: ["预期目标", "结合自评情况"] },
          { cell: cells.indicator(1, "name"), includes: ["三级指标", "某某指标"] },
          { cell: cells.indicator(2, "target"), includes: ["年度指标值", "待填写"] },
          { cell: cells.indicator(3, "actual"), includes: ["实际完成值", "“*”"] },
        ],
      };
    }),
    {
      name: "a phrase of the local template, configured (plain B3)",
      sheets: sheet(edit("002-01", (f) => (f.name = "请在此处输入项目全称"))),
      config: { rules: { PLACEHOLDER_TEXT: ["warning", { also: ["此处输入"] }] } },
      findings: [{ cell: "B3", includes: ["项目名称仍是模板文字"] }],
    },
  ],
});

describe("PLACEHOLDER_TEXT on prompts the reader sets aside", () => {
  it("reports the prompts left in 年度目标完成情况 and the narrative blocks (specimen 01 青神), while the fields read as no text", () => {
    const grid = specGrid(SICHUAN_QINGSHEN);
    const reading = readSheet(grid);
    assert.ok(reading.kind === "project");
    const { goals, narrative } = reading.project;
    assert.deepEqual([goals.achieved, narrative.conclusion, narrative.problems, narrative.measures].map((f) => [f.cell, f.value]),
      [["G6", null], ["B18", null], ["B19", null], ["B20", null]]);
    const found = checkGrids([grid]).findings.filter((f) => f.rule === "PLACEHOLDER_TEXT");
    assert.deepEqual(found.map((f) => f.cell), ["G6", "B18", "B19", "B20"]);
    assert.match(found[0].message, /^年度总体目标的实际完成情况仍是模板文字：“对照年度目标,说明相关任务目标的完成情况\(100字以内\)”$/);
    assert.match(found[2].message, /^存在问题仍是模板文字：“结合自评情况,分析存在的问题及原因。\(200字以内\)”$/);
  });

  it("is the one finding of a field left as template text: no REQUIRED_FIELD or ACTUAL_NOT_MEASURED on the same cell", () => {
    for (const layout of ["plain", "offset", "wide"] as const) {
      const form = edit("002-01", (f) => {
        f.name = "请填写项目名称";
        f.implementer = "XX单位";
        f.goals.achieved = "(100字以内)";
        f.indicators[1].name = "某某指标";
        f.indicators[2].target = "待填写";
        f.indicators[3].actual = "*";
      });
      const findings = checkGrids([formGrid(form, layout)]).findings;
      const cells = findings.filter((f) => f.rule === "PLACEHOLDER_TEXT").map((f) => f.cell);
      assert.equal(cells.length, 6, layout);
      for (const cell of cells) assert.deepEqual(findings.filter((f) => f.cell === cell).map((f) => f.rule), ["PLACEHOLDER_TEXT"], `${layout} ${cell}`);
    }
  });
});

describe("PLACEHOLDER_TEXT's template text", () => {
  it("knows the prompts of the templates and the marks of an unfilled field", () => {
    for (const text of ["实际完成情况（100字以内）", "(200 字以内)", "结合自评情况,对照年度绩效目标…", "请填写", "20XX年", "××局", "ｘｘ项目", "某某单位", "待填写", "待定", " * ", "＊"]) {
      assert.ok(templateText(text), text);
    }
    for (const text of ["及时", "≥90.00(%)", "完成 100 字以内的简报 3 期", "Xbox 采购", "待定事项已完成", "*说明见附件"]) {
      assert.ok(!templateText(text), text);
    }
  });
});
