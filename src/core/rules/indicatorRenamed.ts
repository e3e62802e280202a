// INDICATOR_RENAMED (info): a reason that renames the indicator (指标修改为…, seed 信息化运维项目) means the row no longer says what was assessed.
import { Project } from "../model";
import { compact } from "../numbers";
import { ProjectRule, eachIndicator, finding } from "./rule";

/**
 * 指标修改为…, 指标名称修改为…, 指标改为…, or a sentence starting 修改为… (seeds 001-10, 001-17);
 * not 年度指标改为… / 年度指标值修改为…, which change only the target.
 */
const RENAMED = /(?<!年度)指标(名称)?(修改|调整|变更|更改|改)为|(^|[，,。；;])(修改|调整)为/;

export const IndicatorRenamedRule: ProjectRule = {
  id: "INDICATOR_RENAMED",
  severity: "info",
  describe: "偏差原因栏中修改了指标",
  check(project: Project) {
    return eachIndicator(project, (ind) => {
      const reason = ind.reason.value;
      if (reason === null || !RENAMED.test(compact(reason))) return;
      return finding(this, project, ind.reason, `“${ind.name.value ?? ""}”在偏差原因中被修改：${reason}`,
        { related: [ind.name.cell] });
    });
  },
};
