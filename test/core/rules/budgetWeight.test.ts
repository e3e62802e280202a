import { formCells } from "../support/formCells";
import { edit, inEveryLayout, ruleTester, seedValidCases, sheet } from "../support/ruleTester";

ruleTester("BUDGET_WEIGHT", "warning", {
  valid: [
    ...seedValidCases(),
    { name: "10 written without decimals", sheets: sheet(edit("000-01", (f) => (f.funds.total[3] = "10"))) },
  ],
  invalid: [
    ...inEveryLayout((layout) => {
      const form = edit("000-01", (f) => (f.funds.total[3] = "8.00"));
      return {
        name: "a 分数 of 8",
        sheets: sheet(form, layout),
        findings: [{ cell: formCells(form, layout).funds("total", "weight"), includes: ["10", "表中为 8.00"], expected: 10, actual: 8 }],
      };
    }),
    {
      name: "a 分数 left empty or printed as - (the rule that computes with it reports it)",
      sheets: sheet(edit("001-01", (f) => (f.funds.total[3] = "-"))),
      findings: [{ cell: "F6", includes: ["通常为 10", "表中为 “-”"] }],
    },
    {
      name: "a 分数 of 20 (plain F6)",
      sheets: sheet(edit("001-01", (f) => (f.funds.total[3] = "20.00"))),
      findings: [{ cell: "F6", includes: ["20.00"] }],
    },
  ],
});
