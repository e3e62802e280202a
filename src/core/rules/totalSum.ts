// TOTAL_SUM: 总分 = 预算执行得分 + Σ 指标得分 (财预〔2020〕10号 自评表).
import { Project } from "../model";
import { SUM_TOLERANCE, fmt2, roundDecimal, within } from "../numbers";
import { formTotal } from "../scoring";
import { ProjectRule, finding, stated } from "./rule";

export const TotalSumRule: ProjectRule = {
  id: "TOTAL_SUM",
  severity: "error",
  describe: "总分不等于预算执行得分与各指标得分之和",
  check(project: Project) {
    const total = project.totalScore.value;
    const { score } = project.funds.total;
    const budgetScore = score.absent ? 0 : score.value;
    // An empty 总分 where every part is there is a wrong 总分 too; a form without one has nothing to check.
    if (project.totalScore.absent || budgetScore === null || project.indicators.some((i) => i.score.value === null)) return [];
    const { indicators: indicatorSum, total: sum } = formTotal(budgetScore, project.indicators.map((i) => i.score.value));
    if (total !== null && within(total, sum, SUM_TOLERANCE)) return [];
    return [finding(this, project, project.totalScore,
      `总分应为 ${fmt2(sum)}（预算执行 ${fmt2(budgetScore)} + 指标 ${fmt2(indicatorSum)}），表中为 ${stated(project.totalScore)}`,
      { expected: roundDecimal(sum, 2), actual: total, related: score.absent ? [] : [score.cell] })];
  },
};
