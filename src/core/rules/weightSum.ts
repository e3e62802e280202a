// WEIGHT_SUM: 预算执行 分数 + Σ 指标分值 = 总分 分值, normally 100 (财预〔2020〕10号; seed 未来公园展厅运营项目 sums to 96).
import { Project } from "../model";
import { SUM_TOLERANCE, fmt2, roundDecimal, within } from "../numbers";
import { formTotal } from "../scoring";
import { ProjectRule, report } from "./rule";

export const WeightSumRule: ProjectRule = {
  id: "WEIGHT_SUM",
  meta: {
    severity: "error",
    corrects: true,
    fixable: true,
    docs: {
      name: { zh: "分值合计", en: "Weight total" },
      description: { zh: "分数与各指标分值之和不等于总分行的分值", en: "Budget weight plus indicator weights differ from the total row's weight" },
      rationale: {
        zh: "总分行的分值是满分，应等于预算执行的分数与各指标分值之和（通常为 100）；对不上说明漏了或多了指标。",
        en: "The total row's weight is the full mark: budget weight plus all indicator weights (normally 100); a gap means an indicator is missing or extra.",
      },
      source: { zh: "财预〔2020〕10号 自评表 总分行", en: "财预〔2020〕10号, the total row" },
      examples: {
        invalid: { zh: "10 + 各指标分值 86 = 96，总分行印 100", en: "10 + 86 = 96, total row 100" },
        valid: { zh: "10 + 各指标分值 90 = 100", en: "10 + 90 = 100" },
      },
    },
    messages: {
      wrongWeightTotal: {
        zh: "分值合计应为 {expected}（预算执行 {budget} + 指标 {indicators}），总分行为 {stated}",
        en: "The weights should add up to {expected} (budget {budget} + indicators {indicators}), the total row has {stated}",
      },
    },
  },
  check(project: Project) {
    const { totalWeight } = project;
    const budgetWeight = project.funds.total.weight;
    // A form without a budget weight (the layout has none) adds up its indicators alone.
    const budget = budgetWeight.absent ? 0 : budgetWeight.value;
    if (totalWeight.absent || totalWeight.value === null || budget === null || project.indicators.some((i) => i.weight.value === null && !i.weight.absent)) return [];
    const { indicators: indicatorSum, total: sum } = formTotal(budget, project.indicators.map((i) => i.weight.value));
    if (within(totalWeight.value, sum, SUM_TOLERANCE)) return [];
    const expected = roundDecimal(sum, 2);
    return [report(project, totalWeight, "wrongWeightTotal",
      { expected: fmt2(sum), budget: fmt2(budget), indicators: fmt2(indicatorSum), stated: fmt2(totalWeight.value) },
      { expected, actual: totalWeight.value, reads: [totalWeight.cell, ...(budgetWeight.absent ? [] : [budgetWeight.cell]), ...project.indicators.map((i) => i.weight.cell)],
        fix: { cell: totalWeight.cell, value: expected } })];
  },
};
