import { formCells } from "../support/formCells";
import { edit, inEveryLayout, ruleTester, sheet } from "../support/ruleTester";

// 002-03 信息化建设项目 weighs 产出 50, 效益 30, 满意度 10 with 预算执行 10; 000-01 weighs 65, 15, 10.
ruleTester("LEVEL1_WEIGHTS", "info", {
  valid: [
    ...inEveryLayout((layout) => ({ name: "产出 50, 效益 30, 满意度 10 (002-03)", sheets: sheet(edit("002-03"), layout) })),
    { name: "65/15/10 with a 预算执行 of 20 (BUDGET_WEIGHT's)", sheets: sheet(edit("000-01", (f) => (f.funds.total[3] = "20.00"))) },
    { name: "65/15/10 where the configuration says so", sheets: sheet(edit("000-01")), config: { rules: { LEVEL1_WEIGHTS: ["info", { output: 65, effect: 15 }] } } },
    {
      name: "a form with a 成本指标 group is not compared",
      sheets: sheet(edit("000-01", (f) => { f.indicators[7].level1 = "成本指标"; f.indicators[7].level2 = "经济成本指标"; })),
    },
    {
      name: "a framework form (项目决策 …) is not compared",
      sheets: sheet(edit("000-01", (f) => (f.indicators[0].level1 = "项目决策"))),
    },
  ],
  invalid: [
    ...inEveryLayout((layout) => {
      const form = edit("000-01");
      const cells = formCells(form, layout);
      return {
        name: "产出 65 and 效益 15 (000-01 as printed)",
        sheets: sheet(form, layout),
        findings: [
          { cell: cells.indicator(0, "weight"), includes: ["产出指标的分值合计为 65.00，通常为 50"], expected: 50, actual: 65 },
          { cell: cells.indicator(8, "weight"), includes: ["效益指标的分值合计为 15.00，通常为 30"], expected: 30, actual: 15 },
        ],
      };
    }),
    {
      name: "a configured split the form does not follow (002-03 against 60/20/10, plain F13, F16)",
      sheets: sheet(edit("002-03")),
      config: { rules: { LEVEL1_WEIGHTS: ["info", { output: 60, effect: 20 }] } },
      findings: [{ cell: "F13", includes: ["通常为 60"] }, { cell: "F16", includes: ["通常为 20"] }],
    },
  ],
});
