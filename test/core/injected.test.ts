/**
 * One error injected into a seed form, in every layout the reader knows: the rule that guards
 * against it finds it there, at the cell that layout puts the field in, and nothing else of that
 * rule. A layout that lacks the block a rule reads (RULE_NEEDS) is skipped for that rule.
 */
import { strict as assert } from "assert";
import { checkGrids } from "../../src/core/check";
import { KNOWN_LAYOUTS, LayoutName, formGrid, layoutRuns } from "../fixtures/layouts";
import { SeedForm, seedForm } from "../fixtures/seedForms";
import { formCells } from "./support/formCells";

interface Injection {
  rule: string;
  what: string;
  /** The forms of the workbook, changed; default one: 000-01 with `change`. */
  forms: () => SeedForm[];
  /** The field keys the rule must report, on the last sheet. */
  fields: string[];
}

const edited = (id: string, change: (f: SeedForm) => void) => {
  const form = structuredClone(seedForm(id));
  change(form);
  return form;
};
const one = (change: (f: SeedForm) => void) => () => [edited("000-01", change)];
const indicator = (i: number, change: Partial<SeedForm["indicators"][number]>) =>
  one((f) => Object.assign(f.indicators[i], change));
/** Another 全年执行数 in the total and the part that spent it, with the rates, the budget's 得分 and the 总分 that follow. */
const spent = (id: string, executed: string, rate: string, score: string, totalScore: string) => () => [edited(id, (f) => {
  for (const row of [f.funds.total, f.funds.current]) {
    row[2] = executed;
    row[4] = rate;
  }
  f.funds.total[5] = score;
  f.totalScore = totalScore;
})];

// 000-01 科技系统领导干部能力提升培训: 478.47 / 478.47 / 475.32, 99.34, 9.93; eleven indicators.
const INJECTIONS: Injection[] = [
  { rule: "REQUIRED_FIELD", what: "an indicator's 实际完成值 left empty", forms: indicator(3, { actual: "" }), fields: ["indicators.3.actual"] },
  { rule: "FUND_SUM", what: "年度资金总额's budget 0.02 above its parts", forms: one((f) => (f.funds.total[1] = "478.49")), fields: ["funds.total.budget"] },
  { rule: "EXEC_RATE", what: "a rate that does not follow from the amounts", forms: one((f) => (f.funds.total[4] = "93.00")), fields: ["funds.total.rate"] },
  { rule: "EXEC_SCORE", what: "the budget's 得分 8.00 for 99.34 %", forms: one((f) => (f.funds.total[5] = "8.00")), fields: ["funds.total.score"] },
  { rule: "BUDGET_WEIGHT", what: "the budget weighed 12", forms: one((f) => (f.funds.total[3] = "12.00")), fields: ["funds.total.weight"] },
  {
    // One mistake, spending more than the budget, with everything that follows from it: the part that spent it, the
    // rates (104.50), the score (10.00) and 总分 (88.00). (The total alone at 500 would be FUND_SUM's, and this a symptom.)
    rule: "EXEC_OVER_BUDGET", what: "500.00 executed of 478.47",
    forms: spent("000-01", "500.00", "104.50", "10.00", "88.00"),
    fields: ["funds.total.executed"],
  },
  { rule: "LEVEL_HIERARCHY", what: "a 社会效益指标 under 产出指标", forms: indicator(7, { level2: "社会效益指标" }), fields: ["indicators.7.level2"] },
  { rule: "SCORE_RANGE", what: "6.00 of 5.00", forms: indicator(1, { score: "6.00" }), fields: ["indicators.1.score"] },
  { rule: "WEIGHT_SUM", what: "a 总分 分值 of 99", forms: one((f) => (f.totalWeight = "99.00")), fields: ["totalWeight"] },
  { rule: "TOTAL_SUM", what: "a 总分 of 12.34", forms: one((f) => (f.totalScore = "12.34")), fields: ["totalScore"] },
  { rule: "GRADE", what: "差 for 87.93", forms: one((f) => (f.grade = "差")), fields: ["grade"] },
  { rule: "DEDUCTION_REASON", what: "8.00 of 10.00 and no reason", forms: indicator(0, { reason: "" }), fields: ["indicators.0.reason"] },
  { rule: "TARGET_UNMET_FULL_SCORE", what: "60 days of ≥70 with full marks", forms: indicator(4, { actual: "60.00(天)" }), fields: ["indicators.4.score"] },
  {
    rule: "QUANT_PROPORTION", what: "120 of ≥240 scored 4.00 of 5.00",
    forms: indicator(5, { actual: "120.00(人次)", score: "4.00", reason: "参训人数减少" }), fields: ["indicators.5.score"],
  },
  { rule: "QUALITATIVE_BAND", what: "未达成 scored 12.00 of 15.00", forms: indicator(6, { actual: "未达成指标且效果较差" }), fields: ["indicators.6.score"] },
  { rule: "UNIT_MISMATCH", what: "小时 against 天", forms: indicator(1, { actual: "169.00(小时)" }), fields: ["indicators.1.actual"] },
  { rule: "UNIT_MISSING", what: "≥90.00 without its unit", forms: indicator(10, { target: "≥90.00" }), fields: ["indicators.10.target"] },
  { rule: "INDICATOR_RENAMED", what: "指标修改为… in a reason", forms: indicator(1, { reason: "指标修改为“培训总天数”" }), fields: ["indicators.1.reason"] },
  // The second set (rules.md, "what reviewers check"). 002-04 信息化运维项目: 68.59 spent of 68.59, 产出 50 · 效益 30 · 满意度 10, all at full marks.
  {
    rule: "REVERSE_PROPORTION", what: "36 hours of ≤24 scored 8.00 of 10.00 (at most 5.00)",
    forms: () => [edited("002-04", (f) => {
      Object.assign(f.indicators[4], { actual: "36.00(小时)", score: "8.00", reason: "高峰期响应延迟" });
      f.totalScore = "98.00";
    })],
    fields: ["indicators.4.score"],
  },
  { rule: "OVER_TARGET_FULL_SCORE", what: "300 of ≥240 with full marks", forms: indicator(5, { actual: "300.00(人次)" }), fields: ["indicators.5.score"] },
  { rule: "ACTUAL_NOT_MEASURED", what: "已完成 for ≥70 days", forms: indicator(4, { actual: "已完成" }), fields: ["indicators.4.actual"] },
  {
    rule: "LOW_EXEC_FULL_MARKS", what: "34.30 spent of 68.59 (50.01 %) with every indicator at full marks",
    forms: spent("002-04", "34.30", "50.01", "5.00", "95.00"),
    fields: ["funds.total.rate"],
  },
  {
    rule: "PLACEHOLDER_TEXT", what: "实施单位 XX单位 and a 三级指标 某某指标",
    forms: one((f) => {
      f.implementer = "XX单位";
      f.indicators[1].name = "某某指标";
    }),
    fields: ["implementer", "indicators.1.name"],
  },
  {
    rule: "MISSING_LEVEL1", what: "the 效益指标 rows filed under 产出指标",
    forms: one((f) => f.indicators.slice(8, 10).forEach((ind) => Object.assign(ind, { level1: "产出指标", level2: "质量指标" }))),
    fields: ["indicators.0.level1"],
  },
  {
    rule: "STATED_WEIGHT", what: "产出指标(50分) over 65",
    forms: one((f) => f.indicators.slice(0, 8).forEach((ind) => (ind.level1 = "产出指标(50分)"))),
    fields: ["indicators.0.level1"],
  },
  {
    rule: "LEVEL1_WEIGHTS", what: "5 points moved from 产出 to 效益 (45 · 35 · 10)",
    forms: () => [edited("002-04", (f) => {
      Object.assign(f.indicators[0], { weight: "5.00", score: "5.00" });
      Object.assign(f.indicators[6], { weight: "35.00", score: "35.00" });
    })],
    fields: ["indicators.0.weight", "indicators.6.weight"],
  },
  { rule: "DUPLICATE_PROJECT", what: "the same project twice", forms: () => [seedForm("000-01"), seedForm("000-01")], fields: ["name"] },
  {
    rule: "YEAR_MISMATCH", what: "one sheet of 2023 among 2024's",
    forms: () => [seedForm("000-02"), seedForm("000-03"), edited("000-01", (f) => (f.yearLine = "(2023年度)"))], fields: ["year"],
  },
];

describe("errors injected into the seed forms, in every layout the reader knows", () => {
  for (const injection of INJECTIONS) {
    describe(`${injection.rule}: ${injection.what}`, () => {
      for (const { name: layout } of KNOWN_LAYOUTS) {
        if (!layoutRuns(layout, injection.rule)) continue;
        it(`is found in the ${layout} layout`, () => assertFound(injection, layout));
      }
    });
  }
  it("leaves each rule at least one province layout to run in, but GRADE (no specimen prints 评分等级)", () => {
    const inProvinces = INJECTIONS.filter((i) => KNOWN_LAYOUTS.some((l) => l.from !== "上海" && layoutRuns(l.name, i.rule)));
    assert.deepEqual(INJECTIONS.filter((i) => !inProvinces.includes(i)).map((i) => i.rule), ["GRADE"]);
  });
});

function assertFound(injection: Injection, layout: LayoutName): void {
  const forms = injection.forms();
  const grids = forms.map((f, i) => formGrid(f, layout, `表${i + 1}`));
  const found = checkGrids(grids).findings.filter((f) => f.rule === injection.rule);
  const last = forms[forms.length - 1];
  const cells = formCells(last, layout);
  assert.deepEqual(
    found.map((f) => `${f.sheet}!${f.cell}`),
    injection.fields.map((key) => `表${forms.length}!${cells.field(key)}`),
    found.map((f) => f.message).join("\n"),
  );
}
