// WEIGHT_SUM: 预算执行 分数 + Σ 指标分值 = 总分 分值, normally 100 (财预〔2020〕10号; seed 未来公园展厅运营项目 sums to 96).
import { Project } from "../model";
import { SUM_TOLERANCE, fmt2, roundDecimal, within } from "../numbers";
import { formTotal } from "../scoring";
import { ProjectRule, finding } from "./rule";

export const WeightSumRule: ProjectRule = {
  id: "WEIGHT_SUM",
  severity: "error",
  describe: "分数与各指标分值之和不等于总分行的分值",
  check(project: Project) {
    const stated = project.totalWeight.value;
    const { weight } = project.funds.total;
    const budgetWeight = weight.absent ? 0 : weight.value;
    if (stated === null || budgetWeight === null || project.indicators.some((i) => i.weight.value === null)) return [];
    const { indicators: indicatorSum, total: sum } = formTotal(budgetWeight, project.indicators.map((i) => i.weight.value));
    if (within(stated, sum, SUM_TOLERANCE)) return [];
    return [finding(this, project, project.totalWeight,
      `分值合计应为 ${fmt2(sum)}（预算执行 ${fmt2(budgetWeight)} + 指标 ${fmt2(indicatorSum)}），总分行为 ${fmt2(stated)}`,
      { expected: roundDecimal(sum, 2), actual: stated })];
  },
};
