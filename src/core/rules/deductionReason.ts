// DEDUCTION_REASON: every deduction needs its 偏差原因分析及改进措施 (财预〔2020〕10号 自评表 填报说明).
import { PLACEHOLDER_REASONS } from "../labels";
import { Project } from "../model";
import { FLOAT_NOISE, compact, fmt2 } from "../numbers";
import { ProjectRule, eachIndicator, known, nameOf, report } from "./rule";

export function isPlaceholderReason(reason: string | null): boolean {
  return reason === null || compact(reason) === "" || PLACEHOLDER_REASONS.includes(compact(reason));
}

export const DeductionReasonRule: ProjectRule = {
  id: "DEDUCTION_REASON",
  meta: {
    severity: "warning",
    docs: {
      name: { zh: "扣分原因", en: "Deduction reason" },
      description: { zh: "扣分但未填写偏差原因分析及改进措施", en: "Points were deducted without a reason and remedy" },
      rationale: {
        zh: "未得满分的指标要写明偏差原因和改进措施；只写“无”“/”等于没写。",
        en: "An indicator that loses points needs the reason for the gap and what will change; 无 or / says nothing.",
      },
      source: { zh: "财预〔2020〕10号 自评表 填报说明：偏差原因分析及改进措施", en: "财预〔2020〕10号, notes on the form: reasons for deviations and remedies" },
      examples: {
        invalid: { zh: "分值 10、得分 8，偏差原因填“无”", en: "Weight 10, score 8, reason 无" },
        valid: { zh: "偏差原因写明“受机构改革影响，培训期数调整”", en: "A reason that says what happened" },
      },
    },
    messages: {
      noReason: {
        zh: "“{name}”扣分 {deducted}（{score} / {weight}），未填写原因",
        en: "\"{name}\" lost {deducted} points ({score} / {weight}) and gives no reason",
      },
      placeholderReason: {
        zh: "“{name}”扣分 {deducted}（{score} / {weight}），原因仅为“{reason}”",
        en: "\"{name}\" lost {deducted} points ({score} / {weight}) and the reason is only \"{reason}\"",
      },
    },
  },
  check(project: Project) {
    return eachIndicator(project, (ind) => {
      if (ind.reason.absent || !known(ind.weight, ind.score) || ind.score.value! >= ind.weight.value! - FLOAT_NOISE) return;
      if (ind.reason.uncalculated || !isPlaceholderReason(ind.reason.value)) return;
      const weight = ind.weight.value!;
      const score = ind.score.value!;
      const data = { name: nameOf(ind), deducted: fmt2(weight - score), score: fmt2(score), weight: fmt2(weight) };
      const extra = { related: [ind.score.cell], reads: [ind.reason.cell, ind.score.cell, ind.weight.cell] };
      return ind.reason.value === null
        ? report(project, ind.reason, "noReason", data, extra)
        : report(project, ind.reason, "placeholderReason", { ...data, reason: ind.reason.value }, extra);
    });
  },
};
