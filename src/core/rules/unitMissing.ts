// UNIT_MISSING: a quantitative 年度指标值 needs its unit, `(null)` is a form-system artefact (rules.md).
import { Project } from "../model";
import { normalUnit } from "../numbers";
import { ProjectRule, eachIndicator, nameOf, report, targetAndActual } from "./rule";

export const UnitMissingRule: ProjectRule = {
  id: "UNIT_MISSING",
  meta: {
    severity: "warning",
    docs: {
      name: { zh: "缺少单位", en: "Unit missing" },
      description: { zh: "定量指标的年度指标值没有计量单位", en: "A quantitative target has no unit" },
      rationale: {
        zh: "没有计量单位的指标值无法考核；“(null)”是填报系统丢了单位。",
        en: "A target without a unit cannot be assessed; \"(null)\" is a unit the filing system lost.",
      },
      source: { zh: "财预〔2020〕10号 附件：指标值应明确计量单位；种子表 ≥90(null)", en: "财预〔2020〕10号: targets carry their unit; seeds print ≥90(null)" },
      examples: {
        invalid: { zh: "年度指标值写作 ≥90(null)", en: "≥90(null)" },
        valid: { zh: "年度指标值写作 ≥90(%)", en: "≥90(%)" },
      },
    },
    messages: {
      noUnit: { zh: "“{name}”的年度指标值“{target}”没有计量单位", en: "The target \"{target}\" of \"{name}\" has no unit" },
      badUnit: { zh: "“{name}”的年度指标值“{target}”计量单位为“{unit}”", en: "The target \"{target}\" of \"{name}\" has the unit \"{unit}\"" },
    },
  },
  check(project: Project) {
    return eachIndicator(project, (ind) => {
      const { target } = targetAndActual(ind);
      if (target?.kind !== "quantitative" || normalUnit(target.unit) !== null) return;
      const data = { name: nameOf(ind), target: ind.target.value ?? "" };
      return target.unit === null
        ? report(project, ind.target, "noUnit", data)
        : report(project, ind.target, "badUnit", { ...data, unit: target.unit });
    });
  },
};
