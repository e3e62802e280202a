// UNIT_MISMATCH: 年度指标值 and 实际完成值 in different units cannot be compared (rules.md).
import { Project } from "../model";
import { normalUnit } from "../numbers";
import { ProjectRule, eachIndicator, finding, quantitative } from "./rule";

export const UnitMismatchRule: ProjectRule = {
  id: "UNIT_MISMATCH",
  severity: "warning",
  describe: "实际完成值与年度指标值的单位不同",
  check(project: Project) {
    return eachIndicator(project, (ind) => {
      const q = quantitative(ind);
      if (!q) return;
      const targetUnit = normalUnit(q.target.unit);
      const actualUnit = normalUnit(q.actualUnit);
      if (targetUnit === null || actualUnit === null || targetUnit === actualUnit) return;
      return finding(this, project, ind.actual,
        `“${ind.name.value ?? ""}”的实际完成值单位“${q.actualUnit}”与年度指标值单位“${q.target.unit}”不同`,
        { expected: targetUnit, actual: actualUnit, related: [ind.target.cell] });
    });
  },
};
