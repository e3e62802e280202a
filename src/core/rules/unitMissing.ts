// UNIT_MISSING: a quantitative 年度指标值 needs its unit, `(null)` is a form-system artefact (rules.md).
import { Project } from "../model";
import { normalUnit } from "../numbers";
import { ProjectRule, eachIndicator, finding, targetAndActual } from "./rule";

export const UnitMissingRule: ProjectRule = {
  id: "UNIT_MISSING",
  severity: "warning",
  describe: "定量指标的年度指标值没有计量单位",
  check(project: Project) {
    return eachIndicator(project, (ind) => {
      const { target } = targetAndActual(ind);
      if (target?.kind !== "quantitative" || normalUnit(target.unit) !== null) return;
      const how = target.unit === null ? "没有计量单位" : `计量单位为“${target.unit}”`;
      return finding(this, project, ind.target, `“${ind.name.value ?? ""}”的年度指标值“${ind.target.value}”${how}`);
    });
  },
};
