import { strict as assert } from "assert";
import { checkGrids } from "../../../src/core/check";
import { resolveConfig } from "../../../src/core/config";
import { seedSheets, specGrid } from "../../fixtures/layouts";
import { seedForms } from "../../fixtures/seedForms";
import { formCells } from "../support/formCells";
import { edit, inEveryLayout, ruleTester, sheet } from "../support/ruleTester";

// 002-01 机关服务: 1 日均餐饮伙食供应人数 ≥250(人), 300 done (1.2 times), 5.00 of 5.00;
// 2 对辅助人员的工作考核次数 ≥2(次), 2 done.
const meals = (actual: string, score = "5.00") => edit("002-01", (f) => { f.indicators[1].actual = actual; f.indicators[1].score = score; });

ruleTester("OVER_TARGET_FULL_SCORE", "info", {
  valid: [
    ...inEveryLayout((layout) => ({ name: "1.19 times the target with full marks", sheets: sheet(meals("297.00(人)"), layout) })),
    { name: "twice the target without full marks (the review deducted already)", sheets: sheet(meals("500.00(人)", "4.00")) },
    { name: "twice the target in another unit (UNIT_MISMATCH's)", sheets: sheet(meals("500.00(次)")) },
    { name: "a downward target far under its ceiling (≤24 hours, 12 done)", sheets: sheet(edit("002-03")) },
    { name: "=0 met at 0 (002-01's 事故发生率, its 300-of-250 row scored 4)", sheets: sheet(meals("300.00(人)", "4.00")) },
  ],
  invalid: [
    ...inEveryLayout((layout) => {
      const form = meals("300.00(人)");
      return {
        name: "1.2 times the target with full marks (the seed as printed)",
        sheets: sheet(form, layout),
        findings: [{ cell: formCells(form, layout).indicator(1, "score"), includes: ["日均餐饮伙食供应人数", "300", "1.20 倍", "≥250(人)"] }],
      };
    }),
    {
      name: "three times a target of 2 (plain G15, next to G14)",
      sheets: sheet(edit("002-01", (f) => (f.indicators[2].actual = "6.00(次)"))),
      findings: [{ cell: "G14", includes: ["日均餐饮伙食供应人数"] }, { cell: "G15", includes: ["3.00 倍"] }],
    },
  ],
});

describe("OVER_TARGET_FULL_SCORE on the seeds", () => {
  it("finds the 39 rows rules.md counts, and with ratio 2 only those at twice the target or more", () => {
    const grids = () => seedSheets(seedForms()).map(specGrid);
    const rows = (ratio?: number) => {
      const config = ratio === undefined ? undefined : resolveConfig([{ rules: { OVER_TARGET_FULL_SCORE: ["info", { ratio }] } }]);
      return checkGrids(grids(), {}, { config }).findings.filter((f) => f.rule === "OVER_TARGET_FULL_SCORE");
    };
    assert.equal(rows().length, 39);
    const twice = rows(2);
    assert.ok(twice.length > 0 && twice.length < 39, String(twice.length));
    assert.ok(twice.every((f) => Number(/是指标值 .* 的 ([\d.]+) 倍/.exec(f.message)![1]) >= 2), twice.map((f) => f.message).join("\n"));
  });
});
