import { formCells } from "../support/formCells";
import { edit, inEveryLayout, ruleTester, seedValidCases, sheet } from "../support/ruleTester";

ruleTester("EXEC_OVER_BUDGET", "warning", {
  valid: [
    ...seedValidCases(),
    { name: "executed equal to the budget (000-02, 50.00 of 50.00)", sheets: sheet(edit("000-02")) },
    {
      // 001-10: 全年预算数 100.00, executed 99.00; a 年初预算数 of 90.00 is below that, and does not count.
      name: "executed above the 年初预算数 but within the 全年预算数",
      sheets: sheet(edit("001-10", (f) => (f.funds.total[0] = "90.00"))),
    },
  ],
  invalid: [
    ...inEveryLayout((layout) => {
      const form = edit("000-01", (f) => { f.funds.total[2] = "480.00"; f.funds.current[2] = "480.00"; });
      return {
        name: "480.00 executed of a 478.47 budget",
        sheets: sheet(form, layout),
        findings: [{ cell: formCells(form, layout).funds("total", "executed"), includes: ["480.00", "478.47"], expected: 478.47, actual: 480 }],
      };
    }),
    {
      name: "one cent over (plain E6)",
      sheets: sheet(edit("000-02", (f) => (f.funds.total[2] = "50.01"))),
      findings: [{ cell: "E6", includes: ["50.01", "50.00"] }],
    },
  ],
});
