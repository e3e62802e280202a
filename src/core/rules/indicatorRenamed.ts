// INDICATOR_RENAMED (info): a reason that renames the indicator (指标修改为…, seed 信息化运维项目) means the row no longer says what was assessed.
import { Project } from "../model";
import { compact } from "../numbers";
import { ProjectRule, finding } from "./rule";

export const IndicatorRenamedRule: ProjectRule = {
  id: "INDICATOR_RENAMED",
  severity: "info",
  describe: "偏差原因栏中修改了指标",
  check(project: Project) {
    return project.indicators.flatMap((ind) => {
      const reason = ind.reason.value;
      if (reason === null || !/指标(修改|调整|变更)为/.test(compact(reason))) return [];
      return [finding(this, project, ind.reason, `“${ind.name.value ?? ""}”在偏差原因中被修改：${reason}`,
        { related: [ind.name.cell] })];
    });
  },
};
