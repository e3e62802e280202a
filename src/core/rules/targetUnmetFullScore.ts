// TARGET_UNMET_FULL_SCORE: a missed quantitative target cannot keep full marks (财预〔2020〕10号: 未完成的按比例记分).
import { Project } from "../model";
import { describeTarget, fmt2, within } from "../numbers";
import { targetMet } from "../scoring";
import { ProjectRule, eachIndicator, known, nameOf, quantitative, report } from "./rule";

export const TargetUnmetFullScoreRule: ProjectRule = {
  id: "TARGET_UNMET_FULL_SCORE",
  meta: {
    severity: "warning",
    docs: {
      name: { zh: "未达标满分", en: "Full score, target missed" },
      description: { zh: "定量指标未达到指标值却得满分", en: "A quantitative target was missed but scored full marks" },
      rationale: {
        zh: "未完成指标值的应按比例扣分。未完成指：≥ 完成值小于指标值；> 完成值不大于指标值；= 完成值小于指标值（=0 的指标完成值大于 0）；≤ 完成值大于指标值；< 完成值不小于指标值。",
        en: "A missed target loses points in proportion. Missed: ≥ actual below target; > actual not above; = actual below (=0: actual above 0); ≤ actual above; < actual not below.",
      },
      source: { zh: "财预〔2020〕10号 附件：未完成的按比例记分", en: "财预〔2020〕10号, annex: missed targets score in proportion" },
      examples: {
        invalid: { zh: "≥120(次)，完成 70(次)，5 分得 5 分", en: "≥120, actual 70, 5 of 5 points" },
        valid: { zh: "完成 120(次) 得 5 分，或完成 70(次) 得 2.92 分", en: "Actual 120 scoring 5, or 70 scoring 2.92" },
      },
    },
    messages: {
      fullScore: {
        zh: "“{name}”未达到指标值（{target}，实际 {actual}），却得满分 {score}",
        en: "\"{name}\" missed its target ({target}, actual {actual}) yet scores full marks {score}",
      },
    },
  },
  check(project: Project) {
    return eachIndicator(project, (ind) => {
      const q = quantitative(ind);
      if (!q || !known(ind.weight, ind.score) || targetMet(q.target, q.actual)) return;
      if (!within(ind.score.value!, ind.weight.value!, 0.005)) return;
      return report(project, ind.score, "fullScore",
        { name: nameOf(ind), target: describeTarget(q.target), actual: q.actual, score: fmt2(ind.score.value!) },
        { actual: ind.score.value, related: [ind.target.cell, ind.actual.cell], reads: [ind.score.cell, ind.weight.cell, ind.target.cell, ind.actual.cell] });
    });
  },
};
