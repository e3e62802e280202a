// BUDGET_WEIGHT: the 自评表 gives 预算执行率 10 points; another weight is usually a slip (rules.md).
import { Project } from "../model";
import { within } from "../numbers";
import { DEFAULT_BUDGET_WEIGHT } from "../scoring";
import { ProjectRule, finding, stated } from "./rule";

export const BudgetWeightRule: ProjectRule = {
  id: "BUDGET_WEIGHT",
  severity: "warning",
  describe: "预算执行率的分数不是 10",
  check(project: Project) {
    const { weight } = project.funds.total;
    if (weight.absent || (weight.value !== null && within(weight.value, DEFAULT_BUDGET_WEIGHT, 0))) return [];
    return [finding(this, project, weight, `预算执行率的分数通常为 10，表中为 ${stated(weight)}`,
      { expected: DEFAULT_BUDGET_WEIGHT, actual: weight.value })];
  },
};
