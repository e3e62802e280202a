// EXEC_SCORE: 预算执行率得分 = min(执行率, 100%) × 分数 (财预〔2020〕10号); seeds both round and truncate.
import { Project } from "../model";
import { fmt2, roundDecimal, within } from "../numbers";
import { exactExecRate, exactExecScore } from "../scoring";
import { ProjectRule, known, report, stated } from "./rule";

export const ExecScoreRule: ProjectRule = {
  id: "EXEC_SCORE",
  meta: {
    severity: "error",
    corrects: true,
    fixable: true,
    docs: {
      name: { zh: "执行率得分", en: "Execution score" },
      description: { zh: "预算执行得分与执行率 × 分数 不符", en: "The budget execution score is not rate × weight" },
      rationale: {
        zh: "预算执行得分按执行率折算，超过 100% 的执行率按 100% 计；表中执行率或精确执行率算出的值（四舍五入或截断）都接受。",
        en: "The score is the rate (at most 100 %) times the weight; computed from the stated or the exact rate, rounded or truncated, it passes.",
      },
      source: { zh: "财预〔2020〕10号：预算执行率得分 = 执行率 × 分值", en: "财预〔2020〕10号: execution score = rate × weight" },
      examples: {
        invalid: { zh: "执行率 95.21、分数 10，得分填 9.00", en: "Rate 95.21, weight 10, score 9.00" },
        valid: { zh: "得分填 9.52", en: "Score 9.52" },
      },
    },
    messages: {
      wrongScore: {
        zh: "预算执行得分应为 {expected}（min({rate}, 100) / 100 × {weight}），表中为 {stated}",
        en: "The budget execution score should be {expected} (min({rate}, 100) / 100 × {weight}), the sheet has {stated}",
      },
    },
  },
  check(project: Project) {
    const { budget, executed, weight, rate, score } = project.funds.total;
    // An empty or unreadable 得分 where rate and weight give one is a wrong 得分 too.
    if (score.absent || score.uncalculated || !known(weight, rate)) return [];
    const fromStated = exactExecScore(rate.value!, weight.value!);
    const exactRate = budget.value !== null && executed.value !== null ? exactExecRate(budget.value, executed.value) : null;
    const fromExact = exactRate === null ? fromStated : exactExecScore(exactRate, weight.value!);
    if (score.value !== null && (within(score.value, fromStated) || within(score.value, fromExact))) return [];
    const expected = roundDecimal(fromStated, 2);
    return [report(project, score, "wrongScore",
      { expected: fmt2(expected), rate: fmt2(rate.value!), weight: fmt2(weight.value!), stated: stated(score) },
      { expected, actual: score.value, related: [rate.cell, weight.cell], reads: [score.cell, rate.cell, weight.cell, budget.cell, executed.cell],
        fix: { cell: score.cell, value: expected } })];
  },
};
