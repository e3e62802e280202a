// SCORE_RANGE: an indicator's 得分 lies between 0 and its 分值 (rules.md).
import { Project } from "../model";
import { FLOAT_NOISE, fmt2 } from "../numbers";
import { ProjectRule, eachIndicator, finding, known } from "./rule";

export const ScoreRangeRule: ProjectRule = {
  id: "SCORE_RANGE",
  severity: "error",
  describe: "指标得分小于 0 或大于分值",
  check(project: Project) {
    return eachIndicator(project, (ind) => {
      if (!known(ind.weight, ind.score)) return;
      const score = ind.score.value!;
      const weight = ind.weight.value!;
      if (score >= -FLOAT_NOISE && score <= weight + FLOAT_NOISE) return;
      return finding(this, project, ind.score,
        `“${ind.name.value ?? ""}”的得分 ${fmt2(score)} 超出 0 到分值 ${fmt2(weight)} 的范围`,
        { expected: score < 0 ? 0 : weight, actual: score, related: [ind.weight.cell] });
    });
  },
};
