import { formCells } from "../support/formCells";
import { edit, inEveryLayout, ruleTester, seedValidCases, sheet } from "../support/ruleTester";

ruleTester("WEIGHT_SUM", "error", {
  valid: [
    ...seedValidCases(["002-06"]),
    {
      name: "分值 moved between indicators, still 100 in all",
      sheets: sheet(edit("000-01", (f) => { f.indicators[1].weight = "6.00"; f.indicators[3].weight = "4.00"; })),
    },
    {
      name: "a 总分 分值 of 90 matching a form that sums to 90",
      sheets: sheet(edit("000-01", (f) => { f.indicators[6].weight = "5.00"; f.totalWeight = "90.00"; })),
    },
  ],
  invalid: [
    ...inEveryLayout((layout) => {
      // Real: 002-06 未来公园展厅运营项目, 10.00 + Σ 分值 86.00 = 96.00, its 总分 row says 100.00.
      const form = edit("002-06");
      return {
        name: "002-06 as published: 分值 sum to 96, the 总分 row says 100",
        sheets: sheet(form, layout),
        findings: [{ cell: formCells(form, layout).total("weight"), includes: ["应为 96.00", "10.00", "86.00", "100.00"], expected: 96, actual: 100 }],
      };
    }),
    ...inEveryLayout((layout) => {
      const form = edit("000-01", (f) => (f.indicators[1].weight = "6.00"));
      return {
        name: "one 分值 raised by 1",
        sheets: sheet(form, layout),
        findings: [{ cell: formCells(form, layout).total("weight"), includes: ["应为 101.00", "100.00"] }],
      };
    }),
    {
      name: "a budget 分数 of 20 counts in the sum (plain F24)",
      sheets: sheet(edit("000-01", (f) => (f.funds.total[3] = "20.00"))),
      findings: [{ cell: "F24", includes: ["应为 110.00", "20.00"] }],
    },
  ],
});
