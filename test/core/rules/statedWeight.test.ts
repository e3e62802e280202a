import { strict as assert } from "assert";
import { readSheet } from "../../../src/core/check";
import { Grid, a1, parseA1 } from "../../../src/core/grid";
import { weightLabels } from "../../../src/core/rules/statedWeight";
import { LayoutName, formGrid, formSheet, specGrid } from "../../fixtures/layouts";
import { SeedForm } from "../../fixtures/seedForms";
import { HUBEI_COMMERCE, NINGXIA } from "../../fixtures/specimens";
import { formCells } from "../support/formCells";
import { edit, findingsOf, inEveryLayout, ruleTester, seedValidCases, setCell, sheet } from "../support/ruleTester";

// 000-01: 产出指标 rows 0–7 weigh 10 + 5 × 5 + 15 + 15 = 65, of which 数量指标 rows 0–5 weigh 35;
// the indicators weigh 90 in all, 预算执行 10.
const labelled = (level1: string, level2?: string) =>
  edit("000-01", (f) => f.indicators.forEach((ind, i) => {
    if (i <= 7) ind.level1 = level1;
    if (level2 && i <= 5) ind.level2 = level2;
  }));

/** The cell of a label the layouts write at form row r, column c (项目资金 is at 4, 0). */
function formCell(form: SeedForm, layout: LayoutName, r: number, c: number): string {
  const title = formSheet(form, layout).cells.find((cell) => cell.value === "财政项目支出绩效自评表")!;
  return a1(title.row + r, title.col + c);
}

/**
 * The form with a label at form row r, column c: over the funds block's (4, 0), or left of the
 * indicator table (11, -1; offset and wide have room there). Added to the sheet, so that the
 * grid grows to hold it.
 */
function withLabel(form: SeedForm, layout: LayoutName, r: number, c: number, text: string): () => Grid[] {
  return () => {
    const spec = formSheet(form, layout);
    const at = parseA1(formCell(form, layout, r, c))!;
    spec.cells = [...spec.cells.filter((cell) => cell.row !== at.row || cell.col !== at.col), { row: at.row, col: at.col, value: text }];
    return [specGrid(spec)];
  };
}

ruleTester("STATED_WEIGHT", "error", {
  valid: [
    ...seedValidCases(),
    ...inEveryLayout((layout) => ({ name: "产出指标(65分) over 65", sheets: sheet(labelled("产出指标(65分)", "数量指标（35 分）"), layout) })),
    ...inEveryLayout((layout) => ({ name: "预算执行情况(10分) over a 分数 of 10", sheets: withLabel(edit("000-01"), layout, 4, 0, "预算执行情况(10分)") })),
    ...(["offset", "wide"] as const).map((layout) => ({ name: `绩效指标(90分) left of the table over 90 (${layout})`, sheets: withLabel(edit("000-01"), layout, 11, -1, "绩效指标(90分)") })),
  ],
  invalid: [
    ...inEveryLayout((layout) => {
      const form = labelled("产出指标(50分)");
      return {
        name: "产出指标(50分) over 65: one finding at the group's first label",
        sheets: sheet(form, layout),
        findings: [{ cell: formCells(form, layout).indicator(0, "level1"), includes: ["“产出指标(50分)”标明 50.00 分", "合计为 65.00"], expected: 65, actual: 50 }],
      };
    }),
    ...inEveryLayout((layout) => {
      const form = labelled("产出指标", "数量指标(30分)");
      return {
        name: "数量指标(30分) over 35",
        sheets: sheet(form, layout),
        findings: [{ cell: formCells(form, layout).indicator(0, "level2"), includes: ["数量指标(30分)", "35.00"], expected: 35 }],
      };
    }),
    ...inEveryLayout((layout) => {
      const form = edit("000-01");
      return {
        name: "预算执行情况(万元)(20分) over a 分数 of 10",
        sheets: withLabel(form, layout, 4, 0, "预算执行情况(万元)(20分)"),
        findings: [{ cell: formCell(form, layout, 4, 0), includes: ["20.00 分", "合计为 10.00"], expected: 10, actual: 20 }],
      };
    }),
    ...(["offset", "wide"] as const).map((layout) => {
      const form = edit("000-01");
      return {
        name: `年度绩效目标(80分) over 90 (${layout})`,
        sheets: withLabel(form, layout, 11, -1, "年度绩效目标(80分)"),
        findings: [{ cell: formCell(form, layout, 11, -1), includes: ["年度绩效目标(80分)", "90.00"], expected: 90 }],
      };
    }),
  ],
});

describe("STATED_WEIGHT's labels and fixes", () => {
  it("fixes a label by writing the sum into it", () => {
    const [f] = findingsOf("STATED_WEIGHT", sheet(labelled("产出指标（50分）"))());
    assert.deepEqual(f.fix, { cell: "A13", value: "产出指标（65分）" });
  });

  it("reads the label printed over 一级 labels that weigh the indicators where the form has no 分值 column (湖北: 80 over 60 + 40)", () => {
    const found = findingsOf("STATED_WEIGHT", [specGrid(HUBEI_COMMERCE)]);
    assert.deepEqual(found.map((f) => [f.cell, f.expected, f.actual, f.fix]), [["A9", 100, 80, { cell: "A9", value: "年度绩效目标(100 分)" }]]);
    assert.match(found[0].message, /“年度绩效目标\(80 分\)”标明 80\.00 分，而其下各项分值合计为 100\.00/);
  });

  it("weighs the 预算执行率 row the reader took for the budget's score with its 一级 label (银川: 项目管理(25分) over 10 + 7 + 2 + 6)", () => {
    assert.deepEqual(findingsOf("STATED_WEIGHT", [specGrid(NINGXIA)]), []);
    const grid = specGrid(NINGXIA);
    setCell(grid, "A11", "项目管理(20分)");
    const found = findingsOf("STATED_WEIGHT", [grid]);
    assert.deepEqual(found.map((f) => [f.cell, f.expected, f.actual, f.fix]), [["A11", 25, 20, { cell: "A11", value: "项目管理(25分)" }]]);
  });

  it("reads 分值(10分) above the indicator table as the budget's and on its header as the indicators'", () => {
    const form = edit("000-01");
    const grid = formGrid(form);
    setCell(grid, "J5", "分值(10分)"); // right of the funds header
    setCell(grid, "J12", "分值(90分)"); // right of the indicator header
    setCell(grid, "J14", "满意度(10分)"); // not a label of weights: a name
    const reading = readSheet(grid);
    assert.ok(reading.kind === "project");
    assert.deepEqual(weightLabels(grid, reading.project), [
      { cell: "J5", text: "分值(10分)", weight: 10, labels: "budget" },
      { cell: "J12", text: "分值(90分)", weight: 90, labels: "indicators" },
    ]);
  });
});
