import { AMOUNT_COLUMNS } from "../../../src/core/model";
import { formCells } from "../support/formCells";
import { edit, inEveryLayout, ruleTester, seedValidCases, sheet } from "../support/ruleTester";

const COLUMN = { initial: 0, budget: 1, executed: 2 } as const;
const NAME = { initial: "年初预算数", budget: "全年预算数", executed: "全年执行数" } as const;

ruleTester("FUND_SUM", "error", {
  valid: [
    ...seedValidCases(),
    ...AMOUNT_COLUMNS.map((column) => ({
      // 000-01: 478.47 / 478.47 / 475.32, all of it 当年财政拨款.
      name: `a 年度资金总额 ${NAME[column]} 0.01 above the sum of its parts (tolerance 0.011)`,
      sheets: sheet(edit("000-01", (f) => (f.funds.total[COLUMN[column]] = (Number(f.funds.total[COLUMN[column]]) + 0.01).toFixed(2)))),
    })),
    {
      name: "a total split over all three parts",
      sheets: sheet(edit("000-01", (f) => {
        f.funds.current[0] = "400.00";
        f.funds.carryover[0] = "50.00";
        f.funds.other[0] = "28.47";
      })),
    },
    ...inEveryLayout((layout) => ({
      // 000-06: everything is 其他资金 2,270.22 (text with a thousands separator in the offset layout).
      name: "amounts with thousands separators, 0.01 below the parts",
      sheets: sheet(edit("000-06", (f) => (f.funds.other[1] = "2,270.23")), layout),
    })),
  ],
  invalid: [
    ...AMOUNT_COLUMNS.flatMap((column) =>
      inEveryLayout((layout) => {
        const form = edit("000-01", (f) => (f.funds.total[COLUMN[column]] = (Number(f.funds.total[COLUMN[column]]) + 0.02).toFixed(2)));
        const sum = seedSum(column);
        return {
          name: `a 年度资金总额 ${NAME[column]} 0.02 above the sum of its parts`,
          sheets: sheet(form, layout),
          findings: [{
            cell: formCells(form, layout).funds("total", column),
            includes: [NAME[column], `应为 ${sum}`, `表中为 ${(Number(sum) + 0.02).toFixed(2)}`],
            expected: Number(sum),
            actual: Number(sum) + 0.02,
          }],
        };
      }),
    ),
    {
      name: "a part changed: 上年结转资金 全年执行数 0.02 (plain: the total's 全年执行数 is E6)",
      sheets: sheet(edit("000-01", (f) => (f.funds.carryover[2] = "0.02"))),
      findings: [{ cell: "E6", includes: ["全年执行数", "应为 475.34", "475.32 + 0.02 + 0.00", "表中为 475.32"] }],
    },
    ...inEveryLayout((layout) => {
      const form = edit("000-06", (f) => (f.funds.total[0] = "2,370.22"));
      return {
        name: "a thousands-separated total 100 off",
        sheets: sheet(form, layout),
        findings: [{ cell: formCells(form, layout).funds("total", "initial"), includes: ["应为 2270.22", "表中为 2370.22"] }],
      };
    }),
    {
      name: "all three columns wrong: three findings, left to right (plain C6, D6, E6)",
      sheets: sheet(edit("000-01", (f) => (f.funds.other = ["1.00", "1.00", "1.00", "-", "100.00", "-"]))),
      findings: [{ cell: "C6" }, { cell: "D6" }, { cell: "E6" }],
    },
  ],
});

function seedSum(column: keyof typeof COLUMN): string {
  const f = edit("000-01");
  return [f.funds.current, f.funds.carryover, f.funds.other].reduce((s, line) => s + Number(line[COLUMN[column]]), 0).toFixed(2);
}
