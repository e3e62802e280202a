// EXEC_OVER_BUDGET: spending more than the year's budget needs an explanation (rules.md).
import { Project } from "../model";
import { FLOAT_NOISE, fmt2 } from "../numbers";
import { ProjectRule, known, report } from "./rule";

export const ExecOverBudgetRule: ProjectRule = {
  id: "EXEC_OVER_BUDGET",
  meta: {
    severity: "warning",
    docs: {
      name: { zh: "超预算执行", en: "Over budget" },
      description: { zh: "全年执行数超过全年预算数", en: "More was executed than the full-year budget" },
      rationale: {
        zh: "执行数超过调整后的全年预算，要么金额填错，要么需要说明资金来源；执行率得分按 100% 封顶。",
        en: "Spending above the adjusted budget is either a wrong amount or needs its source explained; the score is capped at 100 %.",
      },
      source: { zh: "复核做法：执行数不应超过全年预算数", en: "Review practice: execution should not exceed the full-year budget" },
      examples: {
        invalid: { zh: "全年预算数 48.30，全年执行数 50.00", en: "Budget 48.30, executed 50.00" },
        valid: { zh: "全年执行数 45.99", en: "Executed 45.99" },
      },
    },
    messages: {
      overBudget: { zh: "全年执行数 {executed} 超过全年预算数 {budget}", en: "Executed {executed} exceeds the full-year budget {budget}" },
    },
  },
  check(project: Project) {
    const { budget, executed } = project.funds.total;
    if (!known(budget, executed) || executed.value! <= budget.value! + FLOAT_NOISE) return [];
    return [report(project, executed, "overBudget", { executed: fmt2(executed.value!), budget: fmt2(budget.value!) },
      { expected: budget.value!, actual: executed.value, related: [budget.cell] })];
  },
};
