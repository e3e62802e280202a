// ACTUAL_NOT_MEASURED: a quantitative target's 实际完成值 must be a number to be compared (完成, 是: rules.md, reviewers' first question).
import { Project } from "../model";
import { templateText } from "./placeholderText";
import { ProjectRule, eachIndicator, nameOf, report, targetAndActual } from "./rule";

export const ActualNotMeasuredRule: ProjectRule = {
  id: "ACTUAL_NOT_MEASURED",
  meta: {
    severity: "warning",
    docs: {
      name: { zh: "完成值非数值", en: "Actual not measured" },
      description: { zh: "定量指标的实际完成值不是数值", en: "A quantitative target's actual value is not a number" },
      rationale: {
        zh: "定量指标要用同一单位的数值与指标值比较；“完成”“已完成”“达成指标”“是”说明不了完成了多少，也无法按比例记分。",
        en: "A quantitative target is compared with a number in its unit; 完成, 已完成, 达成指标 or 是 says nothing about how much, and cannot be scored in proportion.",
      },
      source: { zh: "财预〔2020〕10号 附件：定量指标按实际完成值与指标值比较", en: "财预〔2020〕10号, annex: quantitative targets compare actual with target" },
      examples: {
        invalid: { zh: "年度指标值 ≥12(次)，实际完成值“已完成”", en: "Target ≥12 (次), actual 已完成" },
        valid: { zh: "实际完成值 12(次)", en: "Actual 12 (次)" },
      },
    },
    messages: {
      notANumber: {
        zh: "“{name}”的年度指标值为 {target}，实际完成值却是“{actual}”，无法与指标值比较",
        en: "\"{name}\" has the target {target} but the actual \"{actual}\", which cannot be compared with it",
      },
    },
  },
  check(project: Project) {
    return eachIndicator(project, (ind) => {
      const { target, actual } = targetAndActual(ind);
      if (target?.kind !== "quantitative" || !actual || actual.kind === "quantity") return;
      // An actual never filled in (`*`, 待填写) is one mistake, PLACEHOLDER_TEXT's: not also an actual that is no number.
      if (ind.actual.value !== null && templateText(ind.actual.value)) return;
      return report(project, ind.actual, "notANumber", { name: nameOf(ind), target: ind.target.value ?? "", actual: ind.actual.value ?? "" },
        { related: [ind.target.cell] });
    });
  },
};
