import { formCells } from "../support/formCells";
import { edit, inEveryLayout, ruleTester, seedValidCases, sheet } from "../support/ruleTester";

// 000-01 indicator 1 科技系统领导干部能力提升培训天数: 分值 5.00, 得分 5.00.
const scored = (score: string) => edit("000-01", (f) => (f.indicators[1].score = score));

ruleTester("SCORE_RANGE", "error", {
  valid: [
    ...seedValidCases(),
    { name: "得分 0", sheets: sheet(scored("0.00")) },
    { name: "得分 equal to 分值", sheets: sheet(scored("5.00")) },
  ],
  invalid: [
    ...inEveryLayout((layout) => {
      const form = scored("6.00");
      return {
        name: "得分 6.00 of 分值 5.00",
        sheets: sheet(form, layout),
        findings: [{ cell: formCells(form, layout).indicator(1, "score"), includes: ["科技系统领导干部能力提升培训天数", "6.00", "5.00"], expected: 5, actual: 6 }],
      };
    }),
    ...inEveryLayout((layout) => {
      const form = scored("-1.00");
      return {
        name: "a negative 得分",
        sheets: sheet(form, layout),
        findings: [{ cell: formCells(form, layout).indicator(1, "score"), includes: ["-1.00", "5.00"], expected: 0, actual: -1 }],
      };
    }),
    {
      name: "得分 5.01 of 5.00 (plain G14)",
      sheets: sheet(scored("5.01")),
      findings: [{ cell: "G14", includes: ["5.01"] }],
    },
  ],
});
