// INDICATOR_RENAMED (info): a reason that renames the indicator (指标修改为…, seed 信息化运维项目) means the row no longer says what was assessed.
import { Project } from "../model";
import { compact } from "../numbers";
import { ProjectRule, eachIndicator, nameOf, report } from "./rule";

/**
 * 指标修改为…, 指标名称修改为…, 指标改为…, or a sentence starting 修改为… (seeds 001-10, 001-17);
 * not 年度指标改为… / 年度指标值修改为…, which change only the target.
 */
const RENAMED = /(?<!年度)指标(名称)?(修改|调整|变更|更改|改)为|(^|[，,。；;])(修改|调整)为/;

export const IndicatorRenamedRule: ProjectRule = {
  id: "INDICATOR_RENAMED",
  meta: {
    severity: "info",
    docs: {
      name: { zh: "指标修改", en: "Indicator renamed" },
      description: { zh: "偏差原因栏中修改了指标", en: "The reason column renames the indicator" },
      rationale: {
        zh: "在偏差原因里改指标，表上的三级指标就不再是实际考核的内容；复核时要对照批复的绩效目标。",
        en: "Renaming an indicator in the reason column means the row no longer says what was assessed; a review compares it with the approved targets.",
      },
      source: { zh: "种子表：信息化运维项目等在偏差原因中写“指标修改为…”", en: "Seed forms writing 指标修改为… in the reason" },
      examples: {
        invalid: { zh: "偏差原因：“指标修改为系统运维完成率”", en: "Reason: 指标修改为…" },
        valid: { zh: "偏差原因说明未完成的原因", en: "A reason that explains the gap" },
      },
    },
    messages: {
      renamed: { zh: "“{name}”在偏差原因中被修改：{reason}", en: "\"{name}\" is changed in the reason column: {reason}" },
    },
  },
  check(project: Project) {
    return eachIndicator(project, (ind) => {
      const reason = ind.reason.value;
      if (ind.reason.absent || reason === null || !RENAMED.test(compact(reason))) return;
      return report(project, ind.reason, "renamed", { name: nameOf(ind), reason }, { related: [ind.name.cell] });
    });
  },
};
