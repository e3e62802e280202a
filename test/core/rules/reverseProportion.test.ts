import { formCells } from "../support/formCells";
import { edit, inEveryLayout, ruleTester, seedValidCases, sheet } from "../support/ruleTester";

// 002-03 信息化建设项目: 2 更新响应 ≤24.00(小时), 12.00 done, 15.00 of 15.00; 3 故障重复发生率 ≤5.00(%).
// 002-01 机关服务: 5 交通事故发生率 =0(%), 0.00(%) done, 10.00 of 10.00.
const response = (actual: string, score: string) => edit("002-03", (f) => { f.indicators[2].actual = actual; f.indicators[2].score = score; });
const accidents = (actual: string, score: string) => edit("002-01", (f) => { f.indicators[5].actual = actual; f.indicators[5].score = score; });

ruleTester("REVERSE_PROPORTION", "warning", {
  valid: [
    ...seedValidCases(),
    ...inEveryLayout((layout) => ({ name: "36 hours against ≤24 scoring 15 × (1 − 12/24) = 7.50", sheets: sheet(response("36.00(小时)", "7.50"), layout) })),
    { name: "a score below the cap (5 of 15 at 36 hours)", sheets: sheet(response("36.00(小时)", "5.00")) },
    { name: "twice the target scores 0 (48 hours, 0.00)", sheets: sheet(response("48.00(小时)", "0.00")) },
    { name: "met: 20 hours against ≤24 with a deduction (a judgement, not this rule)", sheets: sheet(response("20.00(小时)", "12.00")) },
    { name: "missed with full marks is TARGET_UNMET_FULL_SCORE's, not this rule's", sheets: sheet(response("36.00(小时)", "15.00")) },
    { name: "an accident against =0 scoring 0", sheets: sheet(accidents("1.00(%)", "0.00")) },
    { name: "an upward target missed is QUANT_PROPORTION's", sheets: sheet(edit("002-03", (f) => { f.indicators[0].actual = "4.00(个)"; f.indicators[0].score = "19.00"; })) },
  ],
  invalid: [
    ...inEveryLayout((layout) => {
      const form = response("36.00(小时)", "12.00");
      return {
        name: "36 hours against ≤24 scoring 12 of 15 (at most 7.50)",
        sheets: sheet(form, layout),
        findings: [{
          cell: formCells(form, layout).indicator(2, "score"),
          includes: ["更新响应", "最多得 7.50", "15.00 × (1 − (36 − 24) / 24)", "表中为 12.00"],
          expected: 7.5,
          actual: 12,
        }],
      };
    }),
    ...inEveryLayout((layout) => {
      const form = accidents("1.00(%)", "8.00");
      return {
        name: "an accident against =0 still scoring 8 of 10",
        sheets: sheet(form, layout),
        findings: [{ cell: formCells(form, layout).indicator(5, "score"), includes: ["交通事故发生率", "应得 0 分", "表中为 8.00"], expected: 0, actual: 8 }],
      };
    }),
    {
      name: "< is missed at the target itself only when the score exceeds the cap (plain: 6 of 30 at 10%, ≤5)",
      sheets: sheet(edit("002-03", (f) => { f.indicators[3].actual = "7.00(%)"; f.indicators[3].score = "20.00"; })),
      findings: [{ cell: "G16", includes: ["故障重复发生率", "最多得 18.00"], expected: 18 }],
    },
  ],
});
