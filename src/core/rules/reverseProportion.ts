// REVERSE_PROPORTION: a missed 反向指标 (≤, <, =0) scores by how far it overshot (the deployed scoring rule for 反向指标).
import { Project } from "../model";
import { FLOAT_NOISE, TOLERANCE, describeTarget, fmt2, roundDecimal } from "../numbers";
import { isDownward, reverseScore, targetMet } from "../scoring";
import { ProjectRule, eachIndicator, known, nameOf, quantitative, report } from "./rule";

export const ReverseProportionRule: ProjectRule = {
  id: "REVERSE_PROPORTION",
  meta: {
    severity: "warning",
    docs: {
      name: { zh: "反向指标记分", en: "Reverse proportion" },
      description: { zh: "未完成的反向指标（≤ < =0）得分高于按超出比例应得的分数", en: "A missed downward target (≤ < =0) scores more than its overshoot allows" },
      rationale: {
        zh: "反向指标（故障率、投诉数、响应时长、=0 的事故）越小越好：不超过指标值得满分，超出时按 分值 × (1 − 超出部分 / 指标值) 记分，超出一倍得 0；指标值为 0 的，一旦大于 0 即得 0。",
        en: "Downward targets (failure rates, complaints, response times, =0 accidents): full marks at or under the target, weight × (1 − overshoot / target) above it, 0 at twice the target; a target of 0 scores 0 once exceeded.",
      },
      source: {
        zh: "省级预算管理一体化系统对反向指标的评分规则；财预〔2020〕10号 未完成按比例记分",
        en: "The scoring rule for downward targets in provincial 一体化 systems; 财预〔2020〕10号 proportional scoring",
      },
      examples: {
        invalid: { zh: "≤24(小时)，实际 36(小时)，10 分得 8 分（至多 5 分）", en: "≤24 h, actual 36 h, 8 of 10 points (at most 5)" },
        valid: { zh: "得 5 分或更少，并写明原因", en: "5 points or fewer, with a reason" },
      },
    },
    messages: {
      aboveReverse: {
        zh: "“{name}”超过反向指标的指标值，最多得 {expected}（{weight} × (1 − ({actual} − {targetValue}) / {targetValue})，指标值 {target}），表中为 {score}",
        en: "\"{name}\" overshot its downward target and may score at most {expected} ({weight} × (1 − ({actual} − {targetValue}) / {targetValue}), target {target}), the sheet has {score}",
      },
      aboveZero: {
        zh: "“{name}”的指标值为 {target}，实际 {actual}，应得 0 分，表中为 {score}",
        en: "\"{name}\" has the target {target} and the actual {actual}, so it scores 0; the sheet has {score}",
      },
    },
  },
  check(project: Project) {
    return eachIndicator(project, (ind) => {
      const q = quantitative(ind);
      if (!q || !isDownward(q.target) || q.target.value < 0 || !known(ind.weight, ind.score)) return;
      const weight = ind.weight.value!;
      const score = ind.score.value!;
      // Met, or full marks all the same (TARGET_UNMET_FULL_SCORE's finding).
      if (targetMet(q.target, q.actual) || score >= weight - FLOAT_NOISE) return;
      const cap = Math.min(reverseScore(q.target, q.actual, weight), weight);
      if (score <= cap + TOLERANCE + FLOAT_NOISE) return;
      const expected = roundDecimal(cap, 2);
      const data = { name: nameOf(ind), expected: fmt2(expected), weight: fmt2(weight), actual: q.actual, targetValue: q.target.value, target: describeTarget(q.target), score: fmt2(score) };
      const extra = { expected, actual: score, related: [ind.target.cell, ind.actual.cell], reads: [ind.score.cell, ind.weight.cell, ind.target.cell, ind.actual.cell] };
      return report(project, ind.score, q.target.value === 0 ? "aboveZero" : "aboveReverse", data, extra);
    });
  },
};
