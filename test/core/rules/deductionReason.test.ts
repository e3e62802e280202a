import { formCells } from "../support/formCells";
import { edit, indicatorIndex, inEveryLayout, ruleTester, seedValidCases, sheet } from "../support/ruleTester";

// 000-01 indicator 0 科技系统领导干部能力提升培训期数: 8.00 of 10.00, with a reason.
const reasoned = (reason: string) => edit("000-01", (f) => (f.indicators[0].reason = reason));
const PLACEHOLDERS = ["", "无", "/", "-", "—"];
const REAL = ["000-02", "000-03", "000-04", "000-05", "000-06", "000-07", "003-06"];

ruleTester("DEDUCTION_REASON", "warning", {
  valid: [
    ...seedValidCases(REAL),
    { name: "a deduction with a reason (000-01 as published)", sheets: sheet(edit("000-01")) },
    { name: "full marks and no reason", sheets: sheet(edit("000-01", (f) => (f.indicators[1].reason = "无"))) },
    { name: "a short real reason", sheets: sheet(reasoned("无资料")) },
  ],
  invalid: [
    ...PLACEHOLDERS.flatMap((reason) =>
      inEveryLayout((layout) => {
        const form = reasoned(reason);
        return {
          name: `a deduction with the reason “${reason}”`,
          sheets: sheet(form, layout),
          findings: [{
            cell: formCells(form, layout).indicator(0, "reason"),
            includes: ["科技系统领导干部能力提升培训期数", "扣分 2.00", "8.00 / 10.00", reason === "" ? "未填写原因" : `“${reason}”`],
          }],
        };
      }),
    ),
    ...inEveryLayout((layout) => {
      // Real: 003-06 时效性 scores 9.00 of 10.00 and no reason is printed.
      const form = edit("003-06");
      return {
        name: "003-06 as published: 时效性 9.00 of 10.00 without a reason",
        sheets: sheet(form, layout),
        findings: [{ cell: formCells(form, layout).indicator(indicatorIndex(form, "时效性"), "reason"), includes: ["时效性", "扣分 1.00"] }],
      };
    }),
  ],
});
