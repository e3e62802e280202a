import { strict as assert } from "assert";
import { findForm } from "../../../src/core/read/findForm";
import { LAYOUTS, formGrid } from "../../fixtures/layouts";
import { SeedForm } from "../../fixtures/seedForms";
import { formCells } from "../support/formCells";
import { edit, inEveryLayout, ruleTester, seedValidCases, sheet } from "../support/ruleTester";

// 000-01: indicators 0–5 产出/数量指标 (merged into one 二级 cell in the plain and wide layouts,
// repeated on every row in the offset layout), 6 质量, 7 时效, 8 效益/社会效益, 9 效益/可持续影响,
// 10 满意度/服务对象满意度指标.
const levels = (change: (f: SeedForm) => void) => edit("000-01", change);
const PRODUCT_ROWS = [0, 1, 2, 3, 4, 5];

/** 000-01 in the evaluation framework's words, with a 项目决策 and a 项目管理 row before it. */
const framework = (change: (f: SeedForm) => void = () => {}) =>
  levels((f) => {
    for (const ind of f.indicators) ind.level1 = { 产出指标: "项目产出", 效益指标: "项目效益", 满意度指标: "项目效益" }[ind.level1]!;
    const row = f.indicators[0];
    f.indicators.unshift(
      { ...row, level1: "项目决策", level2: "项目目标", name: "目标明确性", target: "明确", actual: "达成指标" },
      { ...row, level1: "项目管理", level2: "投入管理", name: "预算执行率", target: "≥90(%)", actual: "95.00(%)" },
    );
    change(f);
  });

ruleTester("LEVEL_HIERARCHY", "error", {
  valid: [
    ...seedValidCases(),
    {
      // 001-08 prints 服务对象满意度 without 指标 (a real table).
      name: "服务对象满意度 for 服务对象满意度指标 and 满意度 for 满意度指标",
      sheets: sheet(levels((f) => { f.indicators[10].level1 = "满意度"; f.indicators[10].level2 = "服务对象满意度"; })),
    },
    ...inEveryLayout((layout) => ({
      name: "names split by PDF spaces (满意 度指 标)",
      sheets: sheet(levels((f) => { f.indicators[10].level1 = "满意 度指 标"; f.indicators[10].level2 = "服务 对象 满意 度指 标"; }), layout),
    })),
    { name: "成本指标 under 产出指标", sheets: sheet(levels((f) => (f.indicators[7].level2 = "成本指标"))) },
    // The 2021 成本指标 (rules.md, changes to the first set): a 一级 of its own, or under 产出指标.
    ...inEveryLayout((layout) => ({
      name: "成本指标 as a 一级 with 经济成本指标, 社会成本指标 and 生态环境成本指标",
      sheets: sheet(levels((f) => [6, 7].forEach((i, k) => Object.assign(f.indicators[i], { level1: "成本指标", level2: ["经济成本指标", "生态环境成本指标"][k] }))), layout),
    })),
    { name: "社会成本指标 under 产出指标", sheets: sheet(levels((f) => (f.indicators[7].level2 = "社会成本指标"))) },
    { name: "产出指标(50分): a 一级 with its weight", sheets: sheet(levels((f) => f.indicators.slice(0, 8).forEach((ind) => (ind.level1 = "产出指标(50分)")))) },
    ...inEveryLayout((layout) => ({
      // The evaluation framework: 项目决策 and 项目管理 have 二级 of their own; 满意度 is under 项目效益.
      name: "a framework form: 项目决策/项目目标, 项目产出/数量指标, 项目效益/服务对象满意度指标",
      sheets: sheet(framework(), layout),
    })),
    {
      name: "an empty 二级 cell inherits the 二级 above (one finding-free group)",
      sheets: sheet(levels((f) => (f.indicators[5].level2 = "")), "offset"),
    },
  ],
  invalid: [
    ...LAYOUTS.map((layout) => {
      const form = levels((f) => PRODUCT_ROWS.forEach((i) => (f.indicators[i].level2 = "社会效益指标")));
      const cells = formCells(form, layout);
      // A merged 二级 cell is one cell: one finding at its top-left; repeated labels are one per row.
      const rows = layout === "offset" ? PRODUCT_ROWS : [0];
      return {
        name: `社会效益指标 under 产出指标 over six rows (${layout}: ${layout === "offset" ? "repeated" : "merged"})`,
        sheets: sheet(form, layout),
        findings: rows.map((i) => ({
          cell: cells.indicator(i, "level2"),
          includes: ["社会效益指标", "产出指标", "数量指标、质量指标、时效指标、成本指标"],
        })),
      };
    }),
    ...inEveryLayout((layout) => {
      const form = levels((f) => (f.indicators[8].level2 = "数量指标"));
      return {
        name: "one row's 数量指标 under 效益指标",
        sheets: sheet(form, layout),
        findings: [{ cell: formCells(form, layout).indicator(8, "level2"), includes: ["数量指标", "效益指标"] }],
      };
    }),
    ...inEveryLayout((layout) => {
      // The 一级 cell of row 8 left empty: it inherits 产出指标 from above, and 社会效益指标 is not one of its.
      const form = levels((f) => (f.indicators[8].level1 = ""));
      return {
        name: "an empty 一级 cell inherits the 一级 above",
        sheets: sheet(form, layout),
        findings: [{ cell: formCells(form, layout).indicator(8, "level2"), includes: ["社会效益指标", "产出指标"] }],
      };
    }),
    ...LAYOUTS.map((layout) => {
      // Rows 0–4 wrong, row 5's 二级 empty: row 5 inherits the wrong cell, which is still reported once.
      const form = levels((f) => {
        [0, 1, 2, 3, 4].forEach((i) => (f.indicators[i].level2 = "经济效益指标"));
        f.indicators[5].level2 = "";
      });
      const cells = formCells(form, layout);
      const rows = layout === "offset" ? [0, 1, 2, 3, 4] : [0];
      return {
        name: `an inherited wrong 二级 is not reported again (${layout})`,
        sheets: sheet(form, layout),
        findings: rows.map((i) => ({ cell: cells.indicator(i, "level2") })),
      };
    }),
    {
      name: "数量指标 under 成本指标 (plain B19)",
      sheets: sheet(levels((f) => Object.assign(f.indicators[6], { level1: "成本指标", level2: "数量指标" }))),
      findings: [{ cell: "B19", includes: ["数量指标", "成本指标", "应为：经济成本指标、社会成本指标、生态环境成本指标"] }],
    },
    ...inEveryLayout((layout) => {
      const form = framework((f) => (f.indicators[9].level2 = "社会效益指标"));
      return {
        name: "a framework form's 项目产出 is checked like 产出指标",
        sheets: sheet(form, layout),
        findings: [{ cell: formCells(form, layout).indicator(9, "level2"), includes: ["社会效益指标", "项目产出"] }],
      };
    }),
    {
      name: "an unknown 一级 (plain B23)",
      sheets: sheet(levels((f) => (f.indicators[10].level1 = "满意指标"))),
      findings: [{ cell: "B23", includes: ["满意指标", "不是产出指标、效益指标或满意度指标"] }],
    },
    {
      name: "a 一级 written as its stem (满意度) names its allowed 二级",
      sheets: sheet(levels((f) => { f.indicators[10].level1 = "满意度"; f.indicators[10].level2 = "数量指标"; })),
      findings: [{ cell: "B23", includes: ["数量指标", "满意度", "应为：服务对象满意度指标"] }],
    },
  ],
});

describe("LEVEL_HIERARCHY reading: empty 一级/二级 cells inherit the value above", () => {
  for (const layout of LAYOUTS) {
    it(`reads an empty 二级 cell under a merged or repeated 一级 as the 二级 above (${layout})`, () => {
      const form = levels((f) => (f.indicators[5].level2 = ""));
      const reading = findForm(formGrid(form, layout));
      assert.equal(reading.kind, "project");
      if (reading.kind !== "project") return;
      const ind = reading.project.indicators[5];
      assert.equal(ind.level1.value, "产出指标");
      assert.equal(ind.level2.value, "数量指标");
      // The inherited cell is the one above: the merge's top-left, or the previous row's own cell.
      assert.equal(ind.level2.cell, formCells(form, layout).indicator(layout === "offset" ? 4 : 0, "level2"));
    });

    it(`does not carry a 二级 over into the next 一级 group (${layout})`, () => {
      const form = levels((f) => (f.indicators[8].level2 = ""));
      const reading = findForm(formGrid(form, layout));
      if (reading.kind !== "project") return assert.fail("not read as a project");
      assert.equal(reading.project.indicators[8].level1.value, "效益指标");
      assert.equal(reading.project.indicators[8].level2.value, null);
    });
  }
});
