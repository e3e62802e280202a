// TOTAL_SUM: 总分 = 预算执行得分 + Σ 指标得分 (财预〔2020〕10号 自评表).
import { Project } from "../model";
import { SUM_TOLERANCE, fmt2, roundDecimal, within } from "../numbers";
import { formTotal } from "../scoring";
import { ProjectRule, report, stated } from "./rule";

export const TotalSumRule: ProjectRule = {
  id: "TOTAL_SUM",
  meta: {
    severity: "error",
    corrects: true,
    fixable: true,
    docs: {
      name: { zh: "总分合计", en: "Total score" },
      description: { zh: "总分不等于预算执行得分与各指标得分之和", en: "The total score is not the budget score plus the indicator scores" },
      rationale: {
        zh: "总分决定评分等级，必须是预算执行得分与各指标得分之和。",
        en: "The total decides the grade; it must be the budget execution score plus every indicator's score.",
      },
      source: { zh: "财预〔2020〕10号 自评表 总分行", en: "财预〔2020〕10号, the total row" },
      examples: {
        invalid: { zh: "9.27 + 指标得分 72.00 = 81.27，总分印 85.27", en: "9.27 + 72.00 = 81.27, total 85.27" },
        valid: { zh: "总分 81.27", en: "Total 81.27" },
      },
    },
    messages: {
      wrongTotal: {
        zh: "总分应为 {expected}（预算执行 {budget} + 指标 {indicators}），表中为 {stated}",
        en: "The total should be {expected} (budget {budget} + indicators {indicators}), the sheet has {stated}",
      },
    },
  },
  check(project: Project) {
    const { totalScore } = project;
    const budgetScore = project.funds.total.score;
    // A form without a budget score (the layout has none) adds up its indicators alone.
    const budget = budgetScore.absent ? 0 : budgetScore.value;
    // An empty 总分 where every part is there is a wrong 总分 too.
    if (totalScore.absent || totalScore.uncalculated || budget === null || project.indicators.some((i) => i.score.value === null && !i.score.absent)) return [];
    const { indicators: indicatorSum, total: sum } = formTotal(budget, project.indicators.map((i) => i.score.value));
    if (totalScore.value !== null && within(totalScore.value, sum, SUM_TOLERANCE)) return [];
    const expected = roundDecimal(sum, 2);
    return [report(project, totalScore, "wrongTotal",
      { expected: fmt2(sum), budget: fmt2(budget), indicators: fmt2(indicatorSum), stated: stated(totalScore) },
      { expected, actual: totalScore.value, related: budgetScore.absent ? [] : [budgetScore.cell],
        reads: [totalScore.cell, ...(budgetScore.absent ? [] : [budgetScore.cell]), ...project.indicators.map((i) => i.score.cell)],
        fix: { cell: totalScore.cell, value: expected } })];
  },
};
