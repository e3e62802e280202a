import { formGrid } from "../../fixtures/layouts";
import { formCells } from "../support/formCells";
import { edit, inEveryLayout, ruleTester, seedValidCases, setCell, sheet } from "../support/ruleTester";

// 001-01 信息化运维项目: 48.30 budget, 45.99 executed, printed 95.21 (95.217… truncated).
const rateOf = (id: string, row: "total" | "current" | "carryover" | "other", rate: string) =>
  edit(id, (f) => (f.funds[row][4] = rate));

ruleTester("EXEC_RATE", "error", {
  valid: [
    ...seedValidCases(),
    ...inEveryLayout((layout) => ({
      name: "the rounded rate 95.22 where the form truncates to 95.21",
      sheets: sheet(rateOf("001-01", "total", "95.22"), layout),
    })),
    {
      name: "budget 0, executed 0 and rate 0 in the parts (offset: a 0.00% cell)",
      sheets: sheet(edit("000-06"), "offset"),
    },
    {
      name: "a percentage cell holding the fraction 0.9934 in a plain sheet",
      sheets: () => {
        const form = edit("000-01");
        return [setCell(formGrid(form), formCells(form).funds("total", "rate"), 0.9934, "0.00%")];
      },
    },
  ],
  invalid: [
    ...inEveryLayout((layout) => {
      const form = rateOf("001-01", "total", "93.00");
      return {
        name: "a 年度资金总额 rate that does not follow from 45.99 / 48.30",
        sheets: sheet(form, layout),
        findings: [{
          cell: formCells(form, layout).funds("total", "rate"),
          includes: ["年度资金总额", "执行率应为 95.22", "45.99 / 48.30 × 100", "表中为 93.00"],
          expected: 95.22,
          actual: 93,
        }],
      };
    }),
    ...inEveryLayout((layout) => {
      const form = rateOf("001-01", "current", "95.19");
      return {
        name: "a part's rate 0.02 off (当年财政拨款)",
        sheets: sheet(form, layout),
        findings: [{ cell: formCells(form, layout).funds("current", "rate"), includes: ["当年财政拨款", "95.22", "95.19"] }],
      };
    }),
    ...inEveryLayout((layout) => {
      const form = rateOf("000-01", "carryover", "5.00");
      return {
        name: "budget 0 but a rate other than 0 (上年结转资金)",
        sheets: sheet(form, layout),
        findings: [{ cell: formCells(form, layout).funds("carryover", "rate"), includes: ["上年结转资金", "应为 0.00", "全年预算数为 0", "表中为 5.00"], expected: 0, actual: 5 }],
      };
    }),
    ...inEveryLayout((layout) => {
      const form = edit("000-01", (f) => (f.funds.other[2] = "3.00"));
      return {
        name: "budget 0 but something executed (其他资金)",
        sheets: sheet(form, layout),
        findings: [{ cell: formCells(form, layout).funds("other", "rate"), includes: ["其他资金", "全年预算数为 0", "3.00"] }],
      };
    }),
    {
      name: "a percentage cell holding 99.34 (shown 9934.00%) reads as 9934",
      sheets: () => {
        const form = edit("000-01");
        return [setCell(formGrid(form, "offset"), formCells(form, "offset").funds("total", "rate"), 99.34, "0.00%")];
      },
      findings: [{ cell: "I10", includes: ["99.34", "9934.00"] }],
    },
    {
      name: "two rows wrong: top to bottom (plain G6, G7)",
      sheets: sheet(edit("001-01", (f) => { f.funds.total[4] = "90.00"; f.funds.current[4] = "90.00"; })),
      findings: [{ cell: "G6" }, { cell: "G7" }],
    },
  ],
});
