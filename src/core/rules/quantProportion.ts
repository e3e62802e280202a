// QUANT_PROPORTION: 未完成指标值的，按照完成值与指标值的比例记分 (财预〔2020〕10号 自评表说明).
import { Project } from "../model";
import { FLOAT_NOISE, TOLERANCE, describeTarget, fmt2, roundDecimal } from "../numbers";
import { isUpward, proportionalScore, targetMet } from "../scoring";
import { ProjectRule, eachIndicator, known, nameOf, quantitative, report } from "./rule";

export const QuantProportionRule: ProjectRule = {
  id: "QUANT_PROPORTION",
  meta: {
    severity: "warning",
    docs: {
      name: { zh: "按比例记分", en: "Proportional score" },
      description: { zh: "未完成的定量指标得分高于按完成比例应得的分数", en: "A missed quantitative target scores more than its proportion" },
      rationale: {
        zh: "正向指标（≥ > =，=0 除外）未完成时，得分不超过 分值 × 完成值 / 指标值。",
        en: "A missed upward target (≥ > =, not =0) scores at most weight × actual / target.",
      },
      source: { zh: "财预〔2020〕10号 自评表说明：未完成指标值的，按照完成值与指标值的比例记分", en: "财预〔2020〕10号: missed targets score by actual / target" },
      examples: {
        invalid: { zh: "≥3000(人)，完成 800(人)，15 分得 8 分（按比例至多 4 分）", en: "≥3000, actual 800, 8 of 15 points (at most 4)" },
        valid: { zh: "得 4 分或更少，并写明原因", en: "4 points or fewer, with a reason" },
      },
    },
    messages: {
      aboveProportion: {
        zh: "“{name}”未完成指标值，按比例最多得 {expected}（{weight} × {actual} / {targetValue}，指标值 {target}），表中为 {score}",
        en: "\"{name}\" missed its target and may score at most {expected} ({weight} × {actual} / {targetValue}, target {target}), the sheet has {score}",
      },
    },
  },
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
      return report(project, ind.score, "aboveProportion",
        { name: nameOf(ind), expected: fmt2(expected), weight: fmt2(weight), actual: q.actual, targetValue: q.target.value, target: describeTarget(q.target), score: fmt2(score) },
        { expected, actual: score, related: [ind.target.cell, ind.actual.cell], reads: [ind.score.cell, ind.weight.cell, ind.target.cell, ind.actual.cell] });
    });
  },
};
