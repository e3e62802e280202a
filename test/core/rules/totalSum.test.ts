import { formCells } from "../support/formCells";
import { edit, inEveryLayout, ruleTester, seedValidCases, sheet } from "../support/ruleTester";

// 000-01: 预算执行 9.93 + 指标 78.00 = 总分 87.93.
const total = (score: string) => edit("000-01", (f) => (f.totalScore = score));

ruleTester("TOTAL_SUM", "error", {
  valid: [
    ...seedValidCases(["002-06"]),
    ...inEveryLayout((layout) => ({ name: "a 总分 0.01 above the sum (tolerance 0.011)", sheets: sheet(total("87.94"), layout) })),
    { name: "a 总分 0.01 below the sum", sheets: sheet(total("87.92")) },
  ],
  invalid: [
    ...inEveryLayout((layout) => {
      const form = total("87.95");
      return {
        name: "a 总分 0.02 above the sum",
        sheets: sheet(form, layout),
        findings: [{ cell: formCells(form, layout).total("score"), includes: ["应为 87.93", "9.93", "78.00", "表中为 87.95"], expected: 87.93, actual: 87.95 }],
      };
    }),
    ...inEveryLayout((layout) => {
      // Real: 002-06 未来公园展厅运营项目, 9.27 + Σ 得分 72.00 = 81.27, printed 85.27.
      const form = edit("002-06");
      return {
        name: "002-06 as published: 85.27 for 81.27",
        sheets: sheet(form, layout),
        findings: [{ cell: formCells(form, layout).total("score"), includes: ["应为 81.27", "9.27", "72.00", "表中为 85.27"] }],
      };
    }),
    {
      name: "an indicator 得分 changed, the 总分 not (plain G24)",
      sheets: sheet(edit("000-01", (f) => (f.indicators[1].score = "4.00"))),
      findings: [{ cell: "G24", includes: ["应为 86.93", "87.93"] }],
    },
  ],
});
