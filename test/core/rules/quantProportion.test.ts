import { formCells } from "../support/formCells";
import { edit, indicatorIndex, inEveryLayout, ruleTester, seedValidCases, sheet } from "../support/ruleTester";

// 002-06 未来公园展厅运营项目 indicator 2 年度完成接待任务数: ≥120(次), 70 done, 3.00 of 5.00
// (5 × 70 / 120 = 2.92 at most).
const reception = (score: string, target?: string, actual?: string) =>
  edit("002-06", (f) => {
    const ind = f.indicators[2];
    ind.score = score;
    if (target) ind.target = target;
    if (actual) ind.actual = actual;
    f.indicators[11].score = "4.00"; // 参观人数 at its proportional 15 × 800 / 3000
  });

ruleTester("QUANT_PROPORTION", "warning", {
  valid: [
    ...seedValidCases(["002-06", "001-13"]),
    { name: "exactly the proportional score, rounded (2.92)", sheets: sheet(reception("2.92")) },
    { name: "within 0.01 of the proportional score (2.9267)", sheets: sheet(reception("2.925")) },
    { name: "less than the proportional score", sheets: sheet(reception("2.00")) },
    { name: "full marks on a miss (that is TARGET_UNMET_FULL_SCORE's)", sheets: sheet(reception("5.00")) },
    { name: "a met target with points deducted", sheets: sheet(reception("4.00", "≥60(次)")) },
    { name: "above an `=` target with points deducted (000-01 as published: =42, 47 done, 8 of 10)", sheets: sheet(edit("000-01")) },
    { name: "a missed ceiling (≤) is not scored in proportion here", sheets: sheet(reception("4.50", "≤50(次)")) },
    { name: "a missed =0 is a ceiling too (REVERSE_PROPORTION's)", sheets: sheet(reception("4.50", "=0(次)")) },
  ],
  invalid: [
    ...inEveryLayout((layout) => {
      const form = reception("3.00");
      return {
        name: "3.00 for 70 of ≥120 on 分值 5",
        sheets: sheet(form, layout),
        findings: [{ cell: formCells(form, layout).indicator(2, "score"), includes: ["年度完成接待任务数", "最多得 2.92", "5.00 × 70 / 120", "表中为 3.00"], expected: 2.92, actual: 3 }],
      };
    }),
    { name: "2.93 is more than 0.01 above 2.9167 (plain G15)", sheets: sheet(reception("2.93")), findings: [{ cell: "G15" }] },
    { name: "a `>` target missed", sheets: sheet(reception("4.00", ">140(次)")), findings: [{ cell: "G15", includes: ["5.00 × 70 / 140", "2.50"] }] },
    { name: "an `=` target missed", sheets: sheet(reception("4.00", "=100(次)")), findings: [{ cell: "G15", includes: ["3.50"] }] },
    ...inEveryLayout((layout) => {
      // Real: 002-06 as published, two misses scored above proportion.
      const form = edit("002-06");
      const cells = formCells(form, layout);
      return {
        name: "002-06 as published: 年度完成接待任务数 3.00 (≤ 2.92) and 参观人数 8.00 (≤ 4.00)",
        sheets: sheet(form, layout),
        findings: [
          { cell: cells.indicator(indicatorIndex(form, "年度完成接待任务数"), "score"), includes: ["2.92", "3.00"] },
          { cell: cells.indicator(indicatorIndex(form, "参观人数"), "score"), includes: ["4.00", "15.00 × 800 / 3000", "8.00"] },
        ],
      };
    }),
    ...inEveryLayout((layout) => {
      // Real: 001-13 科协组织机构管理, 抚恤丧葬费 ≥5.00(人), 2 paid, 1.00 of 2.00 (≤ 0.80).
      const form = edit("001-13");
      return {
        name: "001-13 as published: 抚恤丧葬费 2 of ≥5, 1.00 of 2.00",
        sheets: sheet(form, layout),
        findings: [{ cell: formCells(form, layout).indicator(indicatorIndex(form, "抚恤丧葬费"), "score"), includes: ["0.80", "2.00 × 2 / 5", "1.00"] }],
      };
    }),
  ],
});
