// QUALITATIVE_BAND: 定性指标 达成/部分达成/未达成 score within 100–80 %, 80–60 %, 60–0 % of 分值 (财预〔2020〕10号).
import { Project } from "../model";
import { fmt2, roundDecimal } from "../numbers";
import { QUALITATIVE_BAND } from "../scoring";
import { ProjectRule, eachIndicator, known, nameOf, report, targetAndActual } from "./rule";

const BAND_TOLERANCE = 0.005;

export const QualitativeBandRule: ProjectRule = {
  id: "QUALITATIVE_BAND",
  meta: {
    severity: "warning",
    docs: {
      name: { zh: "定性分档", en: "Qualitative band" },
      description: { zh: "定性指标得分不在完成情况对应的分档内", en: "A qualitative indicator scores outside the band of its level" },
      rationale: {
        zh: "定性指标按完成情况分档记分：达成指标 80%–100%，部分达成指标并具有一定效果 60%–80%，未达成指标且效果较差 0–60%（也认“达成年度指标”“达成预期指标”等写法）。",
        en: "Qualitative indicators score by level: achieved 80–100 %, partly achieved 60–80 %, not achieved 0–60 % of the weight (达成年度指标 and 达成预期指标 read alike).",
      },
      source: { zh: "财预〔2020〕10号 附件：定性指标分档记分", en: "财预〔2020〕10号, annex: qualitative bands" },
      examples: {
        invalid: { zh: "实际完成值“部分达成指标并具有一定效果”，10 分得 9 分", en: "Partly achieved, 9 of 10 points" },
        valid: { zh: "得 6 到 8 分", en: "6 to 8 points" },
      },
    },
    messages: {
      outsideBand: {
        zh: "“{name}”完成情况为“{level}”，得分应在 {from} 到 {to} 之间（分值的 {low}%–{high}%），表中为 {score}",
        en: "\"{name}\" is \"{level}\" and should score {from} to {to} ({low}–{high} % of its weight), the sheet has {score}",
      },
    },
  },
  check(project: Project) {
    return eachIndicator(project, (ind) => {
      const { actual } = targetAndActual(ind);
      if (actual?.kind !== "level" || !known(ind.weight, ind.score) || ind.weight.value! <= 0) return;
      const [low, high] = QUALITATIVE_BAND[actual.level];
      const share = ind.score.value! / ind.weight.value!;
      if (share >= low - BAND_TOLERANCE && share <= high + BAND_TOLERANCE) return;
      const from = roundDecimal(low * ind.weight.value!, 2);
      const to = roundDecimal(high * ind.weight.value!, 2);
      return report(project, ind.score, "outsideBand",
        { name: nameOf(ind), level: actual.level, from: fmt2(from), to: fmt2(to), low: low * 100, high: high * 100, score: fmt2(ind.score.value!) },
        { expected: share < low ? from : to, actual: ind.score.value, related: [ind.actual.cell], reads: [ind.score.cell, ind.weight.cell, ind.actual.cell] });
    });
  },
};
