import { formCells } from "../support/formCells";
import { edit, inEveryLayout, ruleTester, seedValidCases, sheet } from "../support/ruleTester";

// 003-01 绿色技术银行综合管理与运行: 执行率 96.05, 分数 10.00, printed 得分 9.60 (9.605 truncated).
const scored = (score: string, change: (f: ReturnType<typeof edit>) => void = () => {}) =>
  edit("003-01", (f) => {
    f.funds.total[5] = score;
    change(f);
  });

ruleTester("EXEC_SCORE", "error", {
  valid: [
    ...seedValidCases(),
    ...inEveryLayout((layout) => ({ name: "96.05% → 9.60, truncated (as printed)", sheets: sheet(scored("9.60"), layout) })),
    ...inEveryLayout((layout) => ({ name: "96.05% → 9.61, rounded half-up on the decimal value", sheets: sheet(scored("9.61"), layout) })),
    {
      name: "a rate above 100 scores the full 分数",
      sheets: sheet(edit("000-01", (f) => { f.funds.total[4] = "104.00"; f.funds.total[5] = "10.00"; })),
    },
    {
      name: "a score that follows the exact rate, not the printed one (002-05 truncates 14.797 to 14.79)",
      sheets: sheet(edit("002-05", (f) => (f.funds.total[5] = "1.48"))),
    },
    {
      name: "a 分数 of 8 scales the score (96.05% × 8 = 7.684)",
      sheets: sheet(scored("7.68", (f) => (f.funds.total[3] = "8.00"))),
    },
  ],
  invalid: [
    ...inEveryLayout((layout) => {
      const form = scored("9.58");
      return {
        name: "96.05% × 10 printed as 9.58",
        sheets: sheet(form, layout),
        findings: [{ cell: formCells(form, layout).funds("total", "score"), includes: ["96.05", "10.00", "表中为 9.58"], actual: 9.58 }],
      };
    }),
    {
      // 497.61 / 478.47 = 104.0002 %, in 年度资金总额 and 当年财政拨款 alike (so that FUND_SUM and EXEC_RATE pass).
      name: "a score that forgets the 100 cap (104% → 10.40; plain H6)",
      sheets: sheet(edit("000-01", (f) => {
        for (const row of [f.funds.total, f.funds.current]) { row[2] = "497.61"; row[4] = "104.00"; }
        f.funds.total[5] = "10.40";
      })),
      findings: [{ cell: "H6", includes: ["应为 10.00", "min(104.00, 100)", "表中为 10.40"], expected: 10, actual: 10.4 }],
    },
    {
      name: "the score copied from the rate (99.34 instead of 9.93)",
      sheets: sheet(edit("000-01", (f) => (f.funds.total[5] = "99.34"))),
      findings: [{ cell: "H6", includes: ["应为 9.93", "99.34"] }],
    },
  ],
});
