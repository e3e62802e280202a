// OVER_TARGET_FULL_SCORE (info): far above an upward target with full marks — the target may have been set too low (财预〔2020〕10号).
import { Project } from "../model";
import { describeTarget, fmt2, normalUnit, roundDecimal, within } from "../numbers";
import { isUpward } from "../scoring";
import { ProjectRule, RuleContext, eachIndicator, known, nameOf, quantitative, report } from "./rule";

export const OverTargetFullScoreRule: ProjectRule = {
  id: "OVER_TARGET_FULL_SCORE",
  meta: {
    severity: "info",
    docs: {
      name: { zh: "目标偏低", en: "Target set low" },
      description: {
        zh: "正向指标的完成值远超指标值（默认 1.2 倍以上）且得满分",
        en: "An upward target was far exceeded (1.2 times by default) with full marks",
      },
      rationale: {
        zh: "大幅超额完成往往说明年度指标值定得偏低；按10号文，目标设置不合理的可以扣分，复核时会追问。",
        en: "Far exceeding a target often means it was set too low; under 10号 an unreasonable target may lose points, and reviewers ask.",
      },
      source: { zh: "财预〔2020〕10号：绩效目标设置不合理的酌情扣分；种子表有 39 行如此", en: "财预〔2020〕10号: unreasonable targets may lose points; 39 seed rows do this" },
      examples: {
        invalid: { zh: "≥1(个)，完成 3(个)，得满分", en: "≥1, actual 3, full marks" },
        valid: { zh: "≥1850(人次)，完成 1900(人次)，得满分", en: "≥1850, actual 1900, full marks" },
      },
    },
    options: {
      ratio: {
        default: 1.2,
        description: { zh: "完成值达到指标值的多少倍算远超", en: "How many times the target counts as far above it" },
        schema: { type: "number", exclusiveMinimum: 1 },
      },
    },
    messages: {
      farAbove: {
        zh: "“{name}”完成值 {actual} 是指标值 {target} 的 {times} 倍，且得满分：指标值可能定得偏低",
        en: "\"{name}\" achieved {actual}, {times} times its target {target}, with full marks: the target may be set too low",
      },
    },
  },
  check(project: Project, ctx: RuleContext) {
    const ratio = ctx.options.ratio as number;
    return eachIndicator(project, (ind) => {
      const q = quantitative(ind);
      if (!q || !isUpward(q.target) || q.target.value <= 0 || !known(ind.weight, ind.score)) return;
      const targetUnit = normalUnit(q.target.unit);
      const actualUnit = normalUnit(q.actualUnit);
      if (targetUnit !== null && actualUnit !== null && targetUnit !== actualUnit) return; // UNIT_MISMATCH's
      if (q.actual < ratio * q.target.value || !within(ind.score.value!, ind.weight.value!, 0.005)) return;
      return report(project, ind.score, "farAbove",
        { name: nameOf(ind), actual: q.actual, target: describeTarget(q.target), times: fmt2(roundDecimal(q.actual / q.target.value, 2)) },
        { related: [ind.target.cell, ind.actual.cell], reads: [ind.score.cell, ind.weight.cell, ind.target.cell, ind.actual.cell] });
    });
  },
};
