// QUANT_PROPORTION: 未完成指标值的，按照完成值与指标值的比例记分 (财预〔2020〕10号 自评表说明).
import { Project } from "../model";
import { FLOAT_NOISE, TOLERANCE, describeTarget, fmt2, roundDecimal } from "../numbers";
import { isUpward, proportionalScore, targetMet } from "../scoring";
import { ProjectRule, eachIndicator, finding, known, quantitative } from "./rule";

export const QuantProportionRule: ProjectRule = {
  id: "QUANT_PROPORTION",
  severity: "warning",
  describe: "未完成的定量指标得分高于按完成比例应得的分数",
  check(project: Project) {
    return eachIndicator(project, (ind) => {
      const q = quantitative(ind);
      if (!q || q.target.value <= 0 || !isUpward(q.target) || !known(ind.weight, ind.score)) return;
      const weight = ind.weight.value!;
      const score = ind.score.value!;
      if (targetMet(q.target, q.actual) || score >= weight - FLOAT_NOISE) return;
      const cap = proportionalScore(q.target, q.actual, weight);
      if (score <= cap + TOLERANCE + FLOAT_NOISE) return;
      const expected = roundDecimal(cap, 2);
      return finding(this, project, ind.score,
        `“${ind.name.value ?? ""}”未完成指标值，按比例最多得 ${fmt2(expected)}（${fmt2(weight)} × ${q.actual} / ${q.target.value}，指标值 ${describeTarget(q.target)}），表中为 ${fmt2(score)}`,
        { expected, actual: score, related: [ind.target.cell, ind.actual.cell] });
    });
  },
};
