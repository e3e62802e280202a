// SCORE_RANGE: an indicator's 得分 lies between 0 and its 分值 (rules.md).
import { Project } from "../model";
import { FLOAT_NOISE, fmt2 } from "../numbers";
import { ProjectRule, eachIndicator, known, nameOf, report } from "./rule";

export const ScoreRangeRule: ProjectRule = {
  id: "SCORE_RANGE",
  meta: {
    severity: "error",
    // The bound is the nearest 得分 that can be right: 总分 and the scoring rules are re-checked with it.
    corrects: true,
    docs: {
      name: { zh: "得分范围", en: "Score range" },
      description: { zh: "指标得分小于 0 或大于分值", en: "An indicator scores below 0 or above its weight" },
      rationale: {
        zh: "一个指标最多得其分值、最少得 0 分；超出的得分会把总分和等级一起抬高。",
        en: "An indicator scores at most its weight and at least 0; a score outside lifts the total and the grade with it.",
      },
      source: { zh: "财预〔2020〕10号 自评表 分值与得分", en: "财预〔2020〕10号, weight and score columns" },
      examples: {
        invalid: { zh: "分值 20，得分 22", en: "Weight 20, score 22" },
        valid: { zh: "分值 20，得分 18", en: "Weight 20, score 18" },
      },
    },
    messages: {
      outOfRange: {
        zh: "“{name}”的得分 {score} 超出 0 到分值 {weight} 的范围",
        en: "\"{name}\" scores {score}, outside 0 to its weight {weight}",
      },
    },
  },
  check(project: Project) {
    return eachIndicator(project, (ind) => {
      if (!known(ind.weight, ind.score)) return;
      const score = ind.score.value!;
      const weight = ind.weight.value!;
      if (score >= -FLOAT_NOISE && score <= weight + FLOAT_NOISE) return;
      return report(project, ind.score, "outOfRange", { name: nameOf(ind), score: fmt2(score), weight: fmt2(weight) },
        { expected: score < 0 ? 0 : weight, actual: score, related: [ind.weight.cell] });
    });
  },
};
