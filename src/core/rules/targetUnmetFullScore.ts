// TARGET_UNMET_FULL_SCORE: a missed quantitative target cannot keep full marks (财预〔2020〕10号: 未完成的按比例记分).
import { Project } from "../model";
import { describeTarget, fmt2, within } from "../numbers";
import { targetMet } from "../scoring";
import { ProjectRule, eachIndicator, finding, known, quantitative } from "./rule";

export const TargetUnmetFullScoreRule: ProjectRule = {
  id: "TARGET_UNMET_FULL_SCORE",
  severity: "warning",
  describe: "定量指标未达到指标值却得满分",
  check(project: Project) {
    return eachIndicator(project, (ind) => {
      const q = quantitative(ind);
      if (!q || !known(ind.weight, ind.score) || targetMet(q.target, q.actual)) return;
      if (!within(ind.score.value!, ind.weight.value!, 0.005)) return;
      return finding(this, project, ind.score,
        `“${ind.name.value ?? ""}”未达到指标值（${describeTarget(q.target)}，实际 ${q.actual}），却得满分 ${fmt2(ind.score.value!)}`,
        { actual: ind.score.value, related: [ind.target.cell, ind.actual.cell] });
    });
  },
};
