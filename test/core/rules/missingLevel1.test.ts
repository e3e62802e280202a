import { strict as assert } from "assert";
import { checkGrids } from "../../../src/core/check";
import { resolveConfig } from "../../../src/core/config";
import { LAYOUTS, formGrid } from "../../fixtures/layouts";
import { SeedForm } from "../../fixtures/seedForms";
import { formCells } from "../support/formCells";
import { edit, inEveryLayout, ruleTester, seedValidCases, sheet } from "../support/ruleTester";

// 002-03 信息化建设项目: 0–2 产出, 3 效益 (故障重复发生率), 4 满意度 (使用人员满意度).
const without = (level1: string) => edit("002-03", (f) => (f.indicators = f.indicators.filter((ind) => ind.level1 !== level1)));
/** 002-03 in the evaluation framework's words: 项目产出, 项目效益 (its 满意度 a 二级 of 效益), and a 项目决策 row. */
const framework = (change: (f: SeedForm) => void = () => {}) =>
  edit("002-03", (f) => {
    for (const ind of f.indicators) ind.level1 = ind.level1 === "产出指标" ? "项目产出" : "项目效益";
    f.indicators.unshift({ ...f.indicators[0], level1: "项目决策", level2: "项目目标", name: "目标明确性", target: "明确", actual: "达成指标" });
    change(f);
  });

ruleTester("MISSING_LEVEL1", "warning", {
  valid: [
    ...seedValidCases(["001-05", "004-03"]), // those two have no 满意度指标: info, below
    ...inEveryLayout((layout) => ({ name: "a framework form without 满意度 as a 一级", sheets: sheet(framework(), layout) })),
    { name: "产出指标(50分): the group's label with its weight", sheets: sheet(edit("002-03", (f) => f.indicators.forEach((ind) => (ind.level1 = `${ind.level1}(10分)`)))) },
  ],
  invalid: [
    ...inEveryLayout((layout) => {
      const form = without("效益指标");
      return {
        name: "no 效益指标",
        sheets: sheet(form, layout),
        findings: [{ cell: formCells(form, layout).indicator(0, "level1"), includes: ["没有效益指标"] }],
      };
    }),
    {
      name: "no 产出指标 and no 满意度指标: one finding naming both (plain A13)",
      sheets: sheet(edit("002-03", (f) => (f.indicators = f.indicators.filter((ind) => ind.level1 === "效益指标")))),
      findings: [{ cell: "A13", includes: ["没有产出指标、满意度指标"] }],
    },
    {
      name: "a framework form without 项目效益 (plain A13)",
      sheets: sheet(framework((f) => (f.indicators = f.indicators.filter((ind) => ind.level1 !== "项目效益")))),
      findings: [{ cell: "A13", includes: ["没有效益指标"] }],
    },
    {
      name: "no 满意度指标 where the configuration requires it",
      sheets: sheet(without("满意度指标")),
      config: { rules: { MISSING_LEVEL1: ["warning", { optional: [] }] } },
      findings: [{ cell: "A13", includes: ["没有满意度指标"] }],
    },
  ],
});

describe("MISSING_LEVEL1 without 满意度指标", () => {
  for (const layout of LAYOUTS) {
    it(`is only worth knowing (info) (${layout})`, () => {
      const form = without("满意度指标");
      const found = checkGrids([formGrid(form, layout)]).findings.filter((f) => f.rule === "MISSING_LEVEL1");
      assert.deepEqual(found.map((f) => [f.cell, f.severity, f.message]), [[formCells(form, layout).indicator(0, "level1"), "info", "自评表没有满意度指标"]]);
    });
  }

  it("stays info when the configuration raises the rule to error", () => {
    const config = resolveConfig([{ rules: { MISSING_LEVEL1: "error" } }]);
    const found = checkGrids([formGrid(without("满意度指标"))], {}, { config }).findings.filter((f) => f.rule === "MISSING_LEVEL1");
    assert.deepEqual(found.map((f) => f.severity), ["info"]);
    const both = checkGrids([formGrid(without("效益指标"))], {}, { config }).findings.filter((f) => f.rule === "MISSING_LEVEL1");
    assert.deepEqual(both.map((f) => f.severity), ["error"]);
  });
});
