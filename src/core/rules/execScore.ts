// EXEC_SCORE: 预算执行率得分 = min(执行率, 100%) × 分数 (财预〔2020〕10号); seeds both round and truncate.
import { Project } from "../model";
import { fmt2, roundDecimal, within } from "../numbers";
import { exactExecRate, exactExecScore } from "../scoring";
import { ProjectRule, finding, known, stated } from "./rule";

export const ExecScoreRule: ProjectRule = {
  id: "EXEC_SCORE",
  severity: "error",
  describe: "预算执行得分与执行率 × 分数 不符",
  check(project: Project) {
    const { budget, executed, weight, rate, score } = project.funds.total;
    // An empty or unreadable 得分 where rate and weight give one is a wrong 得分 too.
    if (!known(weight, rate) || score.uncalculated) return [];
    const fromStated = exactExecScore(rate.value!, weight.value!);
    const exactRate = budget.value !== null && executed.value !== null ? exactExecRate(budget.value, executed.value) : null;
    const fromExact = exactRate === null ? fromStated : exactExecScore(exactRate, weight.value!);
    if (score.value !== null && (within(score.value, fromStated) || within(score.value, fromExact))) return [];
    const expected = roundDecimal(fromStated, 2);
    return [finding(this, project, score,
      `预算执行得分应为 ${fmt2(expected)}（min(${fmt2(rate.value!)}, 100) / 100 × ${fmt2(weight.value!)}），表中为 ${stated(score)}`,
      { expected, actual: score.value, related: [rate.cell, weight.cell] })];
  },
};
