// UNIT_MISMATCH: 年度指标值 and 实际完成值 in different units cannot be compared (rules.md).
import { Project } from "../model";
import { normalUnit } from "../numbers";
import { ProjectRule, eachIndicator, nameOf, quantitative, report } from "./rule";

export const UnitMismatchRule: ProjectRule = {
  id: "UNIT_MISMATCH",
  meta: {
    severity: "warning",
    docs: {
      name: { zh: "单位不一致", en: "Unit mismatch" },
      description: { zh: "实际完成值与年度指标值的单位不同", en: "The actual value and the target are in different units" },
      rationale: {
        zh: "单位不同就无法比较是否完成（%、％、百分比视为同一单位）。",
        en: "Values in different units cannot be compared (%, ％ and 百分比 count as one unit).",
      },
      source: { zh: "复核做法：指标值与完成值同一计量单位", en: "Review practice: target and actual in one unit" },
      examples: {
        invalid: { zh: "指标值 ≥3000(人)，完成值 12(场)", en: "Target ≥3000 (人), actual 12 (场)" },
        valid: { zh: "完成值 3200(人)", en: "Actual 3200 (人)" },
      },
    },
    messages: {
      differentUnits: {
        zh: "“{name}”的实际完成值单位“{actualUnit}”与年度指标值单位“{targetUnit}”不同",
        en: "\"{name}\": the actual is in \"{actualUnit}\", the target in \"{targetUnit}\"",
      },
    },
  },
  check(project: Project) {
    return eachIndicator(project, (ind) => {
      const q = quantitative(ind);
      if (!q) return;
      const targetUnit = normalUnit(q.target.unit);
      const actualUnit = normalUnit(q.actualUnit);
      if (targetUnit === null || actualUnit === null || targetUnit === actualUnit) return;
      return report(project, ind.actual, "differentUnits", { name: nameOf(ind), actualUnit: q.actualUnit!, targetUnit: q.target.unit! },
        { expected: targetUnit, actual: actualUnit, related: [ind.target.cell] });
    });
  },
};
