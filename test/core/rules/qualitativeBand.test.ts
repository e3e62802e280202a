import { formCells } from "../support/formCells";
import { edit, inEveryLayout, ruleTester, seedValidCases, sheet } from "../support/ruleTester";

// 000-01 indicator 7 培训进展及时性: 及时完成, 达成指标, 12.00 of 15.00; here given 分值 10 (or 1).
const rated = (actual: string, score: string, weight = "10.00") =>
  edit("000-01", (f) => Object.assign(f.indicators[7], { actual, score, weight }));

const A = "达成指标";
const P = "部分达成指标并具有一定效果";
const N = "未达成指标且效果较差";

ruleTester("QUALITATIVE_BAND", "warning", {
  valid: [
    ...seedValidCases(),
    // Bounds are inclusive: 达成 [80 %, 100 %], 部分达成 [60 %, 80 %], 未达成 [0, 60 %].
    ...([[A, "10.00"], [A, "8.00"], [P, "8.00"], [P, "6.00"], [N, "6.00"], [N, "0.00"]] as const).map(([actual, score]) => ({
      name: `${actual} with ${score} of 10`,
      sheets: sheet(rated(actual, score)),
    })),
    // Tolerance 0.005 (of 分值 1, so the same on the share and on the score).
    { name: "达成指标 0.796 of 1 (0.004 below 80 %)", sheets: sheet(rated(A, "0.796", "1.00")) },
    { name: "部分达成 0.804 of 1 (0.004 above 80 %)", sheets: sheet(rated(P, "0.804", "1.00")) },
    { name: "未达成 0.604 of 1 (0.004 above 60 %)", sheets: sheet(rated(N, "0.604", "1.00")) },
    { name: "a quantitative actual is not banded", sheets: sheet(rated("90.00(%)", "5.00")) },
    { name: "达成年度指标 with 9.00 of 10", sheets: sheet(rated("达成年度指标", "9.00")) },
  ],
  invalid: [
    ...inEveryLayout((layout) => {
      const form = rated(A, "7.00");
      return {
        name: "达成指标 with 7.00 of 10",
        sheets: sheet(form, layout),
        findings: [{ cell: formCells(form, layout).indicator(7, "score"), includes: ["培训进展及时性", A, "8.00 到 10.00", "表中为 7.00"], expected: 8, actual: 7 }],
      };
    }),
    ...inEveryLayout((layout) => {
      const form = rated(P, "9.00");
      return {
        name: "部分达成 with 9.00 of 10",
        sheets: sheet(form, layout),
        findings: [{ cell: formCells(form, layout).indicator(7, "score"), includes: [P, "6.00 到 8.00", "9.00"], expected: 8, actual: 9 }],
      };
    }),
    { name: "部分达成 with 5.90 of 10 (plain G20)", sheets: sheet(rated(P, "5.90")), findings: [{ cell: "G20", includes: ["5.90"], expected: 6 }] },
    { name: "未达成 with 6.10 of 10", sheets: sheet(rated(N, "6.10")), findings: [{ cell: "G20", includes: ["0.00 到 6.00", "6.10"] }] },
    // The phrases with 年度 or 预期 are the same levels (rules.md, changes to the first set).
    ...([["达成年度指标", A, "7.00"], ["达成预期指标", A, "7.00"], ["部分达成年度指标并具有一定效果", P, "9.00"], ["未达成预期指标且效果较差", N, "7.00"]] as const).map(([written, level, score]) => ({
      name: `${written} read as ${level}, ${score} of 10 (plain G20)`,
      sheets: sheet(rated(written, score)),
      findings: [{ cell: "G20", includes: [`“${level}”`, score] }],
    })),
    { name: "达成指标 0.794 of 1 (0.006 below 80 %)", sheets: sheet(rated(A, "0.794", "1.00")), findings: [{ cell: "G20" }] },
    { name: "部分达成 0.806 of 1 (0.006 above 80 %)", sheets: sheet(rated(P, "0.806", "1.00")), findings: [{ cell: "G20" }] },
  ],
});
