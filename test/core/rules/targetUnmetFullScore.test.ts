import { LayoutName } from "../../fixtures/layouts";
import { formCells } from "../support/formCells";
import { edit, inEveryLayout, ruleTester, seedValidCases, sheet } from "../support/ruleTester";

// 000-01 indicator 0 (培训期数, =42.00(期), 47 actual, 8.00 of 10.00) given a new target and full marks.
const full = (target: string, actual: string, score = "10.00") =>
  edit("000-01", (f) => Object.assign(f.indicators[0], { target, actual, weight: "10.00", score }));

// Each operator's miss, as rules.md defines it: ≥ actual < target; > actual ≤ target;
// = actual < target; ≤ actual > target; < actual ≥ target.
const MISSES: [string, string, string][] = [
  ["≥90.00(%)", "89.99(%)", "89.99"],
  [">90.00(%)", "90.00(%)", "90"],
  ["=100.00(%)", "99.00(%)", "99"],
  ["≤48(小时)", "49.00(小时)", "49"],
  ["<2.00(秒)", "2.00(秒)", "2"],
  ["=0(起)", "1.00(起)", "1"], // =0 is a ceiling (accidents): above it is a miss (rules.md, changes to the first set)
];
const MET: [string, string][] = [
  ["≥90.00(%)", "90.00(%)"],
  [">90.00(%)", "90.01(%)"],
  ["=100.00(%)", "100.00(%)"],
  ["=42.00(期)", "47.00(期)"], // above an `=` target: over-achievement, not a miss
  ["≤48(小时)", "48.00(小时)"],
  ["<2.00(秒)", "1.99(秒)"],
  ["=0(起)", "0.00(起)"],
];

ruleTester("TARGET_UNMET_FULL_SCORE", "warning", {
  valid: [
    ...seedValidCases(),
    ...MET.map(([target, actual]) => ({ name: `${target} with ${actual}, full marks`, sheets: sheet(full(target, actual)) })),
    { name: "a missed target with points deducted", sheets: sheet(full("≥90.00(%)", "80.00(%)", "8.89")) },
    { name: "a qualitative target with full marks", sheets: sheet(full("及时", "达成指标")) },
  ],
  invalid: [
    ...MISSES.flatMap(([target, actual, shown]) =>
      inEveryLayout((layout: LayoutName) => {
        const form = full(target, actual);
        return {
          name: `${target} missed by ${actual}, full marks`,
          sheets: sheet(form, layout),
          findings: [{ cell: formCells(form, layout).indicator(0, "score"), includes: ["科技系统领导干部能力提升培训期数", `实际 ${shown}`, "满分 10.00"] }],
        };
      }),
    ),
    {
      // The wide layout types `>=1850.00（人次）`; its 得分 column is I (B2 origin, 三级指标 over two columns).
      name: "an operator typed as >= with full-width brackets (wide I14)",
      sheets: sheet(full("≥1850.00(人次)", "1800.00(人次)"), "wide"),
      findings: [{ cell: "I14", includes: ["≥1850", "1800"] }],
    },
  ],
});
