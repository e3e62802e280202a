// EXEC_OVER_BUDGET: spending more than the year's budget needs an explanation (rules.md).
import { Project } from "../model";
import { FLOAT_NOISE, fmt2 } from "../numbers";
import { ProjectRule, finding, known } from "./rule";

export const ExecOverBudgetRule: ProjectRule = {
  id: "EXEC_OVER_BUDGET",
  severity: "warning",
  describe: "全年执行数超过全年预算数",
  check(project: Project) {
    const { budget, executed } = project.funds.total;
    if (!known(budget, executed) || executed.value! <= budget.value! + FLOAT_NOISE) return [];
    return [finding(this, project, executed,
      `全年执行数 ${fmt2(executed.value!)} 超过全年预算数 ${fmt2(budget.value!)}`,
      { expected: budget.value!, actual: executed.value, related: [budget.cell] })];
  },
};
