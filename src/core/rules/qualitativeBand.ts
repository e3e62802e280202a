// QUALITATIVE_BAND: 定性指标 达成/部分达成/未达成 score within 100–80 %, 80–60 %, 60–0 % of 分值 (财预〔2020〕10号).
import { Project } from "../model";
import { fmt2, roundDecimal } from "../numbers";
import { QUALITATIVE_BAND } from "../scoring";
import { ProjectRule, eachIndicator, finding, known, targetAndActual } from "./rule";

const BAND_TOLERANCE = 0.005;

export const QualitativeBandRule: ProjectRule = {
  id: "QUALITATIVE_BAND",
  severity: "warning",
  describe: "定性指标得分不在完成情况对应的分档内",
  check(project: Project) {
    return eachIndicator(project, (ind) => {
      const { actual } = targetAndActual(ind);
      if (actual?.kind !== "level" || !known(ind.weight, ind.score) || ind.weight.value! <= 0) return;
      const [low, high] = QUALITATIVE_BAND[actual.level];
      const share = ind.score.value! / ind.weight.value!;
      if (share >= low - BAND_TOLERANCE && share <= high + BAND_TOLERANCE) return;
      const from = roundDecimal(low * ind.weight.value!, 2);
      const to = roundDecimal(high * ind.weight.value!, 2);
      return finding(this, project, ind.score,
        `“${ind.name.value ?? ""}”完成情况为“${actual.level}”，得分应在 ${fmt2(from)} 到 ${fmt2(to)} 之间（分值的 ${low * 100}%–${high * 100}%），表中为 ${fmt2(ind.score.value!)}`,
        { expected: share < low ? from : to, actual: ind.score.value, related: [ind.actual.cell] });
    });
  },
};
