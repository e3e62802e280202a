// DEDUCTION_REASON: every deduction needs its 偏差原因分析及改进措施 (财预〔2020〕10号 自评表 填报说明).
import { PLACEHOLDER_REASONS } from "../labels";
import { Project } from "../model";
import { FLOAT_NOISE, compact, fmt2 } from "../numbers";
import { ProjectRule, eachIndicator, finding, known } from "./rule";

export function isPlaceholderReason(reason: string | null): boolean {
  return reason === null || compact(reason) === "" || PLACEHOLDER_REASONS.includes(compact(reason));
}

export const DeductionReasonRule: ProjectRule = {
  id: "DEDUCTION_REASON",
  severity: "warning",
  describe: "扣分但未填写偏差原因分析及改进措施",
  check(project: Project) {
    return eachIndicator(project, (ind) => {
      // A form without a reason column (湖北 writes reasons below the table) has none to ask for.
      if (ind.reason.absent || !known(ind.weight, ind.score) || ind.score.value! >= ind.weight.value! - FLOAT_NOISE) return;
      if (!isPlaceholderReason(ind.reason.value)) return;
      const given = ind.reason.value === null ? "未填写原因" : `原因仅为“${ind.reason.value}”`;
      return finding(this, project, ind.reason,
        `“${ind.name.value ?? ""}”扣分 ${fmt2(ind.weight.value! - ind.score.value!)}（${fmt2(ind.score.value!)} / ${fmt2(ind.weight.value!)}），${given}`,
        { related: [ind.score.cell] });
    });
  },
};
